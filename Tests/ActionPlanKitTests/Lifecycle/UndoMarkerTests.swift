import Foundation
import Testing

@testable import ActionPlanKit

/// An undo is marked by the revision it reverts, never by words in its note, so no view takes it for
/// progress; files written when the note carried the mark still read the same.
@Suite("The undo marker")
struct UndoMarkerTests {
    static func plan(history: String) throws -> ActionPlan {
        var plan = SamplePlans.dudley
        plan.actions = Array(plan.actions.prefix(1))
        plan.actions[0].history = []
        plan.revision = 0
        let author = ChangeAuthor(
            by: "a", on: SamplePlans.day("2012-02-01"), recorded: "2012-02-01T09:00:00Z")
        try plan.apply(
            ActionUpdate(status: .inProgress, note: "Audit begun"), to: [plan.actions[0].id], author: author)
        try plan.apply(ActionUpdate(note: "Wrong plan"), to: [plan.actions[0].id], author: author)
        var undo = author
        undo.on = SamplePlans.day("2012-02-02")
        try plan.undo(author: undo, note: "typed into the wrong plan")
        if history == "old" {
            // As an older version wrote it: the mark in the note, the reason after it.
            plan.actions[0].history[2].undoes = nil
            plan.actions[0].history[2].reason = nil
            plan.actions[0].history[2].note = "undoes revision 2: typed into the wrong plan"
        }
        return try PlanCoding.decode(try PlanCoding.encode(plan), path: "dudley.json")
    }

    @Test("the latest progress note skips the undo and the entry it reverted", arguments: ["new", "old"])
    func latestNote(_ history: String) throws {
        let plan = try Self.plan(history: history)
        let action = plan.actions[0]
        #expect(action.latestNoteEntry?.note == "Audit begun")
        #expect(action.history[2].undoneRevision == 2)
        #expect(action.history[2].progressNote == nil)
        let words = PlanHistory(of: plan).text(width: 200)
        #expect(words.contains("undoes revision 2; reason: typed into the wrong plan"), "\(words)")
        #expect(!words.contains("note: undoes"), "\(words)")
    }

    @Test("the plan file keeps the mark as undoes, not in the note")
    func fileField() throws {
        let data = try PlanCoding.encode(try Self.plan(history: "new"))
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"undoes\" : 2"))
        #expect(!text.contains("undoes revision"))
    }
}
