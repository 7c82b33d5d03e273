import Foundation
import Testing

/// Two officers share a plans folder through git, each in a clone of their own, with `actionplan merge`
/// set up as the merge driver exactly as the README says.
@Suite("Sharing plans through git with the merge driver", .serialized)
struct GitMergeDriverTests {
    /// A folder with a bare "origin" holding the Dudley plan, and two clones of it set up for the driver.
    struct Team {
        let root: String

        init() throws {
            root =
                FileManager.default.temporaryDirectory.appendingPathComponent(
                    "actionplan-git-\(UUID().uuidString)"
                ).path
            try FileManager.default.createDirectory(
                atPath: root + "/seed/Plans", withIntermediateDirectories: true)
            let plan = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent("ActionPlanKitTests/Fixtures/schema1-dudley-2012.json")
            try FileManager.default.copyItem(atPath: plan.path, toPath: root + "/seed/Plans/dudley-2012.json")
            try "*.json merge=actionplan\n".write(
                toFile: root + "/seed/Plans/.gitattributes", atomically: true, encoding: .utf8)
            try "Plans/.*.lock\n".write(toFile: root + "/seed/.gitignore", atomically: true, encoding: .utf8)
            try git(["init", "-q", "-b", "main"], in: "seed")
            try git(["add", "-A"], in: "seed")
            try git(["commit", "-qm", "Dudley plan"], in: "seed")
            try git(["clone", "-q", "--bare", "seed", "origin.git"], in: ".")
            for clone in ["ann", "bob"] {
                try git(["clone", "-q", "origin.git", clone], in: ".")
                try git(
                    ["config", "merge.actionplan.driver", "\(BuiltTool.path) merge %O %A %B %P"], in: clone)
            }
        }

        /// Runs git in `folder`, failing the test when it fails.
        @discardableResult
        func git(_ arguments: [String], in folder: String, allowFailure: Bool = false) throws -> (
            status: Int32, output: String
        ) {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["git"] + arguments
            process.currentDirectoryURL = URL(fileURLWithPath: root + "/" + folder)
            var environment = ProcessInfo.processInfo.environment
            for key in ["GIT_AUTHOR_NAME", "GIT_COMMITTER_NAME"] { environment[key] = "Officer" }
            for key in ["GIT_AUTHOR_EMAIL", "GIT_COMMITTER_EMAIL"] {
                environment[key] = "officer@example.org"
            }
            environment["GIT_CONFIG_NOSYSTEM"] = "1"
            environment["HOME"] = root
            process.environment = environment
            let pipe = Pipe()
            process.standardOutput = pipe
            process.standardError = pipe
            try process.run()
            let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            if !allowFailure && process.terminationStatus != 0 {
                Issue.record("git \(arguments.joined(separator: " ")) failed: \(output)")
            }
            return (process.terminationStatus, output)
        }

        /// Runs actionplan in a clone.
        func actionplan(_ arguments: [String], in clone: String) throws -> (
            status: Int32, output: String, error: String
        ) {
            try EndToEndTests.run(arguments, in: root + "/" + clone)
        }

        func plan(in clone: String) throws -> String {
            try String(contentsOfFile: root + "/\(clone)/Plans/dudley-2012.json", encoding: .utf8)
        }
    }

    @Test(
        "Updates to different actions in two clones merge with no conflict, both kept, and the plan checks clean"
    )
    func differentActions() throws {
        try #require(BuiltTool.exists)
        let team = try Team()
        defer { try? FileManager.default.removeItem(atPath: team.root) }
        let ann = try team.actionplan(
            [
                "update", "dudley-2012", "11", "--status", "in-progress", "--note", "Funding agreed", "--by",
                "Ann", "--on", "2016-07-01",
            ],
            in: "ann")
        #expect(ann.status == 0, "\(ann.error)")
        try team.git(["commit", "-qam", "Ann: action 11"], in: "ann")
        try team.git(["push", "-q", "origin", "main"], in: "ann")
        let bob = try team.actionplan(
            ["update", "dudley-2012", "3", "--owner", "Bob Price", "--by", "Bob", "--on", "2016-07-02"],
            in: "bob")
        #expect(bob.status == 0, "\(bob.error)")
        try team.git(["commit", "-qam", "Bob: action 3"], in: "bob")
        let pull = try team.git(["pull", "-q", "--no-rebase", "--no-edit", "origin", "main"], in: "bob")
        #expect(pull.status == 0)
        let show = try team.actionplan(["show", "dudley-2012", "--format", "json"], in: "bob")
        #expect(show.status == 0, "\(show.error)")
        #expect(show.output.contains("\"status\" : \"in-progress\""))
        #expect(show.output.contains("\"Bob Price\""))
        #expect(try team.plan(in: "bob").contains("\"note\" : \"Funding agreed\""))
        let check = try team.actionplan(["check", "dudley-2012"], in: "bob")
        #expect(check.status == 0, "\(check.output)\(check.error)")
        #expect(try team.plan(in: "bob").contains("\"revision\" : 22"))
    }

    @Test("A header correction in one clone and an action update in the other merge with no conflict")
    func headerAndAction() throws {
        try #require(BuiltTool.exists)
        let team = try Team()
        defer { try? FileManager.default.removeItem(atPath: team.root) }
        let ann = try team.actionplan(
            ["plan", "dudley-2012", "--published", "2012-01-20", "--by", "Ann", "--on", "2016-07-01"],
            in: "ann")
        #expect(ann.status == 0, "\(ann.error)")
        try team.git(["commit", "-qam", "Ann: publication date"], in: "ann")
        try team.git(["push", "-q", "origin", "main"], in: "ann")
        let bob = try team.actionplan(
            ["update", "dudley-2012", "3", "--owner", "Bob Price", "--by", "Bob", "--on", "2016-07-02"],
            in: "bob")
        #expect(bob.status == 0, "\(bob.error)")
        try team.git(["commit", "-qam", "Bob: action 3"], in: "bob")
        let pull = try team.git(["pull", "-q", "--no-rebase", "--no-edit", "origin", "main"], in: "bob")
        #expect(pull.status == 0)
        let header = try team.actionplan(["plan", "dudley-2012"], in: "bob")
        #expect(header.output.contains("Published:        20 January 2012\n"), "\(header.output)")
        #expect(header.output.contains("Revision:         22 (1 to the plan itself"))
        let history = try team.actionplan(["history", "dudley-2012"], in: "bob").output
        #expect(history.contains("by Ann (recorded"))
        #expect(
            history.contains(
                "  plan: published: (none) → 20 January 2012; statementDue: (none) → 1 May 2012\n"))
        #expect(history.contains("  action 3: owner: Head of Quality Assurance → Bob Price\n"))
        let check = try team.actionplan(["check", "dudley-2012"], in: "bob")
        #expect(check.status == 0, "\(check.output)\(check.error)")
    }

    @Test("The same field changed two ways stops the merge and marks the field in the file")
    func sameField() throws {
        try #require(BuiltTool.exists)
        let team = try Team()
        defer { try? FileManager.default.removeItem(atPath: team.root) }
        _ = try team.actionplan(["update", "dudley-2012", "3", "--owner", "Carol", "--by", "Ann"], in: "ann")
        try team.git(["commit", "-qam", "Ann"], in: "ann")
        try team.git(["push", "-q", "origin", "main"], in: "ann")
        _ = try team.actionplan(["update", "dudley-2012", "3", "--owner", "Dan", "--by", "Bob"], in: "bob")
        try team.git(["commit", "-qam", "Bob"], in: "bob")
        let pull = try team.git(
            ["pull", "-q", "--no-rebase", "--no-edit", "origin", "main"], in: "bob", allowFailure: true)
        #expect(pull.status != 0)
        #expect(pull.output.contains("action 3: owner: \"Dan\" here, \"Carol\" in the other change"))
        let text = try team.plan(in: "bob")
        #expect(
            text.contains(
                "<<<<<<< Plans/dudley-2012.json here\n          \"owner\" : \"Dan\",\n=======\n          \"owner\" : \"Carol\",\n>>>>>>> the other change\n"
            ))
        let status = try team.git(["status", "--porcelain"], in: "bob")
        #expect(status.output.contains("UU Plans/dudley-2012.json"))
    }
}
