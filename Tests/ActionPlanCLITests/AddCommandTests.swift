import ActionPlanKit
import Foundation
import Testing

@testable import ActionPlanCLI

@Suite("Adding actions")
struct AddCommandTests {
    @Test("add prints the new ID, and show's JSON gives the action its recommendation's number")
    func addThenShow() throws {
        let workspace = try Workspace()
        try workspace.add(sampleReport(), name: "dudley")
        let run = workspace.run(
            [
                "add", "dudley", "3", "--action", "Audit 40 records", "--owner", "Head of Service", "--due",
                "2012-06-30", "--measure", "40 audited", "--on", "2012-03-01",
            ])
        #expect(run.status == 0, "\(run.error)")
        #expect(run.output == "3.2\n")
        #expect(workspace.run(["add", "dudley", "3", "--action", "Another"]).output == "3.3\n")
        let shown = workspace.run(["show", "dudley", "--format", "json"])
        let document = try #require(
            JSONSerialization.jsonObject(with: Data(shown.output.utf8)) as? [String: Any])
        let actions = try #require(document["actions"] as? [[String: Any]])
        let added = try #require(actions.first { $0["id"] as? String == "3.2" })
        #expect(added["recommendationNumber"] as? Int == 3)
        #expect(added["recommendation"] as? String == "Embed the recording system")
        #expect(added["owner"] as? String == "Head of Service")
        #expect(actions.map { $0["id"] as? String } == ["1", "2", "3", "3.2", "3.3", "4", "5"])
        let recommendations = try #require(document["recommendations"] as? [[String: Any]])
        let third = try #require(recommendations.first { $0["number"] as? Int == 3 })
        #expect(third["actions"] as? [String] == ["3", "3.2", "3.3"])
        #expect(third["text"] as? String == "Embed the recording system")
        let text = workspace.run(["show", "dudley"])
        let row = try #require(text.output.split(separator: "\n").first { $0.contains("Rec 3") })
        #expect(row.contains("3 actions"))
    }

    @Test("an added action is updated, reworded and undone like any other")
    func updateAddedAction() throws {
        let workspace = try Workspace()
        try workspace.add(sampleReport(), name: "dudley")
        #expect(workspace.run(["add", "dudley", "3", "--action", "Audit records"]).status == 0)
        let reworded = workspace.run([
            "update", "dudley", "3.2", "--action", "Audit 40 records", "--status", "in-progress",
        ])
        #expect(reworded.status == 0, "\(reworded.error)")
        #expect(reworded.output.contains("action: Audit records → Audit 40 records"))
        let plan = try PlanStore(directory: workspace.plans).load(PlanName("dudley")!)
        #expect(plan.action(ActionID("3.2")!)?.history.count == 2)
        #expect(workspace.run(["check", "dudley"]).status == 0)
        #expect(workspace.run(["undo", "dudley"]).status == 0)
        let undone = try PlanStore(directory: workspace.plans).load(PlanName("dudley")!)
        #expect(undone.action(ActionID("3.2")!)?.action == "Audit records")
        // A second undo would revert the first; withdrawing the action is undoing a fresh add.
        #expect(workspace.run(["add", "dudley", "4", "--action", "Recruit two IROs"]).output == "4.2\n")
        #expect(workspace.run(["undo", "dudley"]).status == 0)
        let list = workspace.run(["list", "dudley", "--format", "csv"])
        #expect(list.output.contains("dudley,3.2,"))
        #expect(!list.output.contains("4.2"), "the withdrawn action is not listed")
        #expect(workspace.run(["history", "dudley", "4.2"]).output.contains("Recruit two IROs"))
        #expect(workspace.run(["add", "dudley", "4", "--action", "Again"]).output == "4.3\n")
    }

    @Test("the report rolls a recommendation's actions up: worst RAG, status from all of them")
    func reportRollUp() throws {
        let workspace = try Workspace()
        try workspace.add(sampleReport(), name: "dudley")
        #expect(
            workspace.run(["update", "dudley", "3", "--status", "completed", "--on", "2012-03-01"]).status
                == 0)
        #expect(
            workspace.run([
                "add", "dudley", "3", "--action", "Audit records", "--due", "2012-03-20", "--on",
                "2012-03-01",
            ])
            .status == 0)
        let text = workspace.run(["report", "dudley", "--as-of", "2012-04-01"])
        #expect(text.status == 0, "\(text.error)")
        let heading = try #require(
            text.output.split(separator: "\n").first { $0.contains("Recommendation 3:") })
        #expect(heading.contains("2 actions"))
        #expect(heading.contains("overall in progress, Red"))
        let json = workspace.run(["report", "dudley", "--as-of", "2012-04-01", "--format", "json"])
        let document = try #require(
            JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        let plan = try #require(document["plan"] as? [String: Any])
        let groups = try #require(plan["groups"] as? [[String: Any]])
        let third = try #require(groups.first { $0["recommendationNumber"] as? Int == 3 })
        #expect(third["rag"] as? String == "red")
        #expect(third["status"] as? String == "in-progress")
    }

    @Test("add refuses an unknown recommendation and a missing wording, changing nothing")
    func refusals() throws {
        let workspace = try Workspace()
        try workspace.add(sampleReport(), name: "dudley")
        let before = workspace.snapshot()
        let unknown = workspace.run(["add", "dudley", "9", "--action", "x"])
        #expect(unknown.status == 66)
        #expect(unknown.error.contains("has no recommendation 9"))
        #expect(workspace.run(["add", "dudley", "3"]).status == 64)
        #expect(workspace.run(["add", "dudley", "3.2", "--action", "x"]).status == 64)
        #expect(workspace.snapshot() == before)
    }
}
