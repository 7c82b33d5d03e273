import ActionPlanKit
import Foundation
import Testing

@testable import ActionPlanCLI

/// `plan PLAN`: the header as a person reads it, and corrections of it recorded as one revision.
@Suite("plan command")
struct PlanCommandTests {
    /// A workspace holding the Dudley-shaped sample plan as `dudley`.
    private func workspace() throws -> Workspace {
        let workspace = try Workspace()
        try workspace.add(sampleReport(), name: "dudley")
        return workspace
    }

    private func stored(_ workspace: Workspace) throws -> ActionPlan {
        try PlanStore(directory: workspace.plans).load(PlanName("dudley")!)
    }

    @Test("plan PLAN prints the header, saying what is missing and how to set it")
    func showsHeader() throws {
        let workspace = try workspace()
        let run = workspace.run(["plan", "dudley"])
        #expect(run.status == 0, "\(run.error)")
        let lines = run.output.split(separator: "\n").map(String.init)
        #expect(lines.first == "dudley")
        #expect(
            lines.contains(
                "Council:          Dudley (no ONS code; set the council with: actionplan plan dudley --authority \"COUNCIL\")"
            ))
        #expect(lines.contains("File:             dudley.txt"))
        #expect(lines.contains("Inspected:        28 November to 9 December 2011"))
        #expect(
            lines.contains(
                "Published:        not set; set it with: actionplan plan dudley --published YYYY-MM-DD"))
        #expect(lines.contains("Statement due:    unknown until the publication date is set"))
        #expect(lines.contains("Timescales from:  9 December 2011"))
        #expect(lines.contains("Contents:         5 recommendations, 5 actions"))
        #expect(lines.contains("Revision:         0"))
    }

    @Test("a correction is one recorded revision; --published also sets the statement deadline")
    func correction() throws {
        let workspace = try workspace()
        let run = workspace.run([
            "plan", "dudley", "--authority", "Dudley Metropolitan Borough Council", "--title",
            "Inspection of safeguarding and looked after children services", "--published", "2012-01-20",
            "--meeting", "Cabinet", "--meeting-date", "2012-03-14", "--author", "A. Officer", "--by", "clerk",
            "--on", "2012-03-01", "--reason", "from Ofsted's web page",
        ])
        #expect(run.status == 0, "\(run.error)")
        #expect(
            run.output == """
                Corrected the header of plan dudley:
                  authorityCode: (none) → E08000027
                  title: (none) → Inspection of safeguarding and looked after children services
                  published: (none) → 20 January 2012
                  statementDue: (none) → 1 May 2012
                  meeting: (none) → Cabinet
                  meetingDate: (none) → 14 March 2012
                  author: (none) → A. Officer
                Recorded as revision 1 of \(workspace.plans)/dudley.json by clerk on 1 March 2012

                """)
        let plan = try stored(workspace)
        #expect(plan.revision == 1)
        // 70 working days after 20 January 2012, Good Friday and Easter Monday skipped.
        #expect(plan.source.statementDue == CalendarDay(iso: "2012-05-01"))
        let entry = try #require(plan.history.first)
        #expect(plan.history.count == 1)
        #expect(entry.by == "clerk")
        #expect(entry.reason == "from Ofsted's web page")
        #expect(
            entry.changes.map(\.field) == [
                .authorityCode, .title, .published, .statementDue, .meeting, .meetingDate, .author,
            ])
        let header = workspace.run(["plan", "dudley"]).output
        #expect(header.contains("Council:          Dudley (E08000027)\n"))
        #expect(header.contains("Statement due:    1 May 2012 (70 working days after publication)\n"))
        #expect(header.contains("Meeting:          Cabinet, 14 March 2012\n"))
        #expect(
            header.contains("Revision:         1 (1 to the plan itself; see: actionplan history dudley)\n"))
    }

    @Test("a publication date after today is refused, in plan and in generate, and nothing is recorded")
    func futurePublicationRefused() throws {
        let workspace = try workspace()
        let before = try stored(workspace)
        let run = workspace.run(["plan", "dudley", "--published", "2030-01-01"], today: "2026-12-06")
        #expect(run.status == 64)
        #expect(
            run.error.contains("--published 2030-01-01: that is after today (2026-12-06)"), "\(run.error)")
        #expect(try stored(workspace) == before)
        let generate = workspace.run(
            ["generate", EndToEndTests.fixture("sutton-2013-protection.txt"), "--published", "2027-01-01"],
            today: "2026-12-06")
        #expect(generate.status == 64)
        #expect(!FileManager.default.fileExists(atPath: workspace.plans + "/sutton-2013.json"))
    }

    @Test("--authority sets the canonical name and the ONS code from an alias or a code")
    func authority() throws {
        let workspace = try workspace()
        let run = workspace.run(["plan", "dudley", "--authority", "E06000023"])
        #expect(run.status == 0, "\(run.error)")
        #expect(
            run.output.contains("  authority: Dudley → Bristol\n  authorityCode: (none) → E06000023\n"))
        let plan = try stored(workspace)
        #expect(plan.source.authority == "Bristol")
        #expect(plan.source.authorityCode == "E06000023")
    }

    @Test("naming the council of a plan whose printed name did not resolve keeps that name as printed")
    func printedNameKept() throws {
        let workspace = try Workspace()
        var report = sampleReport()
        report.authority = "Dudley Children's Services Partnership"
        try workspace.add(report, name: "dudley")
        let run = workspace.run(["plan", "dudley", "--authority", "dudley"])
        #expect(run.status == 0, "\(run.error)")
        #expect(
            run.output.contains(
                "  authority: Dudley Children's Services Partnership → Dudley\n  authorityCode: (none) → E08000027\n"
                    + "  authorityAsPrinted: (none) → Dudley Children's Services Partnership\n"))
        #expect(
            workspace.run(["plan", "dudley"]).output.contains(
                "Council:          Dudley (E08000027), printed \"Dudley Children's Services Partnership\"\n"))
    }

    @Test("a correction that changes nothing says so and records nothing")
    func nothingChanged() throws {
        let workspace = try workspace()
        _ = workspace.run(["plan", "dudley", "--authority", "Dudley", "--meeting", "Cabinet"])
        let before = workspace.snapshot()
        let run = workspace.run(["plan", "dudley", "--authority", "dudley", "--meeting", "Cabinet"])
        #expect(run.status == 0, "\(run.error)")
        #expect(
            run.output == "Nothing to change: plan dudley's header already says that. No revision recorded.\n"
        )
        #expect(workspace.snapshot() == before)
    }

    @Test(
        "a bad correction is a usage error that names the problem and changes nothing",
        arguments: [
            RefusedRun(
                name: "unknown council", arguments: ["--authority", "Dudly"],
                message:
                    "error: actionplan plan: --authority 'Dudly' is not a council actionplan knows\nhint: did you mean 'Dudley'?"
            ),
            RefusedRun(
                name: "impossible date", arguments: ["--published", "2012-02-30"], message: "2012-02-30"),
            RefusedRun(
                name: "dated after today", arguments: ["--meeting", "Cabinet", "--on", "2012-04-02"],
                message: "that is after today (2012-04-01)"),
            RefusedRun(
                name: "reason without a correction", arguments: ["--reason", "typo"],
                message: "--reason goes with a correction"),
        ])
    func refusals(_ refusal: RefusedRun) throws {
        let workspace = try workspace()
        let before = workspace.snapshot()
        let run = workspace.run(["plan", "dudley"] + refusal.arguments)
        #expect(run.status == 64)
        #expect(run.error.contains(refusal.message), "\(run.error)")
        #expect(workspace.snapshot() == before)
    }

    @Test("--format json gives every header field, null where the plan lacks it, and the plan's own history")
    func json() throws {
        let workspace = try workspace()
        _ = workspace.run(["plan", "dudley", "--published", "2012-01-20", "--authority", "Dudley"])
        let run = workspace.run(["plan", "dudley", "--format", "json"])
        #expect(run.status == 0, "\(run.error)")
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        #expect(object["authorityCode"] as? String == "E08000027")
        #expect(object["published"] as? String == "2012-01-20")
        #expect(object["statementDue"] as? String == "2012-05-01")
        #expect(object["title"] is NSNull)
        #expect(object["recommendations"] as? Int == 5)
        #expect(object["revision"] as? Int == 1)
        let history = try #require(object["history"] as? [[String: Any]])
        #expect(history.first?["revision"] as? Int == 1)
    }

    @Test("undo reverts a header correction and says what it put back")
    func undo() throws {
        let workspace = try workspace()
        _ = workspace.run(["plan", "dudley", "--published", "2012-01-20", "--on", "2012-03-01"])
        let run = workspace.run(["undo", "dudley", "--on", "2012-03-02"])
        #expect(run.status == 0, "\(run.error)")
        #expect(
            run.output.hasPrefix(
                "Plan: published: 20 January 2012 → (none); statementDue: 1 May 2012 → (none)\n"))
        #expect(run.output.contains("Reverted revision 1 of"))
        let plan = try stored(workspace)
        #expect(plan.source.published == nil)
        #expect(plan.source.statementDue == nil)
        #expect(plan.revision == 2)
    }

    @Test("history lists a header correction among the actions' changes, in revision order, text and JSON")
    func history() throws {
        let workspace = try workspace()
        _ = workspace.run([
            "update", "dudley", "1", "--status", "in-progress", "--on", "2012-02-01", "--by", "ann",
        ])
        _ = workspace.run([
            "plan", "dudley", "--meeting", "Cabinet", "--on", "2012-02-02", "--by", "clerk", "--reason",
            "agenda",
        ])
        _ = workspace.run(["update", "dudley", "2", "--owner", "Bob", "--on", "2012-02-03", "--by", "bob"])
        let text = workspace.run(["history", "dudley"]).output
        #expect(
            text.contains(
                """
                Revision 2: 2 February 2012, by clerk (recorded 2012-04-01T09:00:00Z)
                  plan: meeting: (none) → Cabinet; reason: agenda
                Revision 3: 3 February 2012, by bob
                """))
        #expect(text.hasPrefix("Revision 1: 1 February 2012, by ann"))
        #expect(
            !workspace.run(["history", "dudley", "2"]).output.contains("plan:"), "one action's history only")
        let run = workspace.run(["history", "dudley", "--format", "json"])
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        let revisions = try #require(object["revisions"] as? [[String: Any]])
        #expect(revisions.map { $0["revision"] as? Int } == [1, 2, 3])
        #expect(revisions[0]["plan"] is NSNull)
        let plan = try #require(revisions[1]["plan"] as? [String: Any])
        #expect(plan["reason"] as? String == "agenda")
        let changes = try #require(plan["changes"] as? [[String: Any]])
        #expect(changes.first?["field"] as? String == "meeting")
        #expect(changes.first?["from"] is NSNull)
        #expect(changes.first?["to"] as? String == "Cabinet")
        #expect((revisions[1]["actions"] as? [Any])?.isEmpty == true)
        #expect(revisions[1]["by"] as? String == "clerk")
    }
}
