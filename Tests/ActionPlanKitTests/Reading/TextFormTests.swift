import Foundation
import Testing

@testable import ActionPlanKit

/// The text forms a report arrives in: encodings, line endings, pdftotext's modes and page furniture.
@Suite("Text forms")
struct TextFormTests {
    static let list = [
        "Areas for improvement", "", "Within three months:", "", "- review plans", "- audit cases",
    ]

    @Test(
        "CRLF and CR line endings give the same items on the same lines as LF",
        arguments: ["\r\n", "\r", "\n"])
    func lineEndings(separator: String) {
        let data = Data(Self.list.joined(separator: separator).utf8)
        let items = ReportReader.parse(TextDecoding.decode(data)).recommendations
        #expect(items.map(\.text) == ["review plans", "audit cases"])
        #expect(items.map(\.line) == [5, 6])
    }

    @Test("a Windows-1252 file is read, its curly apostrophe kept")
    func windows1252() {
        var bytes = Array("Recommendations\n\n1. Improve the council".utf8)
        bytes += [0x92]
        bytes += Array("s plans.\n".utf8)
        let items = ReportReader.parse(TextDecoding.decode(Data(bytes))).recommendations
        #expect(items.map(\.text) == ["Improve the council\u{2019}s plans."])
    }

    @Test("pdftotext -layout: hanging indents, a running footer and page number inside an item")
    func layoutWithFurniture() {
        var pages: [String] = []
        for page in 1...4 {
            var body = ["Body text on page \(page).", "", "More body text."]
            if page == 2 {
                body = [
                    "What needs to improve?", "", "◼ The stability and capacity of the workforce, to support",
                    "  manageable workloads.", "◼ The quality of assessments and the",
                ]
            }
            if page == 3 {
                body = [
                    "  timeliness of plans for children.", "", "The experiences and progress of children",
                ]
            }
            pages.append(
                (body + [
                    "", "Inspection of Somewhere local authority children’s services",
                    "1 to 5 May 2024     \(page)",
                ])
                .joined(separator: "\n"))
        }
        let items = ReportReader.parse(pages.joined(separator: "\n\u{0C}")).recommendations
        #expect(
            items.map(\.text) == [
                "The stability and capacity of the workforce, to support manageable workloads.",
                "The quality of assessments and the timeliness of plans for children.",
            ])
    }

    @Test("pdftotext default mode: the number alone on its line, the words after a blank line")
    func defaultModeBareNumbers() {
        let text = [
            "What does the local authority need to improve?", "Priority and immediate action", "1.", "",
            "Improve the quality of planning for children", "so that plans are timely.", "", "2.", "",
            "Ensure that children have a return home interview.", "", "Areas for improvement", "",
            "Consistency of practice", "3.", "", "Ensure that assessments are analytical.", "", "7", "",
            "\u{0C}Management oversight", "4. Ensure that records are complete.", "5. Review capacity.",
        ].joined(separator: "\n")
        let items = ReportReader.parse(text).recommendations
        #expect(items.map(\.number) == [1, 2, 3, 4, 5])
        #expect(
            items.map(\.timescale) == [.immediately, .immediately, .unspecified, .unspecified, .unspecified])
        #expect(items[0].text == "Improve the quality of planning for children so that plans are timely.")
        #expect(items[0].line == 3)
    }

    @Test("pdftotext -raw: wrapped lines at the margin, a page break in the middle of an item")
    func rawMode() {
        let text = [
            "What needs to improve in this local authority?", "■ Management oversight of plans for children",
            "in care.", "■ The response to children who go", "", "12", "\u{0C}missing from home.", "",
            "The experiences and progress of children in care: good",
        ].joined(separator: "\n")
        let items = ReportReader.parse(text).recommendations
        #expect(
            items.map(\.text) == [
                "Management oversight of plans for children in care.",
                "The response to children who go missing from home.",
            ])
    }

    @Test("a page break splits an item mid-sentence before an upper-case word")
    func pageBreakBeforeCapital() {
        let text = [
            "Recommendations", "", "1. Ensure that the work of the", "", "5",
            "\u{0C}Independent Reviewing Officers is",
            "   effective.", "", "2. Review plans.",
        ].joined(separator: "\n")
        let items = ReportReader.parse(text).recommendations
        #expect(
            items.map(\.text) == [
                "Ensure that the work of the Independent Reviewing Officers is effective.", "Review plans.",
            ])
    }

    @Test("odd bullet glyphs: U+F0B7, U+F06E, ■ and ◼", arguments: ["\u{F0B7}", "\u{F06E}", "■", "◼", "•"])
    func bulletGlyphs(glyph: String) {
        let text = [
            "What needs to improve?", "", "\(glyph) Permanence planning.", "\(glyph) Sufficiency of homes.",
        ]
        #expect(ReportReader.parse(text.joined(separator: "\n")).recommendations.count == 2)
    }

    @Test("HTML bold tags and Markdown bold around headings")
    func htmlAndMarkdownHeadings() {
        let text = ["<b>Areas for improvement</b>", "", "**Within three months:**", "", "- review plans"]
        let items = ReportReader.parse(text.joined(separator: "\n")).recommendations
        #expect(items.map(\.timescale) == [.withinMonths(3)])
    }

    @Test("a report with no recommendations section gives none")
    func nothingToFind() {
        #expect(
            ReportReader.parse("Inspection of somewhere\n\nThe service is outstanding.\n").recommendations
                .isEmpty)
        #expect(ReportReader.parse("").recommendations.isEmpty)
    }

    @Test("an ILACS heading followed by prose gives that paragraph as one recommendation")
    func ilacsProse() {
        let text = [
            "What needs to improve?", "There is a small amount of variability in practice that",
            "leaders are addressing.",
            "", "The experiences and progress of children: outstanding",
        ]
        let items = ReportReader.parse(text.joined(separator: "\n")).recommendations
        #expect(
            items.map(\.text) == [
                "There is a small amount of variability in practice that leaders are addressing."
            ])
    }
}
