import Foundation
import Testing

@testable import ActionPlanKit

/// The hand-checked repeat pairs in `Fixtures/repeats`: pairs of reports on the same council, every
/// recommendation of each, and which later recommendations repeat which earlier ones.
struct RepeatReportPair: Sendable {
    var part: String
    var earlier: [(number: Int, text: String)]
    var later: [(number: Int, text: String)]
    /// Later number → earlier numbers it repeats.
    var repeats: Set<[Int]>
}

enum RepeatPairs {
    static func fixture(_ name: String) throws -> String {
        let url = try #require(
            Bundle.module.url(forResource: name, withExtension: "tsv", subdirectory: "Fixtures/repeats"))
        return try String(contentsOf: url, encoding: .utf8)
    }

    static func load() throws -> [RepeatReportPair] {
        var reports: [String: [(number: Int, text: String)]] = [:]
        for line in try fixture("recommendations").split(separator: "\n").dropFirst() {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            try #require(fields.count == 3, "bad line: \(line)")
            reports[fields[0], default: []].append((try #require(Int(fields[1])), fields[2]))
        }
        return try fixture("report-pairs").split(separator: "\n").dropFirst().map { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            try #require(fields.count == 4, "bad line: \(line)")
            let repeats = try fields[3].split(separator: " ").map { pair in
                let numbers = pair.split(separator: ":").compactMap { Int($0) }
                try #require(numbers.count == 2, "bad pair \(pair)")
                return numbers
            }
            return RepeatReportPair(
                part: fields[0], earlier: try #require(reports[fields[1]]),
                later: try #require(reports[fields[2]]),
                repeats: Set(repeats))
        }
    }

    /// Precision and recall of `finder` over `pairs`, with the counts behind them.
    static func measure(_ pairs: [RepeatReportPair], _ finder: RepeatFinder) -> (
        precision: Double, recall: Double, found: Int, right: Int, labelled: Int
    ) {
        var found = 0
        var right = 0
        var labelled = 0
        for pair in pairs {
            let profile = { (text: String) in
                finder.profile(text, themes: ThemeClassifier.standard.classify(text).themes)
            }
            let matches = finder.repeats(
                of: pair.later.map { profile($0.text) }, in: pair.earlier.map { profile($0.text) })
            labelled += pair.repeats.count
            for (index, earlier) in matches.enumerated() {
                for match in earlier {
                    found += 1
                    if pair.repeats.contains([pair.later[index].number, pair.earlier[match.earlier].number]) {
                        right += 1
                    }
                }
            }
        }
        return (
            Double(right) / Double(max(found, 1)), Double(right) / Double(max(labelled, 1)), found, right,
            labelled
        )
    }
}
