import Foundation
import Testing

/// A report as at a day before a plan started leaves that plan out and says so.
@Suite("as of a day before a plan's start")
struct AsOfBeforeStartTests {
    /// Dudley starts on 9 December 2011, Sutton on 22 May 2013.
    static func workspace() throws -> Workspace {
        let workspace = try Workspace()
        try workspace.add(sampleReport(), name: "dudley")
        let generate = workspace.run(["generate", EndToEndTests.fixture("sutton-2013-protection.txt")])
        try #require(generate.status == 0, "\(generate.error)")
        return workspace
    }

    @Test("overdue names the plan left out and its start, in text and in JSON's leftOut")
    func overdueLeavesOut() throws {
        let workspace = try Self.workspace()
        let text = workspace.run(["overdue", "--as-of", "2012-04-01"])
        #expect(text.status == 0, "\(text.error)")
        #expect(
            text.output.contains(
                "Left out: sutton-2013, which starts on 22 May 2013, after this report's day.\n"))
        #expect(text.output.contains("Dudley"))
        #expect(!text.output.contains("London Borough of Sutton"))
        let json = workspace.run(["overdue", "--as-of", "2012-04-01", "--format", "json"])
        #expect(json.status == 0, "\(json.error)")
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        let leftOut = try #require(object["leftOut"] as? [[String: String]])
        #expect(
            leftOut == [
                [
                    "plan": "sutton-2013", "startDate": "2013-05-22",
                    "reason": "it starts on 22 May 2013, after the report's day",
                ]
            ])
        let plans = try #require(object["plans"] as? [[String: Any]])
        #expect(plans.map { $0["name"] as? String } == ["dudley"])

        let later = workspace.run(
            ["overdue", "--as-of", "2013-06-01", "--format", "json"], today: "2013-06-01")
        let laterObject = try #require(
            try JSONSerialization.jsonObject(with: Data(later.output.utf8)) as? [String: Any])
        #expect((laterObject["leftOut"] as? [Any])?.isEmpty == true)
        #expect((laterObject["plans"] as? [Any])?.count == 2)
    }

    @Test("the Markdown and HTML papers name the plan left out too", arguments: ["markdown", "html"])
    func papersLeaveOut(_ format: String) throws {
        let workspace = try Self.workspace()
        let paper = workspace.run(["overdue", "--as-of", "2012-04-01", "--format", format])
        #expect(paper.status == 0, "\(paper.error)")
        #expect(
            paper.output.contains("Left out: sutton-2013, which starts on 22 May 2013, after this report"))
    }

    @Test("report across plans leaves the plan out of its counts and names it, in text and JSON")
    func nationalReportLeavesOut() throws {
        let workspace = try Self.workspace()
        let text = workspace.run(["report", "--as-of", "2012-04-01"])
        #expect(text.status == 0, "\(text.error)")
        #expect(text.output.contains("1 council, 1 plan, 5 actions"), "\(text.output)")
        #expect(
            text.output.contains(
                "Left out: sutton-2013, which starts on 22 May 2013, after this report's day."))
        let json = workspace.run(["report", "--as-of", "2012-04-01", "--format", "json"])
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        let leftOut = try #require(object["leftOut"] as? [[String: String]])
        #expect(leftOut.map { $0["plan"] } == ["sutton-2013"])
        #expect(leftOut.map { $0["startDate"] } == ["2013-05-22"])
    }

    @Test("report on one plan as of a day before its start is a usage error saying when it starts")
    func reportRefuses() throws {
        let workspace = try Self.workspace()
        let run = workspace.run(["report", "sutton-2013", "--as-of", "2013-01-01"])
        #expect(run.status == 64)
        #expect(
            run.error.contains(
                "--as-of 2013-01-01 is before plan 'sutton-2013' started: it starts on 22 May 2013, after the report's day"
            ), "\(run.error)")
    }
}
