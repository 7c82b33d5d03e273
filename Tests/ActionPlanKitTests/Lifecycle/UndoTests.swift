import Testing

@testable import ActionPlanKit

@Suite("Undo")
struct UndoTests {
    @Test("undo reverts every entry of the last revision and records itself as a new one")
    func revertsLastRevision() throws {
        var plan = freshPlan()
        try plan.apply(ActionUpdate(status: .inProgress), to: ids(1), author: author())
        try plan.apply(
            ActionUpdate(owner: "Head of Service", note: "assigned"), to: ids(1, 2), author: author())
        let undone = try plan.undo(author: author("2012-01-20", by: "a.jones"))
        #expect(undone.revision == 2)
        #expect(undone.entries.count == 2)
        #expect(plan.revision == 3)
        #expect(plan.actions.map(\.owner) == [nil, nil, nil])
        #expect(plan.action(ActionID(1)!)?.status == .inProgress, "revision 1 is untouched")
        let entry = try #require(plan.action(ActionID(1)!)?.history.last)
        #expect(entry.revision == 3)
        #expect(entry.by == "a.jones")
        #expect(entry.undoes == 2)
        #expect(entry.note == nil, "an undo is not progress commentary")
        #expect(entry.changes == [FieldChange(field: .owner, from: "Head of Service", to: nil)])
        #expect(plan.action(ActionID(1)!)?.history.count == 3, "nothing is deleted from history")
        #expect(PlanCheck.consistency(of: plan).isEmpty)
    }

    @Test("undoing an undo restores the change, and the history keeps all three")
    func undoUndo() throws {
        var plan = freshPlan()
        try plan.apply(
            ActionUpdate(due: CalendarDay(iso: "2012-07-31"), reason: "delay"), to: ids(1), author: author())
        let changed = plan
        try plan.undo(author: author())
        #expect(plan.action(ActionID(1)!)?.due?.description == "2012-03-09")
        try plan.undo(author: author())
        #expect(plan.action(ActionID(1)!)?.due == changed.action(ActionID(1)!)?.due)
        #expect(plan.action(ActionID(1)!)?.originalDue?.description == "2012-03-09")
        #expect(plan.action(ActionID(1)!)?.history.map(\.revision) == [1, 2, 3])
        #expect(PlanCheck.consistency(of: plan).isEmpty)
    }

    @Test("undoing a first due date clears the original due date with it")
    func undoFirstDue() throws {
        var plan = freshPlan()
        try plan.apply(ActionUpdate(due: CalendarDay(iso: "2012-09-30")), to: ids(3), author: author())
        try plan.undo(author: author())
        #expect(plan.action(ActionID(3)!)?.due == nil)
        #expect(plan.action(ActionID(3)!)?.originalDue == nil)
        try plan.apply(ActionUpdate(due: CalendarDay(iso: "2012-10-31")), to: ids(3), author: author())
        #expect(plan.action(ActionID(3)!)?.originalDue?.description == "2012-10-31", "not a reschedule")
    }

    @Test("undo ignores the workflow rules, since going back is always allowed")
    func undoSignOff() throws {
        var plan = freshPlan()
        try plan.apply(ActionUpdate(status: .completed), to: ids(1), author: author())
        try plan.apply(ActionUpdate(status: .signedOff), to: ids(1), author: author())
        try plan.undo(author: author())
        #expect(plan.action(ActionID(1)!)?.status == .completed)
    }

    @Test("a plan with no recorded changes has nothing to undo")
    func nothingToUndo() {
        var plan = freshPlan()
        #expect(throws: PlanError.nothingToUndo(PlanName("dudley")!)) { try plan.undo(author: author()) }
        #expect(plan == freshPlan())
    }

    @Test("any sequence of updates and undos keeps history consistent and replays to the stored plan")
    func randomSequences() throws {
        var generator = SplitMix(seed: 2012)
        let statuses = ActionStatus.allCases
        for _ in 0..<40 {
            var plan = freshPlan()
            for step in 0..<30 {
                let day = CalendarDay(iso: "2012-01-01")!.adding(days: step)
                let who = ChangeAuthor(by: "u\(step % 3)", on: day, recorded: "\(day)T09:00:00Z")
                if generator.next() % 5 == 0 {
                    _ = try? plan.undo(author: who)
                    continue
                }
                var update = ActionUpdate(note: generator.next() % 2 == 0 ? "step \(step)" : nil)
                switch generator.next() % 5 {
                case 0: update.status = statuses[Int(generator.next() % UInt64(statuses.count))]
                case 1: update.owner = ["", "A", "B"][Int(generator.next() % 3)]
                case 2: update.due = day.adding(days: Int(generator.next() % 90))
                case 3: update.measure = ["", "m1", "m2"][Int(generator.next() % 3)]
                default: update.cost = Money(pence: Int(generator.next() % 100_000))
                }
                update.reason = generator.next() % 4 == 0 ? nil : "why \(step)"
                let targets = ids(1, 2, 3).filter { _ in generator.next() % 2 == 0 }
                _ = try? plan.apply(update, to: targets.isEmpty ? ids(2) : targets, author: who)
            }
            #expect(PlanCheck.consistency(of: plan).isEmpty)
            #expect(plan.asOf(CalendarDay(iso: "2013-01-01")!) == plan)
        }
    }
}

/// A small deterministic random number generator, so a failing sequence can be replayed.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
