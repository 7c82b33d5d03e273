import Foundation
import Testing

@testable import ActionPlanKit

@Suite("Plan sheet import: refusing bad sheets")
struct SheetValidationTests {
    typealias F = ExchangeFixtures

    /// One edit to the exported sheet and the single message the import must refuse it with.
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var edit: @Sendable (inout [[String]]) -> Void
        var message: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "impossible date", edit: { $0[3][F.column("Due")] = "2012-02-30" },
            message: "row 4, column \"Due\": '2012-02-30' is not a date (YYYY-MM-DD or DD/MM/YYYY)"),
        Case(
            name: "American date", edit: { $0[4][F.column("Due")] = "12/31/2013" },
            message: "row 5, column \"Due\": '12/31/2013' is not a date (YYYY-MM-DD or DD/MM/YYYY)"),
        Case(
            name: "two-digit year", edit: { $0[4][F.column("Due")] = "31/12/13" },
            message: "row 5, column \"Due\": '31/12/13' is not a date (YYYY-MM-DD or DD/MM/YYYY)"),
        Case(
            name: "due date moved without a reason", edit: { $0[2][F.column("Due")] = "2013-10-31" },
            message:
                "row 3, column \"Due\": moving the due date from 2013-09-04 to 2013-10-31 needs a reason "
                + "in the \"Reason\" column"),
        Case(
            name: "due date removed", edit: { $0[2][F.column("Due")] = "" },
            message:
                "row 3, column \"Due\": a due date cannot be removed, only moved; put back 2013-09-04 or "
                + "give a new date"),
        Case(
            name: "unknown status", edit: { $0[1][F.column("Status")] = "done" },
            message: "row 2, column \"Status\": 'done' is not a status; expected one of not-started, "
                + "in-progress, blocked, completed, signed-off, dropped"),
        Case(
            name: "empty status", edit: { $0[1][F.column("Status")] = " " },
            message: "row 2, column \"Status\": empty; expected one of not-started, in-progress, blocked, "
                + "completed, signed-off, dropped"),
        Case(
            name: "signed off before completion", edit: { $0[1][F.column("Status")] = "signed off" },
            message: "row 2, column \"Status\": 'signed-off' is not allowed while the action is in-progress: "
                + "only a completed action can be signed off; set it to completed first"),
        Case(
            name: "dropped without a reason", edit: { $0[3][F.column("Status")] = "dropped" },
            message: "row 4, column \"Status\": 'dropped' needs a reason in the \"Reason\" column"),
        Case(
            name: "cost not money", edit: { $0[3][F.column("Cost")] = "about 5k" },
            message: "row 4, column \"Cost\": 'about 5k' is not an amount of money (e.g. 12500, 12,500.50 or "
                + "£12,500)"),
        Case(
            name: "cost removed", edit: { $0[2][F.column("Cost")] = "" },
            message:
                "row 3, column \"Cost\": a cost cannot be removed, only changed; put back 12500.00 or give "
                + "a new amount"),
        Case(
            name: "action emptied", edit: { $0[2][F.column("Action")] = "  " },
            message: "row 3, column \"Action\": the action's wording cannot be empty"),
        Case(
            name: "unknown ID", edit: { $0[4][F.column("ID")] = "42" },
            message: "row 5, column \"ID\": plan 'cumbria-2013' has no action 42; did you mean 4?"),
        Case(
            name: "not an ID", edit: { $0[4][F.column("ID")] = "4a" },
            message: "row 5, column \"ID\": '4a' is not an action ID (a whole number such as 3)"),
        Case(
            name: "empty ID", edit: { $0[4][F.column("ID")] = "" },
            message: "row 5, column \"ID\": empty; every row needs the ID of the action it updates (import "
                + "cannot add actions)"),
        Case(
            name: "duplicate ID", edit: { $0[4][F.column("ID")] = "2" },
            message: "row 5, column \"ID\": action 2 is already on row 3; each action may appear only once"),
        Case(
            name: "short row", edit: { $0[3].removeLast(3) },
            message:
                "row 4: 14 cells, but the header has 17; the row was split or cut short, or a cell holds "
                + "an unquoted comma"),
        Case(
            name: "extra filled cell", edit: { $0[2].append("stray") },
            message:
                "row 3: 18 cells, but the header has 17; the row was split or cut short, or a cell holds "
                + "an unquoted comma"),
        Case(
            name: "two owner columns", edit: { $0[0][F.column("Note")] = "Owner" },
            message:
                "row 1, column \"Owner\": column \"Lead/Owner\" already holds Lead/Owner; keep only one of "
                + "them"),
        Case(
            name: "no ID column", edit: { $0[0][F.column("ID")] = "Key" },
            message: "row 1: no \"ID\" column; keep the ID column from 'actionplan export' so rows can be "
                + "matched to actions"),
    ]

    @Test("a bad cell refuses the sheet with a message naming row and column", arguments: cases)
    func refused(_ testCase: Case) {
        #expect(F.problems(F.sheet(testCase.edit)) == [testCase.message])
    }

    @Test("every problem in the sheet is reported at once, and the message says nothing was imported")
    func allProblems() throws {
        let text = F.sheet {
            $0[1][F.column("Due")] = "tomorrow"
            $0[3][F.column("Cost")] = "lots"
            $0[4][F.column("ID")] = "9"
        }
        let error = try #require(throws: ExchangeError.self) { try F.importing(text) }
        #expect(
            error.description == """
                the sheet has 3 problems; nothing was imported:
                  row 2, column "Due": 'tomorrow' is not a date (YYYY-MM-DD or DD/MM/YYYY)
                  row 4, column "Cost": 'lots' is not an amount of money (e.g. 12500, 12,500.50 or £12,500)
                  row 5, column "ID": plan 'cumbria-2013' has no action 9; did you mean 4?
                """)
    }

    @Test("the header the user wrote names the column in messages")
    func userHeaderInMessages() {
        let text = "ID,Due date\r\n3,31-12-2013\r\n"
        #expect(
            F.problems(text) == [
                "row 2, column \"Due date\": '31-12-2013' is not a date (YYYY-MM-DD or DD/MM/YYYY)"
            ])
    }

    @Test("an empty file or one with only blank lines is refused")
    func empty() {
        #expect(F.problems("") == [ExchangeError.emptySheet.description])
        #expect(F.problems("\r\n,,\r\n") == [ExchangeError.emptySheet.description])
    }

    @Test("a moved due date with a reason, and a dropped action with a reason, are accepted")
    func reasons() throws {
        let result = try F.importing(
            F.sheet {
                $0[2][F.column("Due")] = "31/10/2013"
                $0[2][F.column("Reason")] = "Budget approval in October"
                $0[3][F.column("Status")] = "Dropped"
                $0[3][F.column("Reason")] = "Covered by action 1"
            })
        #expect(
            result.diff == [
                "action 2: due: 2013-09-04 → 2013-10-31",
                "action 2: reason: \"Budget approval in October\"",
                "action 3: status: not-started → dropped",
                "action 3: reason: \"Covered by action 1\"",
            ])
    }

    @Test("a reason with nothing to explain, and a note already recorded, are warned about, not applied")
    func idleReasonAndRepeatedNote() throws {
        let result = try F.importing(
            F.sheet {
                $0[3][F.column("Reason")] = "because"
                $0[1][F.column("Note")] = "Strategy meetings now daily"
            })
        #expect(result.isEmpty)
        #expect(
            result.warnings.map(\.description) == [
                "row 2, column \"Note\": already recorded as the latest note; not added again",
                "row 4, column \"Reason\": ignored, as nothing else on the row changes",
            ])
    }

    @Test("a sheet from another plan is refused, though its IDs exist in this one")
    func anotherPlansSheet() {
        let text = F.sheet { rows in
            let column = F.column("Recommendation")
            for index in 1...3 { rows[index][column] = "recommendation \(index) of another report" }
            rows[2][F.column("Lead/Owner")] = "Ravi Patel"
        }
        #expect(
            F.problems(text) == [
                "column \"Recommendation\": the recommendations on 3 of 4 rows differ from plan "
                    + "'cumbria-2013'; the sheet seems to come from another plan (export a fresh one with "
                    + "'actionplan export cumbria-2013')"
            ])
    }

    @Test("cells under a column with no header are warned about once, not silently dropped")
    func unnamedColumn() throws {
        let text = "ID,,Owner\r\n1,,Head of Safeguarding\r\n2,call Ravi,\r\n3,and Ann,\r\n"
        let result = try F.importing(text)
        #expect(result.isEmpty)
        #expect(
            result.warnings.map(\.description) == [
                "the sheet has no \"Revision\" column, so changes made to the plan since it was exported "
                    + "cannot be told from edits in the sheet",
                "row 3: column B has no header, so its cells are ignored",
                "action 4 is not in the sheet and is left as it is",
            ])
    }

    @Test(
        "columns are named by letter as a spreadsheet shows them",
        arguments: [
            (0, "A"), (1, "B"), (25, "Z"), (26, "AA"), (27, "AB"), (51, "AZ"), (52, "BA"), (701, "ZZ"),
            (702, "AAA"),
        ])
    func letters(index: Int, letter: String) {
        #expect(SheetLayout.letter(of: index) == letter)
    }
}
