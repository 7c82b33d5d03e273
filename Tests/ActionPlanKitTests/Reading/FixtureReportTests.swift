import Foundation
import Testing

@testable import ActionPlanKit

/// The five sample reports read exactly as their hand-checked `*.expected.json` say.
@Suite("Sample reports")
struct FixtureReportTests {
    /// One expected recommendation, as the fixtures write it.
    struct Expected: Decodable {
        var timescale: String
        var section: String?
        var text: String
    }

    /// The fixture file's expectations.
    struct Expectations: Decodable {
        var recommendations: [Expected]
    }

    static let names = [
        "sutton-2013-protection", "south-gloucestershire-2017-sif", "cumbria-2013-protection",
        "nottinghamshire-2011-safeguarding", "dudley-2012-cabinet",
    ]

    static func fixture(_ name: String, _ ext: String) throws -> Data {
        let url = try #require(
            Bundle.module.url(forResource: name, withExtension: ext, subdirectory: "Fixtures"))
        return try Data(contentsOf: url)
    }

    /// The fixtures write "3 months" where the reader says "within 3 months".
    static func fixtureTimescale(_ timescale: Timescale) -> String {
        switch timescale {
        case .immediately: "immediately"
        case .withinMonths(let count): "\(count) months"
        case .withinWeeks(let count): "\(count) weeks"
        // No fixture has these; the reader's own form keeps a mismatch readable.
        case .withinWorkingDays, .by: timescale.description
        case .unspecified: "unspecified"
        }
    }

    @Test("every recommendation, in order, with its text, timescale and section", arguments: names)
    func readsAsExpected(name: String) throws {
        let expected = try JSONDecoder().decode(Expectations.self, from: Self.fixture(name, "expected.json"))
        let report = ReportReader.parse(TextDecoding.decode(try Self.fixture(name, "txt")))
        #expect(report.recommendations.count == expected.recommendations.count)
        for (actual, wanted) in zip(report.recommendations, expected.recommendations) {
            #expect(
                ItemAssembler.collapsingWhitespace(actual.text)
                    == ItemAssembler.collapsingWhitespace(wanted.text))
            #expect(Self.fixtureTimescale(actual.timescale) == wanted.timescale, "\(actual.text.prefix(60))")
            #expect(actual.section == wanted.section, "\(actual.text.prefix(60))")
        }
    }

    @Test("each item's line is where it starts in the original text", arguments: names)
    func linesPointAtTheItems(name: String) throws {
        let text = TextDecoding.decode(try Self.fixture(name, "txt"))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for recommendation in ReportReader.parse(text).recommendations {
            let line = ItemAssembler.collapsingWhitespace(String(lines[recommendation.line! - 1]))
            let opening = recommendation.text.split(separator: " ").prefix(3).joined(separator: " ")
            #expect(line.contains(opening), "line \(recommendation.line!): \(line.prefix(80))")
        }
    }

    @Test("SIF numbers are the report's own; bulleted items are numbered by position")
    func numbers() throws {
        let sif = ReportReader.parse(
            TextDecoding.decode(try Self.fixture("south-gloucestershire-2017-sif", "txt")))
        #expect(sif.recommendations.map(\.number) == Array(1...22) + Array(131...139))
        let dudley = ReportReader.parse(TextDecoding.decode(try Self.fixture("dudley-2012-cabinet", "txt")))
        #expect(dudley.recommendations.map(\.number) == Array(1...13))
    }

    @Test("the bodies the sample reports name as responsible")
    func leads() throws {
        func leads(_ name: String) throws -> [String] {
            ReportReader.parse(TextDecoding.decode(try Self.fixture(name, "txt"))).recommendations.compactMap(
                \.lead)
        }
        #expect(
            try leads("dudley-2012-cabinet") == ["NHS Dudley and NHS providers", "NHS Dudley", "NHS Dudley"])
        #expect(
            try leads("cumbria-2013-protection") == [
                "the Cumbria Safeguarding Children Board (CSCB)", "the CSCB",
            ])
        #expect(
            try leads("south-gloucestershire-2017-sif") == [
                "the South Gloucestershire Local Safeguarding Board (SGLSB)", "the SGLSB",
            ])
        #expect(try leads("sutton-2013-protection").isEmpty)
    }
}
