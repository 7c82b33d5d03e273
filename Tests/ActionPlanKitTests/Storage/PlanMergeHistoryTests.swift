import Foundation
import Testing

@testable import ActionPlanKit

/// Merging clones where one or both corrected the plan itself, not only its actions.
@Suite("Merging plan-level history")
struct PlanMergeHistoryTests {
    static func revised(_ plan: ActionPlan, _ edits: [PlanEdit], by: String, recorded: String) throws
        -> ActionPlan
    {
        var plan = plan
        try plan.revise(
            edits, author: ChangeAuthor(by: by, on: CalendarDay(iso: "2012-06-01")!, recorded: recorded))
        return plan
    }

    @Test(
        "a header correction in one clone and an action update in the other merge, both kept and renumbered")
    func headerAndAction() throws {
        let base = try PlanMergeTests.dudley()
        let ours = try Self.revised(
            base, [PlanEdit(.title, to: "Inspection of safeguarding")], by: "Ann",
            recorded: "2026-12-01T10:00:00Z")
        let theirs = try PlanMergeTests.changed(
            base, ActionUpdate(owner: "Bob Ray"), "5", by: "Bob", recorded: "2026-12-01T09:00:00Z")
        let outcome = try PlanMerge.merge(
            base: PlanMergeTests.bytes(base), ours: PlanMergeTests.bytes(ours),
            theirs: PlanMergeTests.bytes(theirs))
        #expect(outcome.conflicts.isEmpty)
        #expect(outcome.commands == (1, 1))
        let merged = try PlanCoding.decode(outcome.data, path: "merged")
        #expect(merged.source.title == "Inspection of safeguarding")
        #expect(merged.action(ActionID("5")!)?.owner == "Bob Ray")
        // Bob recorded first, so his update comes first in both clones.
        #expect(merged.revision == base.revision + 2)
        #expect(merged.action(ActionID("5")!)?.history.last?.revision == base.revision + 1)
        #expect(merged.history.map(\.revision) == [base.revision + 2])
        #expect(merged.history.first?.by == "Ann")
        let otherWay = try PlanMerge.merge(
            base: PlanMergeTests.bytes(base), ours: PlanMergeTests.bytes(theirs),
            theirs: PlanMergeTests.bytes(ours))
        #expect(otherWay.data == outcome.data)
        var undone = merged
        try undone.undo(author: ChangeAuthor(by: "Cy", on: CalendarDay(iso: "2012-06-02")!, recorded: "x"))
        #expect(undone.source.title == nil, "the latest revision after the merge is the header correction")
    }

    @Test("different header fields corrected in two clones merge, both entries kept in the plan's history")
    func twoHeaderFields() throws {
        let base = try PlanMergeTests.dudley()
        let ours = try Self.revised(
            base, [PlanEdit(.meeting, to: "Cabinet")], by: "Ann", recorded: "2026-12-01T10:00:00Z")
        let theirs = try Self.revised(
            base, [PlanEdit(.author, to: "B. Officer")], by: "Bob", recorded: "2026-12-01T11:00:00Z")
        let outcome = try PlanMerge.merge(
            base: PlanMergeTests.bytes(base), ours: PlanMergeTests.bytes(ours),
            theirs: PlanMergeTests.bytes(theirs))
        #expect(outcome.conflicts.isEmpty)
        let merged = try PlanCoding.decode(outcome.data, path: "merged")
        #expect(merged.settings.meeting == "Cabinet")
        #expect(merged.settings.author == "B. Officer")
        #expect(merged.history.map(\.revision) == [base.revision + 1, base.revision + 2])
        #expect(merged.history.map(\.by) == ["Ann", "Bob"])
        #expect(merged.revision == base.revision + 2)
    }

    @Test("the same header field corrected two ways is a conflict that names it")
    func sameHeaderField() throws {
        let base = try PlanMergeTests.dudley()
        let ours = try Self.revised(
            base, [PlanEdit(.published, to: CalendarDay(iso: "2012-01-20"))], by: "Ann",
            recorded: "2026-12-01T10:00:00Z")
        let theirs = try Self.revised(
            base, [PlanEdit(.published, to: CalendarDay(iso: "2012-01-27"))], by: "Bob",
            recorded: "2026-12-01T11:00:00Z")
        let outcome = try PlanMerge.merge(
            base: PlanMergeTests.bytes(base), ours: PlanMergeTests.bytes(ours),
            theirs: PlanMergeTests.bytes(theirs))
        #expect(
            outcome.conflicts.map(\.description) == [
                #"plan: source.published: "2012-01-20" here, "2012-01-27" in the other change"#
            ])
        #expect(throws: StoreError.self) { try PlanCoding.decode(outcome.data, path: "merged") }
    }
}
