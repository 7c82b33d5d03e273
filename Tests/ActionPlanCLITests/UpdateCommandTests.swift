import ActionPlanKit
import Foundation
import Testing

@testable import ActionPlanCLI

@Suite("Updating actions")
struct UpdateCommandTests {
    @Test("an update is recorded in the action's history: who, when, what changed, why")
    func recordsHistory() throws {
        let workspace = try Workspace()
        try workspace.add(sampleReport(), name: "dudley")
        let run = workspace.run(
            [
                "update", "dudley", "1", "--status", "in-progress", "--owner", "Jane Smith", "--note",
                "Draft agreed", "--on", "2012-01-15", "--by", "J Smith",
            ])
        #expect(run.status == 0, "\(run.error)")
        #expect(run.output.contains("status: not started → in progress"))
        let plan = try PlanStore(directory: workspace.plans).load(PlanName("dudley")!)
        let action = try #require(plan.action(ActionID(1)!))
        #expect(action.status == .inProgress)
        #expect(action.owner == "Jane Smith")
        let entry = try #require(action.history.last)
        #expect(entry.by == "J Smith")
        #expect(entry.on.description == "2012-01-15")
        #expect(entry.note == "Draft agreed")
        #expect(entry.changes.contains(FieldChange(field: .status, from: "not-started", to: "in-progress")))
        #expect(entry.changes.contains(FieldChange(field: .owner, from: nil, to: "Jane Smith")))
    }

    @Test("one command touching several actions is one revision")
    func severalActionsOneRevision() throws {
        let workspace = try Workspace()
        try workspace.add(sampleReport(), name: "dudley")
        #expect(workspace.run(["update", "dudley", "1,3-4", "--owner", "Head of Service"]).status == 0)
        let plan = try PlanStore(directory: workspace.plans).load(PlanName("dudley")!)
        #expect(plan.revision == 1)
        #expect(plan.actions.filter { $0.owner == "Head of Service" }.map(\.id.recommendation) == [1, 3, 4])
        #expect(Set(plan.actions.flatMap(\.history).map(\.revision)) == [1])
    }

    @Test(
        "a refused update changes nothing and says why",
        arguments: [
            RefusedRun(
                name: "unknown action", arguments: ["update", "dudley", "9", "--note", "x"], status: 66,
                message: "has no action 9; did you mean 5?"),
            RefusedRun(
                name: "unknown plan", arguments: ["update", "dudly", "1", "--note", "x"], status: 66,
                message: "did you mean 'dudley'?"),
            RefusedRun(
                name: "reschedule without reason",
                arguments: ["update", "dudley", "1", "--due", "2012-05-01"], status: 64,
                message: "needs a reason"),
            RefusedRun(
                name: "sign off before completion",
                arguments: ["update", "dudley", "1", "--status", "signed-off"], status: 65,
                message: "only a completed action can be signed off"),
            RefusedRun(
                name: "drop without reason", arguments: ["update", "dudley", "2", "--status", "dropped"],
                status: 64, message: "needs a reason"),
            RefusedRun(
                name: "nothing to change", arguments: ["update", "dudley", "1"], status: 64,
                message: "nothing to update"),
            RefusedRun(
                name: "one bad ID among good", arguments: ["update", "dudley", "1,2,9", "--owner", "X"],
                status: 66, message: "has no action 9"),
        ])
    func refused(_ refused: RefusedRun) throws {
        let workspace = try Workspace()
        try workspace.add(sampleReport(), name: "dudley")
        let before = workspace.snapshot()
        let run = workspace.run(refused.arguments)
        #expect(run.status == refused.status, "\(run.error)")
        #expect(run.error.contains(refused.message), "\(run.error)")
        #expect(workspace.snapshot() == before)
    }

    @Test("rescheduling with a reason keeps the original due date and turns the action amber")
    func reschedule() throws {
        let workspace = try Workspace()
        try workspace.add(sampleReport(), name: "dudley")
        let run = workspace.run([
            "update", "dudley", "3", "--due", "2012-09-30", "--reason", "Supplier delay",
        ])
        #expect(run.status == 0, "\(run.error)")
        let json = workspace.run(["show", "dudley", "3", "--format", "json", "--as-of", "2012-04-01"]).output
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let action = try #require(object["action"] as? [String: Any])
        #expect(action["due"] as? String == "2012-09-30")
        #expect(action["originalDue"] as? String == "2012-06-09")
        #expect(action["rag"] as? String == "amber")
        #expect(action["ragReason"] as? String == "rescheduled from 2012-06-09 to 2012-09-30")
    }
}
