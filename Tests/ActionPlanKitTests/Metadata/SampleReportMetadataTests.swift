import Foundation
import Testing

@testable import ActionPlanKit

/// What the five hand-checked sample reports say about themselves.
struct SampleMetadata: CustomTestStringConvertible, Sendable {
    var report: String
    var leadInspector: String?
    var firstJudgement: String?
    var judgementCount: Int
    var testDescription: String { report }
}

@Suite("Metadata of the sample reports")
struct SampleReportMetadataTests {
    static let samples: [SampleMetadata] = [
        SampleMetadata(
            report: "sutton-2013-protection", leadInspector: "Wendy Ghaffar",
            firstJudgement: "Overall effectiveness=Adequate", judgementCount: 4),
        SampleMetadata(
            report: "cumbria-2013-protection", leadInspector: "Mary Candlin",
            firstJudgement: "Overall effectiveness=Inadequate", judgementCount: 4),
        SampleMetadata(
            report: "nottinghamshire-2011-safeguarding", leadInspector: "Pauline Turner",
            firstJudgement: "Overall effectiveness=Adequate", judgementCount: 9),
        SampleMetadata(
            report: "south-gloucestershire-2017-sif", leadInspector: "Stephanie Murray",
            firstJudgement: "Overall effectiveness=Inadequate", judgementCount: 6),
        SampleMetadata(
            report: "dudley-2012-cabinet", leadInspector: nil,
            firstJudgement: "Overall effectiveness=Adequate", judgementCount: 22),
    ]

    /// The fixture's text split into lines, and its expectations.
    static func load(_ report: String) throws -> (lines: [Substring], expected: [String: Any]) {
        let folder = try #require(Bundle.module.resourceURL).appendingPathComponent("Fixtures")
        let text = try String(contentsOf: folder.appendingPathComponent("\(report).txt"), encoding: .utf8)
        let json = try Data(contentsOf: folder.appendingPathComponent("\(report).expected.json"))
        let expected = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        return (text.split(separator: "\n", omittingEmptySubsequences: false), expected)
    }

    @Test("Authority and dates agree with the hand-checked expectations", arguments: samples)
    func agreesWithExpectations(_ sample: SampleMetadata) throws {
        let (lines, expected) = try Self.load(sample.report)
        let read = MetadataReader.read(lines)
        #expect(read.authority == expected["authority"] as? String)
        #expect(read.inspectionStart?.description == expected["inspectionStart"] as? String)
        #expect(read.inspectionEnd?.description == expected["inspectionEnd"] as? String)
        #expect(read.published?.description == expected["published"] as? String)
    }

    @Test("Lead inspector and judgements", arguments: samples)
    func readsInspectorAndJudgements(_ sample: SampleMetadata) throws {
        let read = MetadataReader.read(try Self.load(sample.report).lines)
        #expect(read.leadInspector == sample.leadInspector)
        #expect(read.judgements.first.map { "\($0.area)=\($0.grade)" } == sample.firstJudgement)
        #expect(read.judgements.count == sample.judgementCount)
    }
}
