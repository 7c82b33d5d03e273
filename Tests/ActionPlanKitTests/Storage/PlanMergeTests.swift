import Foundation
import Testing

@testable import ActionPlanKit

@Suite("Merging a plan changed in two clones")
struct PlanMergeTests {
    /// The schema-1 Dudley plan as read today: 13 actions, history up to revision 11.
    static func dudley() throws -> ActionPlan {
        let url = try #require(
            Bundle.module.url(
                forResource: "schema1-dudley-2012", withExtension: "json", subdirectory: "Fixtures"))
        return try PlanCoding.decode(try Data(contentsOf: url), path: "dudley-2012.json")
    }

    static func changed(
        _ plan: ActionPlan, _ update: ActionUpdate, _ id: String, by: String, recorded: String
    ) throws -> ActionPlan {
        var plan = plan
        try plan.apply(
            update, to: [try #require(ActionID(id))],
            author: ChangeAuthor(by: by, on: CalendarDay(iso: "2016-07-01")!, recorded: recorded))
        return plan
    }

    static func bytes(_ plan: ActionPlan) throws -> Data { try PlanCoding.encode(plan) }

    @Test("Changes to different actions merge with no conflict, both histories kept and renumbered")
    func differentActions() throws {
        let base = try Self.dudley()
        let ours = try Self.changed(
            base, ActionUpdate(owner: "Ann Lee"), "2", by: "Ann", recorded: "2026-12-01T10:00:00Z")
        let theirs = try Self.changed(
            base, ActionUpdate(status: .inProgress, note: "Started"), "5", by: "Bob",
            recorded: "2026-12-01T09:00:00Z")
        let outcome = try PlanMerge.merge(
            base: Self.bytes(base), ours: Self.bytes(ours), theirs: Self.bytes(theirs))
        #expect(outcome.conflicts.isEmpty)
        let merged = try PlanCoding.decode(outcome.data, path: "merged")
        #expect(merged.action(ActionID("2")!)?.owner == "Ann Lee")
        #expect(merged.action(ActionID("5")!)?.status == .inProgress)
        // Bob recorded first, so his change is the first new revision in both clones.
        #expect(merged.revision == base.revision + 2)
        #expect(merged.action(ActionID("5")!)?.history.last?.revision == base.revision + 1)
        #expect(merged.action(ActionID("2")!)?.history.last?.revision == base.revision + 2)
        let otherWay = try PlanMerge.merge(
            base: Self.bytes(base), ours: Self.bytes(theirs), theirs: Self.bytes(ours))
        #expect(otherWay.data == outcome.data)
        #expect(outcome.commands == (1, 1))
    }

    @Test(
        "The same field changed two ways is a conflict, marked where it is, and the file is refused until chosen"
    )
    func sameField() throws {
        let base = try Self.dudley()
        let ours = try Self.changed(
            base, ActionUpdate(owner: "Carol"), "2", by: "Ann", recorded: "2026-12-01T10:00:00Z")
        let theirs = try Self.changed(
            base, ActionUpdate(owner: "Dan"), "2", by: "Bob", recorded: "2026-12-01T11:00:00Z")
        let outcome = try PlanMerge.merge(
            base: Self.bytes(base), ours: Self.bytes(ours), theirs: Self.bytes(theirs),
            labels: ("mine", "yours"))
        #expect(
            outcome.conflicts.map(\.description) == [
                #"action 2: owner: "Carol" here, "Dan" in the other change"#
            ])
        let text = String(decoding: outcome.data, as: UTF8.self)
        #expect(
            text.contains(
                "<<<<<<< mine\n          \"owner\" : \"Carol\",\n=======\n          \"owner\" : \"Dan\",\n>>>>>>> yours\n"
            ))
        #expect(text.components(separatedBy: "<<<<<<<").count == 2)
        #expect(throws: StoreError.self) { try PlanCoding.decode(outcome.data, path: "merged") }
    }

    @Test("A change both clones already hold is kept once")
    func sharedChange() throws {
        let base = try Self.dudley()
        let shared = try Self.changed(
            base, ActionUpdate(note: "Board told"), "1", by: "Ann", recorded: "2026-12-01T10:00:00Z")
        let theirs = try Self.changed(
            shared, ActionUpdate(owner: "Dan"), "3", by: "Bob", recorded: "2026-12-01T11:00:00Z")
        let outcome = try PlanMerge.merge(
            base: Self.bytes(base), ours: Self.bytes(shared), theirs: Self.bytes(theirs))
        #expect(outcome.conflicts.isEmpty)
        // The shared note is one revision, not two: the merged file is the later clone's, byte for byte.
        #expect(outcome.data == (try Self.bytes(theirs)))
    }

    @Test("A schema-1 ancestor merges with schema-2 changes")
    func schemaOneBase() throws {
        let url = try #require(
            Bundle.module.url(
                forResource: "schema1-dudley-2012", withExtension: "json", subdirectory: "Fixtures"))
        let baseBytes = try Data(contentsOf: url)
        let base = try Self.dudley()
        let ours = try Self.changed(
            base, ActionUpdate(measure: "Audit"), "4", by: "Ann", recorded: "2026-12-01T10:00:00Z")
        let theirs = try Self.changed(
            base, ActionUpdate(evidence: "Minutes"), "4", by: "Bob", recorded: "2026-12-01T11:00:00Z")
        let outcome = try PlanMerge.merge(base: baseBytes, ours: Self.bytes(ours), theirs: Self.bytes(theirs))
        #expect(outcome.conflicts.isEmpty)
        let merged = try PlanCoding.decode(outcome.data, path: "merged")
        #expect(merged.action(ActionID("4")!)?.measure == "Audit")
        #expect(merged.action(ActionID("4")!)?.evidence == "Minutes")
        #expect(merged.schemaVersion == ActionPlan.currentSchemaVersion)
    }
}

@Suite("Merging an undo")
struct PlanMergeUndoTests {
    @Test("an undo renumbered by a merge still names the revision it reverts, renumbered too")
    func undoRenumbered() throws {
        let base = try PlanMergeTests.dudley()
        var ours = try PlanMergeTests.changed(
            base, ActionUpdate(owner: "Ann Lee"), "2", by: "Ann", recorded: "2026-12-01T10:00:00Z")
        try ours.undo(
            author: ChangeAuthor(
                by: "Ann", on: CalendarDay(iso: "2016-07-01")!, recorded: "2026-12-01T10:05:00Z"))
        let theirs = try PlanMergeTests.changed(
            base, ActionUpdate(status: .inProgress, note: "Started"), "5", by: "Bob",
            recorded: "2026-12-01T09:00:00Z")
        let outcome = try PlanMerge.merge(
            base: PlanMergeTests.bytes(base), ours: PlanMergeTests.bytes(ours),
            theirs: PlanMergeTests.bytes(theirs))
        #expect(outcome.conflicts.isEmpty)
        let merged = try PlanCoding.decode(outcome.data, path: "merged")
        let history = try #require(merged.action(ActionID("2")!)?.history.suffix(2))
        // Bob's command came first, so Ann's update is base + 2 and her undo base + 3, undoing base + 2.
        #expect(history.map(\.revision) == [base.revision + 2, base.revision + 3])
        #expect(history.last?.undoes == base.revision + 2)
        #expect(merged.action(ActionID("2")!)?.owner == base.action(ActionID("2")!)?.owner)
    }
}
