import Foundation
import Testing

@testable import ActionPlanKit

@Suite("xlsx reading")
struct WorkbookReaderTests {
    static func workbook(_ name: String) throws -> Data {
        let url = try #require(
            Bundle.module.url(forResource: name, withExtension: "xlsx", subdirectory: "Fixtures/Workbooks"))
        return try Data(contentsOf: url)
    }

    @Test("a workbook written here reads back as the sheet's rows, dates as YYYY-MM-DD")
    func ownWorkbook() throws {
        let plan = ExchangeFixtures.plan
        let records = try WorkbookReader.rows(PlanSheet.xlsx(of: plan, asOf: ExchangeFixtures.today))
        let csv = PlanSheet.rows(of: plan, asOf: ExchangeFixtures.today)
        #expect(records.map(\.row) == [1, 2, 3, 4, 5])
        let headers = csv[0]
        #expect(records[0].fields == headers)
        func cell(_ row: Int, _ header: String) -> String {
            let fields = records[row].fields
            let index = headers.firstIndex(of: header)!
            return index < fields.count ? fields[index] : ""
        }
        #expect(cell(1, "Due") == "2013-06-04")
        #expect(cell(1, "Status") == "in progress")
        #expect(cell(1, "RAG") == "Red")
        #expect(cell(1, "Progress") == "Strategy meetings now daily")
        #expect(cell(2, "Cost") == "12500")
        #expect(cell(4, "Due") == "")
        #expect(cell(4, "Recommendation") == "the LSCB should audit multi-agency work")
    }

    @Test(
        "workbooks saved by other programs, compressed with deflate, are read cell by cell",
        arguments: ["openpyxl-edited", "libreoffice-saved"])
    func foreign(name: String) throws {
        let records = try WorkbookReader.rows(Self.workbook(name))
        let headers = records[0].fields
        #expect(headers.first == "ID")
        #expect(headers.contains("Lead/Owner"))
        func cell(_ id: String, _ header: String) -> String? {
            let index = headers.firstIndex(of: header)!
            return records.first { $0.fields.first == id }.map {
                index < $0.fields.count ? $0.fields[index] : ""
            }
        }
        // The edits made in the other program: an owner, a note with markup, a due date typed as a date.
        #expect(cell("3", "Lead/Owner") == "Jane Smith")
        #expect(cell("3", "Note") == "Chased <again> & again")
        #expect(cell("4", "Due") == "2012-09-30")
        #expect(cell("4", "Reason") == "Board moved")
        #expect(cell("1", "Original due") == "2012-03-09")
        #expect(records.count == 14)
    }

    @Test(
        "damaged and foreign files are refused with a reason",
        arguments: [
            ("a zip with no workbook", "word/document.xml", "<w:document/>", "no Excel workbook"),
            (
                "markup that is not XML", "xl/workbook.xml", "<workbook><sheets><sheet r:id=\"rId1\"",
                "xl/workbook.xml"
            ),
            (
                "an OpenDocument spreadsheet", "mimetype", "application/vnd.oasis.opendocument.spreadsheet",
                "(.ods)"
            ),
            ("a workbook with no sheet", "xl/workbook.xml", "<workbook><sheets/></workbook>", "no worksheet"),
        ])
    func refused(name: String, path: String, xml: String, words: String) throws {
        var zip = ZipWriter()
        try zip.add(path, text: xml)
        let data = try zip.finish()
        do throws(WorkbookReadError) {
            _ = try WorkbookReader.rows(data)
            Issue.record("\(name): read without complaint")
        } catch {
            #expect(error.description.contains(words), "\(name): \(error)")
        }
    }

    @Test(
        "custom number formats that show dates are told from those that do not",
        arguments: [
            ("dd/mm/yyyy", true), ("d mmm yy", true), ("[$-F800]dddd, mmmm dd, yyyy", true),
            ("\"£\"#,##0.00", false), ("0.00", false), ("[Red]0", false), ("\"day\"0", false),
            ("General", false),
        ])
    func dateFormats(code: String, isDate: Bool) {
        #expect(WorkbookReader.isDateFormat(code) == isDate)
    }

    @Test(
        "cell references name their columns",
        arguments: [("A1", 0), ("Z9", 25), ("AA10", 26), ("XFD1", 16_383)])
    func columns(reference: String, index: Int) {
        #expect(WorkbookReader.columnIndex(reference) == index)
    }

    @Test("XML is read as tags and decoded text; a document type declaration is refused")
    func scanner() throws {
        var scanner = XMLScanner(
            Array(
                "<?xml version=\"1.0\"?><!-- c --><x:si a='1 &amp; 2'><t>a&lt;b&#13;&#x41;\r\n</t><e/></x:si>"
                    .utf8))
        var tokens: [XMLScanner.Token] = []
        while let token = try scanner.next() { tokens.append(token) }
        #expect(
            tokens == [
                .start(name: "si", attributes: ["a": "1 & 2"], selfClosing: false),
                .start(name: "t", attributes: [:], selfClosing: false), .text("a<b\rA\n"), .end(name: "t"),
                .start(name: "e", attributes: [:], selfClosing: true), .end(name: "si"),
            ])
        var doctype = XMLScanner(Array("<!DOCTYPE x [<!ENTITY a \"b\">]><x>&a;</x>".utf8))
        #expect(throws: XMLScanError.self) { _ = try doctype.next() }
    }
}
