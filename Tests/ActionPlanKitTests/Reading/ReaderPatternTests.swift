import Testing

@testable import ActionPlanKit

/// The reader's last patterns (issue 18), each seen in the corpus and rebuilt here as synthetic text of
/// the same structure; the comment on each test names a corpus report that shows it.
@Suite("Reader patterns from the corpus")
struct ReaderPatternTests {
    static func read(_ lines: [String]) -> Report {
        ReportReader.parse(lines.joined(separator: "\n"))
    }

    /// Torbay 2026 and Manchester 2025 (default mode): no blank line before the judgement heading.
    @Test(
        "an item ending in a bracketed framework reference stops at the next judgement heading",
        arguments: [
            "The frequency of supervision. (enabler 3, national framework)",
            "The response to neglect (outcome 1, national framework)",
            "Revise the data set to widen its focus. (Paragraph 155)",
        ])
    func referenceEndsItem(last: String) {
        let report = Self.read([
            "What needs to improve?", "◼ The response to children who are privately fostered.", "◼ \(last)",
            "The experiences and progress of children who need help and", "protection: good",
            "1. Children in need of early help benefit from support.",
        ])
        #expect(
            report.recommendations.map(\.text) == [
                "The response to children who are privately fostered.", last,
            ])
    }

    @Test("a reference wrapped over two lines also ends the item")
    func wrappedReferenceEndsItem() {
        let report = Self.read([
            "What needs to improve?", "◼ The range and supply of homes for children in care. (outcome 4,",
            "national framework)", "The experiences and progress of children in care: good",
        ])
        #expect(
            report.recommendations.map(\.text) == [
                "The range and supply of homes for children in care. (outcome 4, national framework)"
            ])
    }

    /// Sheffield 2014 ("18. There are no areas for priority or immediate action."), Portsmouth 2017,
    /// Bexley and Swindon 2014 ("The inspection did not find any areas for …").
    @Test(
        "a placeholder sentence in a list's place is never an item",
        arguments: [
            "18. There are no areas for priority or immediate action.",
            "18. There are no areas for priority action.",
            "18. No areas were identified for immediate improvement.",
            "18. The inspection did not find any areas for priority and immediate action.",
        ])
    func placeholderIsNoItem(placeholder: String) {
        let report = Self.read([
            "Priority and immediate action", "", placeholder, "", "Areas for improvement", "",
            "19. Ensure that management strategies are implemented.", "",
            "20. Ensure that strategy discussions include health.",
        ])
        #expect(report.recommendations.map(\.number) == [19, 20])
    }

    @Test("an ILACS report whose only paragraph says there is nothing to improve has no items")
    func placeholderParagraph() {
        let report = Self.read([
            "What needs to improve?", "", "There are no areas for priority action.", "",
            "The experiences and progress of children in care: outstanding",
        ])
        #expect(report.recommendations.isEmpty)
    }

    @Test("a list headed \"Priority actions\" is read like \"Priority and immediate action\"")
    func priorityActions() {
        let report = Self.read([
            "What does the local authority need to improve?", "", "Priority actions", "",
            "1. Ensure that all children at risk are seen promptly.", "", "Areas for improvement", "",
            "2. Improve the quality of plans.", "", "Summary for children and young people",
        ])
        #expect(report.recommendations.map(\.number) == [1, 2])
        #expect(report.recommendations.map(\.timescale) == [.immediately, .unspecified])
    }

    @Test("a list continued over a page break stops at the next section's graded heading")
    func pageBreakIntoGradedHeading() {
        // The last item has no full stop, so only the heading's grade says the list is over.
        let report = Self.read([
            "Areas for improvement", "", "Within three months:", "",
            "- Ensure that care plans are improved so that all children looked",
            "  after have plans that address their needs",
            "", "", "", "\u{0C}Outcomes for looked after children and young people Grade 3 (Adequate)", "",
            "The council has made progress with its partners.",
        ])
        #expect(
            report.recommendations.map(\.text) == [
                "Ensure that care plans are improved so that all children looked after have plans that address their needs"
            ])
    }

    /// Slough 2016: bullets under numbered topic headings, one title long, one with nothing after its title.
    @Test("bullets under numbered topic headings are each a recommendation, under their topic's number")
    func bulletsUnderNumberedTopics() {
        let report = Self.read([
            "Recommendations", "1.   Quality and effectiveness of practice", "",
            "   \u{F06E} Develop a multi-agency response to concerns.",
            "   \u{F06E} Review escalation processes.", "",
            "2.   Children who go missing or who are at risk of child sexual exploitation", "",
            "   \u{F06E} With key partners, take decisive action on exploitation.",
            "   \u{F06E} Offer every missing child a return home interview.", "",
            "3.   Provision and sufficiency of key services", "",
            "   \u{F06E} Finalise which body commissions each service.",
            "   \u{F06E} Review support to care leavers.", "",
            "Summary for children and young people",
        ])
        #expect(
            report.recommendations.map(\.text) == [
                "Develop a multi-agency response to concerns.", "Review escalation processes.",
                "With key partners, take decisive action on exploitation.",
                "Offer every missing child a return home interview.",
                "Finalise which body commissions each service.", "Review support to care leavers.",
            ])
        #expect(report.recommendations.map(\.number) == [1, 1, 2, 2, 3, 3])
    }

    /// Worcestershire 2019: "…when they reach the age of" then "17." on its own line.
    @Test("a number that finishes a sentence is a word of the item, not the next item")
    func numberInsideSentence() {
        let report = Self.read([
            "What needs to improve?", "◼ The provision of personal assistants for care leavers at the age of",
            "  17.", "◼ The availability of suitable accommodation for care leavers.", "",
            "The experiences and progress of children in care: good",
        ])
        #expect(
            report.recommendations.map(\.text) == [
                "The provision of personal assistants for care leavers at the age of 17.",
                "The availability of suitable accommodation for care leavers.",
            ])
    }

    /// Leicester 2015, Norfolk 2018, West Berkshire 2015: sub-bullets under a numbered recommendation.
    @Test("sub-bullets keep their structure, set apart with semicolons")
    func subBulletsKeepStructure() {
        let report = Self.read([
            "Recommendations", "", "1. Strengthen the response to children who go missing by ensuring that:",
            "   \u{F06E} governance arrangements are clear and understood by all",
            "   \u{F06E} actions from meetings are recorded", "   \u{F06E} return interviews are offered.",
            "",
            "2. Put into place a performance framework; this to include",
            "   \u{F06E} reliable performance data",
            "   \u{F06E} clear quality assurance arrangements.", "", "3. Review caseloads.", "",
            "Summary for children and young people",
        ])
        #expect(
            report.recommendations.map(\.text) == [
                "Strengthen the response to children who go missing by ensuring that: governance arrangements are "
                    + "clear and understood by all; actions from meetings are recorded; return interviews are offered.",
                "Put into place a performance framework; this to include reliable performance data; clear quality "
                    + "assurance arrangements.",
                "Review caseloads.",
            ])
    }
}

@Suite("Numbers that are not items")
struct NumberedWordTests {
    @Test("numbered paragraphs straight after an unfinished last bullet stay out of the list")
    func paragraphsAfterUnfinishedBullet() {
        let report = ReportReader.parse(
            [
                "What needs to improve?", "◼ The quality of plans for care leavers", "1.",
                "Children in need of help benefit from early support.", "2.",
                "Leaders know their services well.",
            ].joined(separator: "\n"))
        #expect(report.recommendations.map(\.text) == ["The quality of plans for care leavers"])
    }
}

@Suite("Numbered topic titles and sentences")
struct TopicTitleTests {
    @Test("a numbered sentence that leads into its bullets stays one recommendation")
    func sentenceLeadingIntoBullets() {
        let report = ReportReader.parse(
            [
                "Recommendations", "1.   The council and its partners should ensure that the following",
                "   \u{F06E} plans are reviewed", "   \u{F06E} visits are recorded.", "",
                "2.   Review caseloads.", "", "Summary for children and young people",
            ].joined(separator: "\n"))
        #expect(
            report.recommendations.map(\.text) == [
                "The council and its partners should ensure that the following plans are reviewed; visits are recorded.",
                "Review caseloads.",
            ])
    }
}
