import Foundation
import Testing

@testable import ActionPlanKit

@Suite("Applying an imported sheet")
struct SheetApplyTests {
    typealias F = ExchangeFixtures

    @Test("changes to several actions are applied as one revision, each recorded in history")
    func oneRevision() throws {
        let sheet = try F.importing(
            F.sheet {
                $0[2][F.column("Lead/Owner")] = "Ravi Patel"
                $0[3][F.column("Status")] = "in progress"
                $0[3][F.column("Note")] = "Audit tool drafted"
            })
        var plan = F.plan
        let entries = try plan.apply(sheet, author: F.author)
        #expect(plan.revision == 2)
        #expect(entries.map(\.revision) == [2, 2])
        #expect(plan.action(ActionID(2)!)?.owner == "Ravi Patel")
        #expect(plan.action(ActionID(3)!)?.status == .inProgress)
        let entry = try #require(plan.action(ActionID(3)!)?.history.last)
        #expect(entry.by == "Jane Smith")
        #expect(entry.on == F.day("2013-07-01"))
        #expect(entry.note == "Audit tool drafted")
        #expect(entry.changes == [FieldChange(field: .status, from: "not-started", to: "in-progress")])
        #expect(plan.action(ActionID(1)!) == F.plan.action(ActionID(1)!))
    }

    @Test("the plan as of the day before the import is the plan before it")
    func history() throws {
        let sheet = try F.importing(F.sheet { $0[4][F.column("Due")] = "2014-03-31" })
        var plan = F.plan
        try plan.apply(sheet, author: F.author)
        #expect(plan.asOf(F.day("2013-06-30")) == F.plan)
        #expect(plan.action(ActionID(4)!)?.due == F.day("2014-03-31"))
        #expect(plan.action(ActionID(4)!)?.originalDue == F.day("2014-03-31"))
    }

    @Test("when the plan changed after the sheet was read and a rule now refuses, nothing is applied")
    func allOrNothing() throws {
        let sheet = try F.importing(
            F.sheet {
                $0[2][F.column("Lead/Owner")] = "Ravi Patel"
                $0[4][F.column("Due")] = "2014-03-31"
            })
        var plan = F.plan
        try plan.apply(
            ActionUpdate(due: F.day("2014-01-31")), to: [ActionID(4)!],
            author: ChangeAuthor(by: "Ann", on: F.day("2013-06-30"), recorded: "2013-06-30T10:00:00Z"))
        let before = plan
        #expect(throws: PlanError.self) { try plan.apply(sheet, author: F.author) }
        #expect(plan == before)
    }

    @Test("a sheet that changes nothing records nothing")
    func noChange() throws {
        var plan = F.plan
        let entries = try plan.apply(try F.importing(F.sheet()), author: F.author)
        #expect(entries.isEmpty)
        #expect(plan == F.plan)
    }
}
