import Foundation
import Testing

/// Runs the built `actionplan` binary as a user would: real processes, real files, exit statuses.
@Suite("End to end, through the built binary")
struct EndToEndTests {
    /// A sample report from the test fixtures.
    static func fixture(_ name: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("ActionPlanKitTests/Fixtures/\(name)").path
    }

    /// Runs the binary with `arguments` in `directory`, in the user's environment without colour or a
    /// plans folder of their own, and waits for it.
    static func run(_ arguments: [String], in directory: String) throws -> (
        status: Int32, output: String, error: String
    ) {
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        environment.removeValue(forKey: "ACTIONPLAN_PLANS")
        return try BuiltTool.run(arguments, in: directory, environment: environment)
    }

    @Test("generate → update → overdue on the Dudley cabinet paper")
    func dudleyFlow() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "actionplan-e2e-\(UUID().uuidString)"
        ).path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }

        let generated = try Self.run(
            ["generate", Self.fixture("dudley-2012-cabinet.txt"), "--name", "dudley"], in: directory)
        #expect(generated.status == 0, "\(generated.error)")
        #expect(generated.error.isEmpty)
        let data = try #require(FileManager.default.contents(atPath: directory + "/Plans/dudley.json"))
        #expect(data.last == UInt8(ascii: "\n"))
        let plan = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(plan["schemaVersion"] as? Int == 2)
        let recommendations = try #require(plan["recommendations"] as? [[String: Any]])
        #expect(recommendations.count == 13)
        // Each recommendation holds its one action, numbered as the recommendation.
        let actions = try recommendations.map { try #require(($0["actions"] as? [[String: Any]])?.first) }
        #expect(actions.map { $0["recommendationNumber"] as? Int } == Array(1...13))
        #expect(actions.count == 13)
        #expect(Set(actions.compactMap { $0["due"] as? String }) == ["2012-03-09", "2012-06-09"])
        #expect(actions.allSatisfy { $0["status"] as? String == "not-started" })
        #expect(actions.map { $0["id"] as? String } == (1...13).map { String($0) })

        let again = try Self.run(
            ["generate", Self.fixture("dudley-2012-cabinet.txt"), "--name", "dudley"], in: directory)
        #expect(again.status != 0)
        #expect(again.error.contains("already exists"))

        let updated = try Self.run(
            [
                "update", "dudley", "1", "--status", "completed", "--note", "Plan agreed", "--on",
                "2012-03-01",
            ], in: directory)
        #expect(updated.status == 0, "\(updated.error)")

        let overdue = try Self.run(["overdue", "--as-of", "2012-04-01", "--format", "json"], in: directory)
        #expect(overdue.status == 0, "\(overdue.error)")
        let report = try #require(
            try JSONSerialization.jsonObject(with: Data(overdue.output.utf8)) as? [String: Any])
        let plans = try #require(report["plans"] as? [[String: Any]])
        let listed = try #require(plans.first?["overdue"] as? [[String: Any]])
        let ids = listed.compactMap { $0["id"] as? String }.compactMap(Int.init).sorted()
        #expect(ids == [2, 3, 4, 5, 6, 9, 10, 11, 12])

        let before = try #require(FileManager.default.contents(atPath: directory + "/Plans/dudley.json"))
        let refused = try Self.run(["update", "dudley", "2", "--status", "finished"], in: directory)
        #expect(refused.status == 64)
        #expect(refused.output.isEmpty)
        #expect(refused.error.hasPrefix("error: "))
        #expect(FileManager.default.contents(atPath: directory + "/Plans/dudley.json") == before)
    }

    @Test("overdue text, written as bytes, is what the tool prints in process; CSV ends in one CRLF")
    func overdueBytes() throws {
        let workspace = try Workspace()
        try workspace.add(sampleReport(), name: "dudley")
        _ = workspace.run(["update", "dudley", "1", "--status", "in-progress", "--note", "Audit under way"])
        let arguments = ["overdue", "--as-of", "2012-06-01", "--plans", workspace.plans]
        let inProcess = workspace.run(arguments)
        #expect(inProcess.status == 0, "\(inProcess.error)")
        let built = try Self.run(arguments, in: workspace.directory)
        #expect(built.status == 0, "\(built.error)")
        #expect(built.output == inProcess.output)
        #expect(built.output.contains("1 April 2012: Audit"))

        let csv = try Self.run(arguments + ["--format", "csv"], in: workspace.directory)
        #expect(csv.status == 0, "\(csv.error)")
        #expect(csv.output.utf8.suffix(2).elementsEqual("\r\n".utf8))
        #expect(!csv.output.utf8.suffix(3).elementsEqual("\r\n\n".utf8))
    }

    @Test("a missing report exits 66 and writes nothing")
    func missingReport() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "actionplan-e2e-\(UUID().uuidString)"
        ).path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let result = try Self.run(["generate", "no-such-report.txt"], in: directory)
        #expect(result.status == 66)
        #expect(result.error == "error: no-such-report.txt: no such file\n")
        #expect(!FileManager.default.fileExists(atPath: directory + "/Plans"))
    }
}
