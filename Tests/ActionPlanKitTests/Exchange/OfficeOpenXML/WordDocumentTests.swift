import Foundation
import FoundationXML
import Testing

@testable import ActionPlanKit

@Suite("docx committee papers", .serialized)
struct WordDocumentTests {
    static let day = CalendarDay(iso: "2013-06-30")!

    /// The Dudley sample's progress report as a Word document, opened.
    private func progress() throws -> (OfficeParts, XMLDocument, ProgressReport) {
        let report = ProgressReport(plan: SamplePlans.dudley, asOf: Self.day)
        let parts = try OfficeParts(report.wordDocument().data())
        return (parts, try parts.xml("word/document.xml"), report)
    }

    @Test("every part is well-formed and named in the content types; the styles are linked")
    func parts() throws {
        let (parts, _, _) = try progress()
        let types = try parts.xml("[Content_Types].xml")
        for path in parts.zip.entries.map(\.path)
        where !path.hasSuffix(".rels") && path != "[Content_Types].xml" {
            _ = try parts.xml(path)
            #expect(try types.one("//Override[@PartName='/\(path)']") != nil, "\(path)")
        }
        let relationship = try #require(try parts.xml("word/_rels/document.xml.rels").one("//Relationship"))
        #expect(relationship.attribute("Target") == "styles.xml")
        #expect(try parts.xml("_rels/.rels").one("//Relationship[@Target='word/document.xml']") != nil)
    }

    @Test("pages are A4 landscape")
    func landscape() throws {
        let (_, document, _) = try progress()
        let size = try #require(try document.one("//sectPr/pgSz"))
        #expect(size.attribute("orient") == "landscape")
        #expect(size.attribute("w") == "16838")
        #expect(size.attribute("h") == "11906")
    }

    @Test("every table's header row repeats on each page")
    func headerRows() throws {
        let (_, document, _) = try progress()
        let tables = try document.select("//tbl")
        #expect(tables.count >= 5)
        for table in tables {
            let rows = try table.select("tr")
            #expect(try rows.first?.one("trPr/tblHeader") != nil)
            #expect(try rows.dropFirst().allSatisfy { try $0.one("trPr/tblHeader") == nil })
        }
    }

    @Test("RAG cells are filled in their colour and carry the word")
    func ragCells() throws {
        let (_, document, report) = try progress()
        let summary = try document.select("//tbl")[1]
        let cells = try summary.select("tr/tc[1]").dropFirst()
        #expect(cells.map { $0.stringValue ?? "" } == ["Red", "Amber", "Green", "Blue", "None"])
        let fills = try cells.map { try $0.one("tcPr/shd")?.attribute("fill") }
        #expect(fills == ["B3261E", "B86E00", "2E7D32", "1F5FA8", nil])
        #expect(report.ragCounts.map(\.rag) == RAG.allCases)
    }

    @Test(
        "the paper says what the HTML paper says: title, council, dates in words, actions under recommendations"
    )
    func content() throws {
        let (_, document, report) = try progress()
        let paragraphs = try document.select("//body/p").map { $0.stringValue ?? "" }
        // As in every format: the council, then the title.
        #expect(paragraphs.prefix(2) == [report.plan.source.authority ?? "no council", report.title])
        #expect(try document.one("//body/p[2]/pPr/pStyle")?.attribute("val") == "Title")
        let text = document.rootElement()?.stringValue ?? ""
        for group in report.groups {
            #expect(paragraphs.contains(group.heading))
            for line in group.actions {
                #expect(text.contains(line.action.action), "action \(line.action.id)")
                #expect(text.contains("Recommendation \(line.recommendation.reportNumber): "))
            }
        }
        #expect(text.contains("30 November 2012"))
        #expect(!text.contains("2012-11-30"))
        // A banner row spans the table and names the recommendation before its actions.
        let banner = try #require(try document.one("//tbl[4]/tr[2]/tc"))
        let columns = try document.select("//tbl[4]/tblGrid/gridCol").count
        #expect(columns == (report.hasCosts ? 9 : 8))
        #expect(try banner.one("tcPr/gridSpan")?.attribute("val") == "\(columns)")
        #expect(banner.stringValue?.hasPrefix("Recommendation 1: ") == true)
    }

    @Test("the overdue report as a document lists each late action with its progress note")
    func overdue() throws {
        let report = OverdueReport(plans: [SamplePlans.dudley], asOf: Self.day)
        let parts = try OfficeParts(report.wordDocument().data())
        let document = try parts.xml("word/document.xml")
        let text = document.rootElement()?.stringValue ?? ""
        #expect(!report.overdue.isEmpty)
        for line in report.overdue {
            #expect(text.contains(line.action.action))
            if let note = line.latestNote { #expect(text.contains(note)) }
        }
    }

    @Test("control characters are left out of the document, markup is escaped")
    func hostile() throws {
        let document = WordDocument(
            title: "t", blocks: [.paragraph([.init("a\u{1}b <c> & \"d\"\u{FFFE}")])])
        let parts = try OfficeParts(document.data())
        #expect(try parts.xml("word/document.xml").one("//body/p")?.stringValue == "ab <c> & \"d\"")
    }
}
