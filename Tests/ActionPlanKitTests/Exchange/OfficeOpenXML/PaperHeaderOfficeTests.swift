import Foundation
import FoundationXML
import Testing

@testable import ActionPlanKit

@Suite("Word and Excel papers carry the paper's header")
struct PaperHeaderOfficeTests {
    /// The sample plan with its report's title and the meeting saved in its settings.
    private var plan: ActionPlan {
        var plan = SamplePlans.dudley
        plan.source.title = "Inspection of safeguarding and looked after children services: Dudley"
        plan.settings = PlanSettings(
            meeting: "Cabinet", meetingDate: SamplePlans.day("2013-04-17"),
            author: "Director of Children's Services")
        return plan
    }

    private let asOf = SamplePlans.day("2013-04-01")

    /// The paragraphs of a Word document's body, in order, as Word would show their text.
    private func paragraphs(_ document: WordDocument) throws -> [String] {
        let body = try OfficeParts(try document.data()).xml("word/document.xml")
        return try body.select("//body/p").map { paragraph in
            try paragraph.select(".//t").compactMap(\.stringValue).joined()
        }
    }

    /// The title Excel or Word shows in File > Properties.
    private func propertiesTitle(_ data: Data) throws -> String? {
        try OfficeParts(data).xml("docProps/core.xml").one("//title")?.stringValue
    }

    @Test(
        "the Word papers open with the council's canonical name, the title and the labelled header rows",
        arguments: ["progress", "overdue"])
    func wordHead(paper: String) throws {
        let document =
            paper == "progress"
            ? ProgressReport(plan: plan, asOf: asOf).wordDocument()
            : OverdueReport(plans: [plan], asOf: asOf).wordDocument()
        let title =
            paper == "progress"
            ? "Inspection action plan: progress as at 1 April 2013" : "Overdue actions as at 1 April 2013"
        let text = try paragraphs(document)
        #expect(
            Array(text.prefix(6)) == [
                "Dudley Metropolitan Borough Council",
                title,
                "Report to: Cabinet",
                "Date of meeting: 17 April 2013",
                "Report of: Director of Children's Services",
                "Ofsted report: Inspection of safeguarding and looked after children services: Dudley, "
                    + "published 30 November 2012",
            ])
        #expect(try propertiesTitle(try document.data()) == "Dudley Metropolitan Borough Council: \(title)")
    }

    @Test("the workbooks are titled with the council and the paper, and end with a Paper sheet of the header")
    func workbookHead() throws {
        let workbook = ProgressReport(plan: plan, asOf: asOf).workbook()
        let data = try workbook.data()
        #expect(
            try propertiesTitle(data)
                == "Dudley Metropolitan Borough Council: Inspection action plan: progress as at 1 April 2013")
        let parts = try OfficeParts(data)
        let tabs = try parts.xml("xl/workbook.xml").select("//sheets/sheet").compactMap {
            $0.attribute("name")
        }
        #expect(tabs == ["Actions", "RAG summary", "Paper"])
        let paper = try #require(workbook.sheets.last)
        #expect(
            paper.rows.map { $0.map(\.shownText) } == [
                ["Council", "Dudley Metropolitan Borough Council"],
                ["Title", "Inspection action plan: progress as at 1 April 2013"],
                ["Report to", "Cabinet"],
                ["Date of meeting", "17 April 2013"],
                ["Report of", "Director of Children's Services"],
                [
                    "Ofsted report",
                    "Inspection of safeguarding and looked after children services: Dudley, published 30 November 2012",
                ],
            ])
        let overdueBook = OverdueReport(plans: [plan], asOf: asOf).workbook()
        let reasons = overdueBook.sheets[0].rows.map {
            $0[overdueBook.sheets[0].headers.firstIndex(of: "RAG reason")!].shownText
        }
        #expect(reasons.contains("122 days overdue (due 30 November 2012)"), "dates in words, as the papers")
        let overdue = try overdueBook.data()
        #expect(
            try propertiesTitle(overdue)
                == "Dudley Metropolitan Borough Council: Overdue actions as at 1 April 2013")
    }
}

extension WorkbookCell {
    /// The cell's text, for comparing text cells.
    fileprivate var shownText: String {
        if case .text(let text) = self { return text }
        return "\(self)"
    }
}
