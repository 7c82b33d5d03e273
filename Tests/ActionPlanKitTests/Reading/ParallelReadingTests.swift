import Foundation
import Testing

@testable import ActionPlanKit

/// Reading many reports at once gives what reading them one by one gives, in the same order.
@Suite("Reading many reports at once")
struct ParallelReadingTests {
    static func fixturePath(_ name: String) throws -> String {
        try #require(Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "Fixtures"))
            .path
    }

    @Test("parse of many texts equals parse of each, in input order, repeats included")
    func manyTextsInOrder() throws {
        let names = FixtureReportTests.names + FixtureReportTests.names.reversed()
        let texts = try names.map { TextDecoding.decode(try FixtureReportTests.fixture($0, "txt")) }
        let together = ReportReader.parse(texts)
        #expect(together == texts.map { ReportReader.parse($0) })
        #expect(together.map(\.recommendations.count).allSatisfy { $0 > 0 })
    }

    @Test("no texts and one text")
    func edgeCounts() throws {
        #expect(ReportReader.parse([String]()).isEmpty)
        let text = TextDecoding.decode(try FixtureReportTests.fixture("dudley-2012-cabinet", "txt"))
        #expect(ReportReader.parse([text]) == [ReportReader.parse(text)])
    }

    @Test("files are read in path order; a missing or empty file is an error of its own and stops no other")
    func filesWithErrors() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "actionplan-parallel-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let empty = directory.appendingPathComponent("empty.txt").path
        try Data().write(to: URL(fileURLWithPath: empty))
        let missing = directory.appendingPathComponent("missing.txt").path
        let sutton = try Self.fixturePath("sutton-2013-protection")
        let dudley = try Self.fixturePath("dudley-2012-cabinet")
        let results = ReportFile.read(paths: [sutton, missing, dudley, empty])
        #expect(results.count == 4)
        #expect(try results[0].get().report == ReportFile.read(sutton).report)
        #expect(results[1].failure == .notFound(path: missing))
        #expect(try results[2].get().path == dudley)
        #expect(results[3].failure == .empty(path: empty))
    }

    @Test(
        "the corpus read at once matches the corpus read one by one",
        .enabled(if: CorpusTests.corpus != nil, "the shared corpus (../shared/corpus) is not here"))
    func corpusMatches() throws {
        let folder = try #require(CorpusTests.corpus).appendingPathComponent("text")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
            $0.hasSuffix(".txt")
        }.sorted().prefix(60)
        let texts = names.map { name in
            TextDecoding.decode(
                FileManager.default.contents(atPath: folder.appendingPathComponent(name).path)!)
        }
        #expect(ReportReader.parse(Array(texts)) == texts.map { ReportReader.parse($0) })
    }
}

extension Result {
    /// The error, or `nil` on success.
    fileprivate var failure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
