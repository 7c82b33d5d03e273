import Foundation
import FoundationXML
import Testing

@testable import ActionPlanKit

@Suite("xlsx workbooks", .serialized)
struct WorkbookTests {
    /// The fixture plan exported as a workbook on 1 July 2013, opened.
    private func exported(_ plan: ActionPlan = ExchangeFixtures.plan) throws -> OfficeParts {
        try OfficeParts(PlanSheet.xlsx(of: plan, asOf: ExchangeFixtures.today))
    }

    @Test("every part is well-formed XML and named in the content types")
    func parts() throws {
        let parts = try exported()
        let paths = parts.zip.entries.map(\.path)
        #expect(paths.first == "[Content_Types].xml")
        let types = try parts.xml("[Content_Types].xml")
        for path in paths where !path.hasSuffix(".rels") && path != "[Content_Types].xml" {
            _ = try parts.xml(path)
            #expect(try types.one("//Override[@PartName='/\(path)']") != nil, "\(path)")
        }
        let relationships = try parts.xml("xl/_rels/workbook.xml.rels").select("//Relationship")
        #expect(
            relationships.compactMap { $0.attribute("Target") }.sorted() == [
                "sharedStrings.xml", "styles.xml", "worksheets/sheet1.xml",
            ])
        #expect(try parts.xml("xl/workbook.xml").one("//sheet")?.attribute("name") == "cumbria-2013")
    }

    @Test("the header row is bold, frozen and filtered")
    func header() throws {
        let sheet = try SheetReading(exported())
        #expect(try sheet.headers() == SheetColumn.allCases.map(\.header))
        #expect(try sheet.cell("A1")?.bold == true)
        #expect(try sheet.cell("A2")?.bold == false)
        let pane = try #require(try sheet.sheet.one("//sheetView/pane"))
        #expect(pane.attribute("state") == "frozen")
        #expect(pane.attribute("ySplit") == "1")
        #expect(pane.attribute("topLeftCell") == "A2")
        #expect(try sheet.sheet.one("//autoFilter")?.attribute("ref") == "A1:Q5")
    }

    @Test("dates are Excel date serials shown dd/mm/yyyy")
    func dates() throws {
        let sheet = try SheetReading(exported())
        // Action 1 is due 4 June 2013: serial 41429 in Excel's 1900 date system.
        let due = try #require(try sheet.cell("G2"))
        #expect(due.value == "41429")
        #expect(due.numberFormat == "dd/mm/yyyy")
        #expect(try sheet.cell("G5") == nil, "action 4 has no due date: its cell is left out")
    }

    @Test(
        "Excel date serials",
        arguments: [
            ("1 March 1900", "1900-03-01", 61), ("1 January 1970", "1970-01-01", 25_569),
            ("9 March 2012", "2012-03-09", 40_977), ("31 December 9999", "9999-12-31", 2_958_465),
        ])
    func serial(name: String, day: String, serial: Int) {
        let calendarDay = CalendarDay(iso: day)!
        #expect(WorkbookCell.serial(of: calendarDay) == serial, "\(name)")
        #expect(WorkbookCell.day(fromSerial: Double(serial)) == calendarDay, "\(name)")
        #expect(WorkbookCell.day(fromSerial: Double(serial) + 0.75) == calendarDay, "\(name), with a time")
    }

    @Test("RAG cells are filled in their colour and carry the word")
    func rag() throws {
        let sheet = try SheetReading(exported())
        // On 1 July 2013 action 1 (due 4 June, in progress) is red; action 2 (due 4 September) green.
        let red = try #require(try sheet.cell("J2"))
        #expect(red.value == "Red")
        #expect(red.fill == "FFB3261E")
        let green = try #require(try sheet.cell("J3"))
        #expect(green.value == "Green")
        #expect(green.fill == "FF2E7D32")
        #expect(try sheet.cell("J5")?.value == "None")
        #expect(try sheet.cell("J5")?.fill == nil)
    }

    @Test("the status column offers the six statuses in a drop-down")
    func statusDropDown() throws {
        let sheet = try SheetReading(exported())
        let validation = try #require(try sheet.sheet.one("//dataValidation"))
        #expect(validation.attribute("type") == "list")
        #expect(validation.attribute("sqref") == "I2:I1048576")
        #expect(
            try validation.one("formula1")?.stringValue
                == "\"not started,in progress,blocked,completed,signed off,dropped\"")
        #expect(try sheet.cell("I2")?.value == "in progress")
        for status in ActionStatus.allCases {
            #expect(SheetCell.status(PlanSheet.statusWord(status)) == status, "import reads \(status)")
        }
    }

    @Test("amounts are numbers shown in pounds, and columns are fitted to their text")
    func costsAndWidths() throws {
        let parts = try exported()
        let sheet = try SheetReading(parts)
        let cost = try #require(try sheet.cell("N3"))
        #expect(cost.value == "12500.00")
        #expect(cost.numberFormat == "\"£\"#,##0.00")
        let widths = try sheet.sheet.select("//cols/col").map { Double($0.attribute("width") ?? "") ?? 0 }
        #expect(widths.count == SheetColumn.allCases.count)
        // "ID" is narrow; the recommendation column is one wider than its longest text, 50 characters.
        #expect(widths[0] < 10)
        #expect(widths[3] == 51)
        var long = ExchangeFixtures.plan
        long.actions[1].action = String(repeating: "word ", count: 40)
        let wide = try SheetReading(exported(long))
        #expect(try wide.sheet.select("//cols/col")[4].attribute("width") == "\(Worksheet.maximumWidth)")
    }

    @Test("text with markup, control characters and look-alike escapes survives as written")
    func hostileText() throws {
        var plan = ExchangeFixtures.plan
        let text = "<b>&amp;</b> \"quoted\"\u{7} bell, _x0041_ literal\r\nnext line"
        plan.actions[0].action = text
        let sheet = try SheetReading(exported(plan))
        let cell = try #require(try sheet.cell("E2"))
        #expect(XMLText.unescapingSpreadsheet(cell.value) == text)
    }

    @Test("tab names are cut, cleaned and made unique as Excel requires")
    func tabNames() {
        #expect(
            Workbook.tabNames(["a/b:c", "A/B:C", String(repeating: "x", count: 40), "", "'quoted'"]) == [
                "a b c", "A B C (2)", String(repeating: "x", count: 31), "Sheet4", "quoted",
            ])
    }
}
