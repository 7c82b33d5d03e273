import Foundation
import Testing

@testable import ActionPlanKit

@Suite("Plan sheet import: changes made since the export")
struct SheetConflictTests {
    typealias F = ExchangeFixtures

    static let ann = ChangeAuthor(by: "Ann", on: F.day("2013-06-30"), recorded: "2013-06-30T10:00:00Z")

    /// The fixture plan after Ann, working in `actionplan`, gave action 2 an owner and action 4 a due date.
    static var laterPlan: ActionPlan {
        var plan = F.plan
        try! plan.apply(ActionUpdate(owner: "Ann Jones"), to: [ActionID(2)!], author: ann)
        try! plan.apply(ActionUpdate(due: F.day("2014-01-31")), to: [ActionID(4)!], author: ann)
        return plan
    }

    /// Imports a sheet exported from the fixture plan (revision 1) into ``laterPlan``.
    static func importing(_ edit: (inout [[String]]) -> Void) throws(ExchangeError) -> SheetImport {
        try PlanSheet.importing(text: F.sheet(edit), into: laterPlan, asOf: F.today)
    }

    @Test("cells left as exported do not undo later changes, and other edits still apply")
    func untouchedCellsKeepLaterChanges() throws {
        let result = try Self.importing { $0[3][F.column("Measure")] = "Audit of 20 plans" }
        #expect(result.diff == ["action 3: measure: (none) → \"Audit of 20 plans\""])
        #expect(result.warnings.isEmpty)
    }

    @Test("a cell edited in the sheet and changed in the plan since is refused, naming who changed it")
    func conflict() {
        let error = #expect(throws: ExchangeError.self) {
            try Self.importing { $0[2][F.column("Lead/Owner")] = "Ravi Patel" }
        }
        guard case .invalidSheet(let found) = error else { return }
        let problems = found.map(\.description)
        #expect(
            problems == [
                "row 3, column \"Lead/Owner\": changed in the plan by Ann on 2013-06-30 (revision 2) after "
                    + "this sheet was exported at revision 1; export a fresh sheet and make the change there"
            ])
    }

    @Test("importing the same sheet twice changes nothing the second time")
    func idempotent() throws {
        var plan = F.plan
        let text = F.sheet { $0[3][F.column("Lead/Owner")] = "Jane Smith" }
        try plan.apply(try PlanSheet.importing(text: text, into: plan, asOf: F.today), author: F.author)
        #expect(plan.revision == 2)
        let again = try PlanSheet.importing(text: text, into: plan, asOf: F.today)
        #expect(again.isEmpty)
        #expect(again.warnings.isEmpty)
    }

    @Test(
        "a Revision cell that cannot be the plan's is refused",
        arguments: [
            (
                "not a number", "two",
                "row 2, column \"Revision\": 'two' is not a revision number; put back the "
                    + "number the export wrote"
            ),
            (
                "ahead of the plan", "9",
                "row 2, column \"Revision\": the sheet was exported at revision 9, but plan "
                    + "'cumbria-2013' is only at revision 1; it seems to come from another copy of the plan"
            ),
        ])
    func badRevision(name: String, cell: String, message: String) {
        let text = F.sheet { $0[1][F.column("Revision")] = cell }
        #expect(F.problems(text) == [message], "case: \(name)")
    }
}
