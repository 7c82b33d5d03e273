import Foundation
import Testing

/// `generate --force` over a plan that has recorded changes: refused unless the history is given up
/// on purpose, and then the old file is kept in the archive folder.
@Suite("Replacing a plan keeps its history")
struct GenerateForceTests {
    @Test("--force over a plan with history is refused; --discard-history archives the old file first")
    func forceKeepsHistory() throws {
        try #require(BuiltTool.exists)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "actionplan-force-\(UUID().uuidString)"
        ).path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let report = EndToEndTests.fixture("sutton-2013-protection.txt")
        let generate = ["generate", report, "--name", "sutton-2013"]
        #expect(try EndToEndTests.run(generate, in: directory).status == 0)
        // A plan never changed is simply replaced.
        #expect(try EndToEndTests.run(generate + ["--force"], in: directory).status == 0)
        #expect(!FileManager.default.fileExists(atPath: directory + "/Plans/archive"))
        let update = try EndToEndTests.run(
            ["update", "sutton-2013", "1", "--status", "in-progress", "--note", "Started"], in: directory)
        #expect(update.status == 0, "\(update.error)")
        let changed = try #require(
            FileManager.default.contents(atPath: directory + "/Plans/sutton-2013.json"))

        let refused = try EndToEndTests.run(generate + ["--force"], in: directory)
        #expect(refused.status == 1)
        #expect(refused.error.contains("1 recorded change that replacing it would discard"))
        #expect(FileManager.default.contents(atPath: directory + "/Plans/sutton-2013.json") == changed)

        let replaced = try EndToEndTests.run(generate + ["--force", "--discard-history"], in: directory)
        #expect(replaced.status == 0, "\(replaced.error)")
        #expect(replaced.output.contains("kept as Plans/archive/sutton-2013.json"))
        #expect(
            FileManager.default.contents(atPath: directory + "/Plans/archive/sutton-2013.json") == changed)
        #expect(FileManager.default.contents(atPath: directory + "/Plans/sutton-2013.json") != changed)
        // The archived copy is not a plan of the portfolio.
        let list = try EndToEndTests.run(["list", "--format", "json"], in: directory)
        #expect(list.status == 0, "\(list.error)")
    }
}
