import Foundation
import Testing

@testable import ActionPlanKit

@Suite("Plan sheet export")
struct PlanSheetExportTests {
    @Test("the header has the columns a council tracker uses, then empty Reason and Note")
    func header() {
        #expect(
            ExchangeFixtures.rows[0] == [
                "ID", "No.", "Section", "Recommendation", "Action", "Lead/Owner", "Due", "Original due",
                "Status",
                "RAG", "Progress", "Measure", "Evidence", "Cost", "Reason", "Note", "Revision",
            ])
    }

    @Test("one row per action, in plan order, with the values an officer sees")
    func rows() {
        let rows = ExchangeFixtures.rows
        #expect(rows.count == 5)
        #expect(
            rows[1] == [
                "1", "1", "", "ensure that strategy discussions are held promptly",
                "ensure that strategy discussions are held promptly", "Head of Safeguarding", "2013-06-04",
                "2013-06-04", "in-progress", "red", "Strategy meetings now daily", "", "", "", "", "", "1",
            ])
        #expect(rows[2][ExchangeFixtures.column("Cost")] == "12500.00")
        #expect(rows[2][ExchangeFixtures.column("Section")] == "Safeguarding")
        #expect(rows[4][ExchangeFixtures.column("Due")] == "")
        #expect(rows[4][ExchangeFixtures.column("RAG")] == "none")
        #expect(rows.dropFirst().map { $0[ExchangeFixtures.column("Note")] } == ["", "", "", ""])
    }

    @Test("the CSV file reads back as exactly the exported rows")
    func csvRoundTrip() throws {
        let data = PlanSheet.csv(of: ExchangeFixtures.plan, asOf: ExchangeFixtures.today)
        #expect(try CSV.records(in: data).map(\.fields) == ExchangeFixtures.rows)
    }

    @Test("an unedited export imports as no change and no warning")
    func unchanged() throws {
        let result = try ExchangeFixtures.importing(ExchangeFixtures.sheet())
        #expect(result.isEmpty)
        #expect(result.diff.isEmpty)
        #expect(result.warnings.isEmpty)
    }

    @Test("JSON export is the plan file itself")
    func json() throws {
        let plan = ExchangeFixtures.plan
        let data = try PlanExport.data(of: plan, as: .json, asOf: ExchangeFixtures.today, stamp: Date())
        #expect(data == (try PlanCoding.encode(plan)))
        #expect(try PlanCoding.decode(data, path: "x.json") == plan)
    }

    @Test("every format has its usual extension", arguments: ExportFormat.allCases)
    func extensions(format: ExportFormat) {
        let expected: [ExportFormat: String] = [
            .csv: "csv", .ics: "ics", .markdown: "md", .json: "json", .xlsx: "xlsx",
        ]
        #expect(format.fileExtension == expected[format])
    }
}
