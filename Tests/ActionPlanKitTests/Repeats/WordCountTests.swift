import Foundation
import Testing

@testable import ActionPlanKit

/// The committed word-count table is what the corpus's recommendations give; set
/// `ACTIONPLAN_RECORD_WORD_COUNTS=1` to rewrite it from `../shared/corpus`.
@Suite("Repeat word counts")
struct WordCountTests {
    static let tableFile = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/ActionPlanKit/Repeats/RepeatFinder+WordCounts.swift")

    /// Recommendations per unit over every distinct recommendation in the corpus's `text` form.
    static func countCorpus(_ corpus: URL) throws -> (documents: Int, counts: [String: Int]) {
        let folder = corpus.appendingPathComponent("text")
        var texts = Set<String>()
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path)
        where name.hasSuffix(".txt") {
            let text = TextDecoding.decode(try Data(contentsOf: folder.appendingPathComponent(name)))
            for recommendation in ReportReader.parse(text).recommendations {
                texts.insert(recommendation.text.split(whereSeparator: \.isWhitespace).joined(separator: " "))
            }
        }
        var counts: [String: Int] = [:]
        for text in texts {
            for unit in Set(RepeatFinder.standard.units(of: text).map(\.unit)) {
                counts[unit, default: 0] += 1
            }
        }
        return (texts.count, counts)
    }

    @Test(
        "the committed counts agree with the corpus within a few percent",
        .enabled(if: CorpusTests.corpus != nil, "the shared corpus (../shared/corpus) is not here"))
    func agreesWithCorpus() throws {
        let (documents, counts) = try Self.countCorpus(try #require(CorpusTests.corpus))
        if ProcessInfo.processInfo.environment["ACTIONPLAN_RECORD_WORD_COUNTS"] == "1" {
            let lines = ["\(documents)"] + counts.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }
            let source = """
                // Recorded by WordCountTests with ACTIONPLAN_RECORD_WORD_COUNTS=1 from ../shared/corpus/text.
                extension RepeatFinder {
                    /// Recommendations in the corpus per concept and word: how common each is, for weighting.
                    ///
                    /// First line: distinct recommendations counted; then `unit count`, one a line.
                    static let standardWordCounts = \"\"\"
                \(lines.map { "        " + $0 }.joined(separator: "\n"))
                        \"\"\"
                }

                """
            try source.write(to: Self.tableFile, atomically: true, encoding: .utf8)
            return
        }
        let committed = try RepeatFinder(
            concepts: RepeatFinder.standardConcepts, wordCounts: RepeatFinder.standardWordCounts)
        let fresh = try RepeatFinder(
            concepts: RepeatFinder.standardConcepts,
            wordCounts: (["\(documents)"] + counts.map { "\($0.key) \($0.value)" }).joined(separator: "\n"))
        // Readers change; the weights should not move much when they do.
        let common = counts.sorted { $0.value > $1.value }.prefix(200).map(\.key)
        for unit in common {
            #expect(abs(committed.rarity(unit) - fresh.rarity(unit)) < 0.15, "\(unit)")
        }
    }
}
