import Foundation
import Testing

@testable import ActionPlanKit

@Suite("Plan sheet import")
struct PlanSheetImportTests {
    typealias F = ExchangeFixtures

    @Test("a new owner becomes an owner update with a one-line diff")
    func ownerChange() throws {
        let result = try F.importing(F.sheet { $0[3][F.column("Lead/Owner")] = "Jane Smith" })
        #expect(result.diff == ["action 3: owner: (none) → \"Jane Smith\""])
        #expect(result.changes.map(\.id) == [ActionID(3)!])
        #expect(result.changes.first?.row == 4)
        #expect(result.changes.first?.update == ActionUpdate(owner: "Jane Smith"))
    }

    @Test("every editable column becomes part of the action's update")
    func everyField() throws {
        let result = try F.importing(
            F.sheet {
                $0[1][F.column("Status")] = "Completed"
                $0[1][F.column("Lead/Owner")] = ""
                $0[1][F.column("Due")] = "30/06/2013"
                $0[1][F.column("Reason")] = "Waiting for the new rota"
                $0[1][F.column("Action")] = "Hold strategy meetings within a day"
                $0[1][F.column("Measure")] = "95% within 24 hours"
                $0[1][F.column("Evidence")] = "Audit, June 2013"
                $0[1][F.column("Cost")] = "£1,250.50"
                $0[1][F.column("Note")] = "Rota agreed with police"
            })
        #expect(
            result.diff == [
                "action 1: status: in-progress → completed",
                "action 1: owner: \"Head of Safeguarding\" → (none)",
                "action 1: due: 2013-06-04 → 2013-06-30",
                "action 1: action: \"ensure that strategy discussions are held promptly\" → "
                    + "\"Hold strategy meetings within a day\"",
                "action 1: measure: (none) → \"95% within 24 hours\"",
                "action 1: evidence: (none) → \"Audit, June 2013\"",
                "action 1: cost: (none) → £1,250.50",
                "action 1: note: \"Rota agreed with police\"",
                "action 1: reason: \"Waiting for the new rota\"",
            ])
        #expect(
            result.changes.first?.update
                == ActionUpdate(
                    status: .completed, owner: "", due: F.day("2013-06-30"),
                    action: "Hold strategy meetings within a day", measure: "95% within 24 hours",
                    evidence: "Audit, June 2013", cost: Money(pence: 125_050),
                    note: "Rota agreed with police",
                    reason: "Waiting for the new rota"))
    }

    @Test("rows are matched by ID, whatever order the rows and columns are in")
    func reordered() throws {
        let original = F.rows
        let order = ["Note", "Lead/Owner", "ID", "Due", "Revision"].map(F.column)
        var rows = [original[0]] + original.dropFirst().reversed()
        rows = rows.map { row in order.map { row[$0] } }
        rows[0][1] = "Lead officer"
        rows[0][3] = "DUE DATE"
        rows[0].append("Comments from finance")
        for index in rows.indices.dropFirst() { rows[index].append("n/a") }
        let owner = rows.firstIndex { $0[2] == "2" }!
        rows[owner][1] = "Ravi Patel"
        let result = try F.importing(CSV.text(rows))
        #expect(result.diff == ["action 2: owner: (none) → \"Ravi Patel\""])
        #expect(result.changes.first?.row == owner + 1)
        #expect(
            result.warnings.map(\.description) == [
                "row 1, column \"Comments from finance\": not a column actionplan reads; ignored"
            ])
    }

    @Test(
        "header variants name the same column",
        arguments: [
            ("Owner", SheetColumn.owner), ("Lead officer", .owner), ("LEAD / OWNER", .owner),
            ("Due date", .due),
            ("by when", .due), ("No", .number), ("Cost (£)", .cost), ("RAG rating", .rag), ("Notes", .note),
            ("Success measure", .measure), ("Action ID", .id),
        ])
    func headerVariants(header: String, column: SheetColumn) {
        #expect(SheetColumn(header: header) == column)
    }

    @Test("a sheet with only some columns changes only those fields, and says which actions it left out")
    func missingColumns() throws {
        let text = "ID,Owner\r\n2,Ravi Patel\r\n1,Head of Safeguarding\r\n"
        let result = try F.importing(text)
        #expect(result.changes.map(\.update) == [ActionUpdate(owner: "Ravi Patel")])
        #expect(
            result.warnings.map(\.description) == [
                "the sheet has no \"Revision\" column, so changes made to the plan since it was exported "
                    + "cannot be told from edits in the sheet",
                "actions 3, 4 are not in the sheet and are left as they are",
            ])
    }

    @Test("what Excel does to a sheet on saving is not a change")
    func excelResave() throws {
        let text = F.sheet { rows in
            rows[1][F.column("Due")] = "04/06/2013"
            rows[1][F.column("Original due")] = "4/6/2013 00:00"
            rows[1][F.column("Status")] = "In progress"
            rows[1][F.column("RAG")] = "Red"
            rows[2][F.column("Cost")] = "12500"
            rows[2][F.column("Recommendation")] += "  "
            rows[1][F.column("Progress")] = "Strategy meetings now daily\r\n"
        }
        let result = try F.importing(text)
        #expect(result.diff == [])
        #expect(result.warnings == [])
    }

    @Test("read-only columns that were edited are ignored with a warning naming row and column")
    func readOnly() throws {
        let result = try F.importing(
            F.sheet {
                $0[2][F.column("Recommendation")] = "something else"
                $0[2][F.column("RAG")] = "Red"
                $0[3][F.column("No.")] = "9"
                $0[3][F.column("Progress")] = "going well"
                $0[3][F.column("Original due")] = "2014-01-01"
                $0[4][F.column("RAG")] = "R"
                $0[1][F.column("RAG")] = ""
            })
        #expect(result.isEmpty)
        #expect(
            result.warnings.map(\.description) == [
                "row 3, column \"Recommendation\": edits are ignored: the recommendation stays as the report "
                    + "words it; reword the \"Action\" column instead",
                "row 3, column \"RAG\": 'Red' is ignored: RAG is worked out from status and dates "
                    + "(now green: on track, due 2013-09-04)",
                "row 4, column \"No.\": edits are ignored: the recommendation's number comes from the report",
                "row 4, column \"Original due\": edits are ignored: the original due date stays as first "
                    + "set; change \"Due\" instead",
                "row 4, column \"Progress\": edits are ignored: this column shows the latest note; write new "
                    + "progress in the \"Note\" column",
                "row 5, column \"RAG\": 'R' is ignored: RAG is worked out from status and dates "
                    + "(now none: no due date yet)",
            ])
    }

    @Test("a sheet Excel saved as plain CSV (Windows-1252) imports with its accents intact")
    func windows1252() throws {
        let text = F.sheet { $0[3][F.column("Lead/Owner")] = "Zoë Brontë" }
        var bytes: [UInt8] = []
        for scalar in text.unicodeScalars {
            bytes.append(UInt8(truncatingIfNeeded: scalar.value))
            #expect(scalar.value < 0x80 || scalar.value == 0xEB, "the sheet must fit Latin-1 for this test")
        }
        let result = try PlanSheet.importing(Data(bytes), into: F.plan, asOf: F.today)
        #expect(result.diff == ["action 3: owner: (none) → \"Zoë Brontë\""])
    }

    @Test("values a spreadsheet would run as formulas survive export and import unchanged")
    func formulas() throws {
        var plan = F.plan
        plan.actions[1].owner = "=HYPERLINK(\"http://evil\",\"click\")"
        plan.actions[2].measure = "-10% repeat referrals"
        plan.actions[3].evidence = "@audit"
        let data = PlanSheet.csv(of: plan, asOf: F.today)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains(",\"'=HYPERLINK(\"\"http://evil\"\",\"\"click\"\")\","))
        #expect(text.contains(",'-10% repeat referrals,"))
        let result = try PlanSheet.importing(data, into: plan, asOf: F.today)
        #expect(result.isEmpty)
        #expect(result.warnings.isEmpty)
    }

    @Test("a sheet exported weeks ago shows that day's colours, which are not edits")
    func oldExport() throws {
        let rows = PlanSheet.rows(of: F.plan, asOf: F.day("2013-06-01"))
        #expect(rows[1][F.column("RAG")] == "amber")
        let result = try F.importing(CSV.text(rows))
        #expect(result.isEmpty)
        #expect(result.warnings.isEmpty)
    }
}
