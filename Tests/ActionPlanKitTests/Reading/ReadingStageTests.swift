import Testing

@testable import ActionPlanKit

/// Each stage of the reader on its own, as tables of inputs.
@Suite("Reader stages")
struct ReadingStageTests {
    @Test(
        "list markers",
        arguments: [
            ("- ensure that", ListMarker.bullet, "ensure that"),
            ("• Ensure", .bullet, "Ensure"),
            ("\u{F0B7} Legal advice", .bullet, "Legal advice"),
            ("\u{F06E}Improve", .bullet, "Improve"),
            ("■ The quality", .bullet, "The quality"),
            ("◼ The quality", .bullet, "The quality"),
            ("- 12. Provide", .number(12), "Provide"),
            ("131. Provide", .number(131), "Provide"),
            ("1.", .number(1), ""),
            ("3) Review", .number(3), "Review"),
        ] as [(String, ListMarker, String)])
    func markers(line: String, marker: ListMarker, rest: String) {
        let classified = LineClassifier.classify(SourceLine(number: 1, page: 0, text: line[...]))
        #expect(classified.marker == marker)
        #expect(classified.text == rest)
    }

    @Test(
        "lines that are not list items",
        arguments: [
            "-based practice", "2016. The year", "2.1 Adoption performance", "**Inspection dates:** 1 May",
            "1,243 children",
        ])
    func notMarkers(line: String) {
        #expect(LineClassifier.classify(SourceLine(number: 1, page: 0, text: line[...])).marker == nil)
    }

    @Test(
        "headings",
        arguments: [
            ("Areas for improvement", ListHeading.areasForImprovement),
            ("# **Areas for improvement**", .areasForImprovement),
            ("<b>Recommendations</b>", .recommendations),
            ("What needs to improve?", .whatNeedsToImprove),
            ("What needs to improve?1", .whatNeedsToImprove),
            ("What needs to improve in this local authority?", .whatNeedsToImprove),
            ("What does the LSCB need to improve?", .whatDoesItNeedToImprove(board: true)),
            ("## **Immediately:**", .timescale(.immediately)),
            ("#### Within three months:", .timescale(.withinMonths(3))),
            ("Within 6 months", .timescale(.withinMonths(6))),
            ("Within two weeks:", .timescale(.withinWeeks(2))),
            ("Priority and immediate action", .timescale(.immediately)),
        ] as [(String, ListHeading)])
    func headings(line: String, heading: ListHeading) {
        #expect(LineClassifier.classify(SourceLine(number: 1, page: 0, text: line[...])).heading == heading)
    }

    @Test(
        "lines that only look like headings",
        arguments: [
            "Recommendations 7", "Areas for improvement\t2", "areas for improvement.", "Recommendation",
            "what needs to improve.",
            "What needs to improve for children, to facilitate effective monitoring",
        ])
    func notHeadings(line: String) {
        #expect(LineClassifier.classify(SourceLine(number: 1, page: 0, text: line[...])).heading == nil)
    }

    @Test("page numbers", arguments: ["7", "   12", "Page 3", "3 of 40", "- 4 -"])
    func pageNumbers(line: String) {
        #expect(PageFurniture.isPageNumber(line[...]))
    }

    @Test("not page numbers", arguments: ["1.", "12. Ensure", "48 (or 28.6%) live", "2016 to 2017 figures"])
    func notPageNumbers(line: String) {
        #expect(!PageFurniture.isPageNumber(line[...]))
    }

    @Test(
        "joining an item's lines",
        arguments: [
            (["ensure good-", "quality supervision"], "ensure good-quality supervision"),
            (["the sub-", "group meets"], "the sub-group meets"),
            (["a recom\u{AD}", "mendation"], "a recommendation"),
            (["16- and 17-year-", "olds who"], "16- and 17-year-olds who"),
            (["plans  are", "   reviewed"], "plans are reviewed"),
            (["as at 31 March -", "Ensure"], "as at 31 March - Ensure"),
        ] as [([String], String)])
    func assembly(fragments: [String], text: String) {
        #expect(ItemAssembler.text(of: fragments) == text)
    }

    @Test(
        "the body a recommendation names",
        arguments: [
            ("NHS Dudley and partners to review the capacity", "NHS Dudley"),
            ("NHS Dudley to review the capacity", "NHS Dudley"),
            ("the CSCB should ensure that the quality", "the CSCB"),
            (
                "the Cumbria Safeguarding Children Board (CSCB) should ensure the effective use",
                "the Cumbria Safeguarding Children Board (CSCB)"
            ),
            ("With the SGLSB and relevant partners, take steps to evaluate", "the SGLSB"),
            (
                "With the South Gloucestershire Local Safeguarding Board (SGLSB), implement clear guidance",
                "the South Gloucestershire Local Safeguarding Board (SGLSB)"
            ),
            (
                "Police and children's social care should develop a shared understanding",
                "Police and children's social care"
            ),
            ("The local authority and its partners need to build upon their strategy", "The local authority"),
        ] as [(String, String)])
    func leads(text: String, lead: String) {
        #expect(LeadFinder.lead(in: text) == lead)
    }

    @Test(
        "plain imperatives and things that are not bodies name nobody",
        arguments: [
            "Ensure the draft health action plan is agreed", "ensure that core groups are regular",
            "Urgently review all cases currently allocated",
            "In partnership with care leavers, review the plan",
            "With partners, ensure that professionals are aware",
            "Expedite the provision of health histories for all care leavers.",
            "The use of special guardianship orders should be promoted",
            "Personal education plans should contain data",
            "Appropriate social work advice should be available to partner colleagues when needed",
        ])
    func noLead(text: String) {
        #expect(LeadFinder.lead(in: text) == nil)
    }

    @Test("two recommendations run together on one bullet line are split")
    func mergedItemsAreSplit() {
        let texts = [
            "ensure that plans are reviewed",
            "ensure that children are seen alone and their views are considered in response to their needs"
                + " ensure that the out of hours service responds to concerns",
            "review the caseloads of all workers and ensure work allocated is appropriate",
        ]
        let split = MergedItemSplitter.split(texts)
        #expect(split.map(\.count) == [1, 2, 1])
        #expect(split[1].last == "ensure that the out of hours service responds to concerns")
    }

    @Test(
        "a verb after a joining word, a modal or a subject never splits",
        arguments: [
            "ensure that managers review plans and ensure that the work is recorded",
            "improve supervision so as to ensure that the rationale is recorded",
            "develop plans so that the council and its partners ensure that the children are safe",
            "review the service and the CSCB should ensure that the plans are effective",
        ])
    func noFalseSplit(text: String) {
        let texts = ["ensure that plans are reviewed", text, "review the caseloads of all workers"]
        #expect(MergedItemSplitter.split(texts)[1] == [text])
    }

    @Test("items of a list that starts with capitals are never split")
    func capitalisedListsAreLeftAlone() {
        let texts = ["Ensure plans", "Ensure that their needs ensure that the service works", "Review"]
        #expect(MergedItemSplitter.split(texts).map(\.count) == [1, 1, 1])
    }

    @Test(
        "items of one or two words, and odd fragments, are read without a crash",
        arguments: [
            "Recommendations\n\n1. Imp\n2. Ensure\n",
            "Recommendations\n\n1. Iprovem Recommendations\n\n1. Imp2. Ensur that the LSCB monitors\nthe plans.\n",
            "What needs to improve?\n\u{25FC}\n\u{25FC} \n",
            "Areas for improvement\nImmediately:\n ensure\nWithin three months:\n- ",
            "What needs to improve?",
        ])
    func oddInputs(text: String) {
        let report = ReportReader.parse(text)
        #expect(report.recommendations.allSatisfy { !$0.text.isEmpty && ($0.line ?? 0) >= 1 })
        #expect(LeadFinder.lead(in: "With") == nil)
        #expect(LeadFinder.lead(in: "NHS") == nil)
    }
}
