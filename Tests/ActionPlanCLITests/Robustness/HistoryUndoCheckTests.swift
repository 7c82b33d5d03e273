import ActionPlanKit
import Foundation
import Testing

@testable import ActionPlanCLI

@Suite("History, undo and check commands")
struct HistoryUndoCheckTests {
    @Test("history lists each revision once, with every action it touched")
    func history() throws {
        let workspace = try Workspace()
        try workspace.add(sampleReport(), name: "dudley")
        #expect(
            workspace.run(["update", "dudley", "1,3", "--owner", "Head of Service", "--on", "2012-01-10"])
                .status == 0)
        #expect(
            workspace.run(["update", "dudley", "3", "--status", "in-progress", "--note", "Started"]).status
                == 0)
        let all = workspace.run(["history", "dudley"])
        #expect(all.status == 0, "\(all.error)")
        #expect(all.output.contains("Revision 1: 10 January 2012, by tester"))
        #expect(all.output.contains("  action 1: owner: (none) → Head of Service"))
        #expect(all.output.contains("  action 3: status: not started → in progress; note: Started"))
        let one = workspace.run(["history", "dudley", "1", "--format", "json"])
        #expect(one.status == 0)
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(one.output.utf8)) as? [String: Any])
        let revisions = try #require(json["revisions"] as? [[String: Any]])
        #expect(revisions.map { $0["revision"] as? Int } == [1])
        #expect(workspace.run(["history", "dudley", "9"]).status == 66)
    }

    @Test("undo reverts the last command on every action and can itself be undone")
    func undo() throws {
        let workspace = try Workspace()
        try workspace.add(sampleReport(), name: "dudley")
        #expect(workspace.run(["undo", "dudley"]).status == 65, "nothing to undo yet")
        #expect(workspace.run(["update", "dudley", "1-2", "--status", "in-progress"]).status == 0)
        let undo = workspace.run(["undo", "dudley", "--note", "wrong plan", "--by", "A Jones"])
        #expect(undo.status == 0, "\(undo.error)")
        #expect(undo.output.contains("Action 2: status: in progress → not started"))
        #expect(undo.output.contains("Reverted revision 1"))
        #expect(undo.output.contains("recorded as revision 2 by A Jones"))
        var plan = try PlanStore(directory: workspace.plans).load(PlanName("dudley")!)
        #expect(plan.actions.allSatisfy { $0.status == .notStarted })
        let undoEntry = try #require(plan.action(ActionID(1)!)?.history.last)
        #expect(undoEntry.undoes == 1)
        #expect(undoEntry.reason == "wrong plan")
        #expect(undoEntry.note == nil)
        let history = workspace.run(["history", "dudley"])
        #expect(
            history.output.contains(
                "action 1: undoes revision 1; status: in progress → not started; reason: wrong plan"),
            "\(history.output)")
        #expect(workspace.run(["undo", "dudley"]).status == 0)
        plan = try PlanStore(directory: workspace.plans).load(PlanName("dudley")!)
        #expect(plan.actions.prefix(2).allSatisfy { $0.status == .inProgress })
        #expect(plan.revision == 3)
    }

    @Test("check reports SMART gaps as warnings with status 0, and broken files as errors with status 65")
    func check() throws {
        let workspace = try Workspace()
        try workspace.add(sampleReport(), name: "dudley")
        let clean = workspace.run(["check", "--as-of", "2012-01-01"])
        #expect(clean.status == 0, "\(clean.error)")
        #expect(
            clean.output
                == """
                dudley: 11 warnings (5 no owner, 1 no due date, 5 no success measure)
                Run with --verbose for each warning.
                Checked 1 plan as at 1 January 2012: 0 errors, 11 warnings

                """)
        let verbose = workspace.run(["check", "--as-of", "2012-01-01", "--verbose"])
        #expect(verbose.output.contains("dudley: action 1: warning: no owner"))
        #expect(verbose.output.contains("dudley: action 5: warning: no due date"))
        #expect(verbose.output.hasSuffix("Checked 1 plan as at 1 January 2012: 0 errors, 11 warnings\n"))
        let stale = workspace.run(["check", "--as-of", "2012-01-20", "--stale-days", "7", "--format", "json"])
        #expect(stale.output.contains("\"message\" : \"42 days overdue and not updated for 42 days"))
        #expect(stale.output.contains("\"kind\" : \"overdue and not updated\""))
        #expect(
            FileManager.default.createFile(
                atPath: workspace.plans + "/broken.json", contents: Data("{\"actions\": [".utf8)))
        let broken = workspace.run(["check"])
        #expect(broken.status == 65)
        #expect(
            broken.output.contains(
                "broken: error: \(workspace.plans)/broken.json: not a valid plan file: line 1"))
        #expect(broken.output.contains("\nbroken: 1 error\n"))
        #expect(broken.error.contains("1 error found"))
        #expect(workspace.run(["check", "nosuch"]).status == 66)
        #expect(workspace.run(["check", "dudley", "--stale-days", "x"]).status == 64)
    }
}
