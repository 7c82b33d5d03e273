import Testing

@testable import ActionPlanKit

/// One test per quirk the sample reports' README lists, each on a small snippet written for the test.
@Suite("Report quirks")
struct ReportQuirkTests {
    /// The recommendations of `lines` joined as a document.
    static func read(_ lines: [String]) -> [Recommendation] {
        ReportReader.parse(lines.joined(separator: "\n")).recommendations
    }

    @Test("an item that lost its bullet is an indented line under a timescale heading")
    func indentedLineUnderTimescaleIsAnItem() {
        let items = Self.read([
            "Areas for improvement", "",
            "1. In order to improve services, the council should take the following action.",
            "", "Immediately:", "", " ensure that strategy discussions are recorded.", "",
            "Within three months:", "",
            "- ensure that plans are written", "- ensure that supervision is reflective", "", "Next heading",
        ])
        #expect(
            items.map(\.text) == [
                "ensure that strategy discussions are recorded.", "ensure that plans are written",
                "ensure that supervision is reflective",
            ])
        #expect(items.map(\.timescale) == [.immediately, .withinMonths(3), .withinMonths(3)])
        #expect(items.map(\.line) == [7, 11, 12])
    }

    @Test("a paragraph at the heading's own margin under a timescale heading is not an item")
    func unindentedNoticeIsNotAnItem() {
        let items = Self.read([
            "Priority and immediate action", "",
            "The inspection did not find any areas for priority and immediate action.",
            "", "Areas for improvement", "", "10. Improve the quality of plans.", "",
            "11. Review the front door.",
        ])
        #expect(items.map(\.number) == [10, 11])
        #expect(items.map(\.timescale) == [.unspecified, .unspecified])
    }

    @Test("a blank line inside a timescale's list does not end it")
    func blankLineSplitsAList() {
        let items = Self.read([
            "Areas for improvement", "", "Within three months:", "", "- review plans", "- audit cases", "",
            "- ensure chronologies are current", "", "Within six months:", "", "- develop feedback systems",
        ])
        #expect(
            items.map(\.timescale) == [
                .withinMonths(3), .withinMonths(3), .withinMonths(3), .withinMonths(6),
            ])
    }

    @Test("Markdown headings of different depths, bold or not")
    func markdownHeadings() {
        let items = Self.read([
            "# **Areas for improvement**", "", "## **Immediately:**", "", "- ensure visits happen", "",
            "#### Within three months:", "", "- review caseloads", "", "### **Within six months:**", "",
            "- develop advocacy", "", "# About this inspection", "", "- 4. This inspection was unannounced.",
        ])
        #expect(items.map(\.text) == ["ensure visits happen", "review caseloads", "develop advocacy"])
        #expect(items.map(\.timescale) == [.immediately, .withinMonths(3), .withinMonths(6)])
    }

    @Test("items indented as sub-bullets are peers of the items above")
    func indentedPeers() {
        let items = Self.read([
            "Areas for improvement", "", "Immediately:", "", "- ensure work is signed off",
            "  - ensure views are recorded",
            "  - ensure core groups are regular", "", "About this inspection",
        ])
        #expect(items.count == 3)
    }

    @Test("two lists with the same wording are named by the heading above each 'Overall effectiveness'")
    func sectionsFromOverallEffectiveness() {
        let items = Self.read([
            "Services for young people", "", "Overall Effectiveness: Grade 3 (Adequate)", "", "Text.", "",
            "Areas for improvement", "", "Within three months:", "", "- Ensure plans are agreed", "",
            "Appendix 2", "",
            "Services for care leavers", "", "Overall Effectiveness: Grade 2 (Good)", "",
            "Areas for improvement", "",
            "Within six months:", "", "- Strengthen audits", "",
        ])
        #expect(items.map(\.section) == ["Services for young people", "Services for care leavers"])
        #expect(items.map(\.number) == [1, 2])
    }

    @Test("an item continues after a blank line when the next line starts in lower case")
    func continuationAfterBlankLine() {
        let items = Self.read([
            "Areas for improvement", "", "Within three months:", "",
            "- Ensure the plan is implemented, including",
            "", "health contributions to assessments", "", "- Ensure capacity",
        ])
        #expect(
            items.map(\.text) == [
                "Ensure the plan is implemented, including health contributions to assessments",
                "Ensure capacity",
            ])
    }

    @Test("a SIF list: '- 1.' items, a page break inside one, a second list for the LSCB")
    func sifLists() {
        let items = Self.read([
            "## Contents", "", "Recommendations 7", "Recommendations 39", "", "### Recommendations", "",
            "- 1. Review all cases.", "- 2. Ensure that the new system is implemented. Ensure that files", "",
            "", "",
            "properly evidence the work.", "", "- 3. Improve plans.", "",
            "## Summary for children and young people", "",
            "- Children are helped quickly.", "",
            "Work is weak. Leaders should improve oversight. (Recommendation)", "",
            "## The Local Safeguarding Children Board (LSCB)", "", "#### Recommendations", "",
            "- 131. Provide clear guidance.", "- 132. Scrutinise practice.", "",
            "#### **Inspection findings**", "",
            "- 140. The board is inadequate.",
        ])
        #expect(items.map(\.number) == [1, 2, 3, 131, 132])
        #expect(
            items[1].text
                == "Ensure that the new system is implemented. Ensure that files properly evidence the work.")
        #expect(
            items.map(\.section) == ["local authority", "local authority", "local authority", "LSCB", "LSCB"])
        #expect(items.allSatisfy { $0.timescale == .unspecified })
    }

    @Test("a report with one list leaves the section empty")
    func singleListHasNoSection() {
        let items = Self.read(["Recommendations", "", "1. Improve plans.", "2. Review cases."])
        #expect(items.map(\.section) == [nil, nil])
    }

    @Test("sub-headings between numbered items keep the list going")
    func subheadingsBetweenItems() {
        let items = Self.read([
            "Areas for improvement", "", "Consistency of practice", "",
            "4.   Ensure that assessments are analytical.", "",
            "Management capacity and oversight", "", "5.   Ensure that records are complete.", "",
            "The local authority’s strengths", "", "6.   Children at risk receive a good service.",
        ])
        #expect(items.map(\.number) == [4, 5])
    }

    @Test("bullets under a numbered item belong to it, each set apart with a semicolon")
    func bulletsUnderNumberedItem() {
        let items = Self.read([
            "Recommendations", "", "1.   Put in place a framework; this to include", "",
            "         \u{F0B7} reliable data", "         \u{F0B7} clear monitoring.", "",
            "2.   Ensure that staff are supervised.",
        ])
        #expect(
            items.map(\.text) == [
                "Put in place a framework; this to include reliable data; clear monitoring.",
                "Ensure that staff are supervised.",
            ])
    }

    @Test("an ILACS list ends where the numbered findings begin")
    func ilacsListEnds() {
        let items = Self.read([
            "What needs to improve?1", "", "◼ The stability of the workforce.",
            "◼ The quality of assessments and",
            "  plans for children.", "", "The experiences and progress of children who need help and",
            "protection: good", "1.     Children receive help.",
        ])
        #expect(
            items.map(\.text) == [
                "The stability of the workforce.", "The quality of assessments and plans for children.",
            ])
        #expect(items.map(\.number) == [1, 2])
    }

    @Test("a cabinet paper's own singular 'Recommendation' is not the inspection's list")
    func cabinetRecommendationIsNotAList() {
        #expect(
            Self.read([
                "Recommendation", "", "18. Cabinet to note the report.", "19. That Cabinet receive plans.",
            ]).isEmpty)
    }

    @Test("a numbered theme with its recommendations as bullets gives one item per bullet")
    func themedBullets() {
        let items = Self.read([
            "Recommendations", "1.   Quality of practice", "",
            "      \u{F0B7} Develop a multi-agency response to", "       concerns.",
            "      \u{F0B7} Ensure that plans are reviewed.", "", "2.   Ensure that staff are supervised.",
        ])
        #expect(
            items.map(\.text) == [
                "Develop a multi-agency response to concerns.", "Ensure that plans are reviewed.",
                "Ensure that staff are supervised.",
            ])
        #expect(items.map(\.number) == [1, 1, 2])
    }

    @Test("a timescale written on the item's own line, and a long-winded timescale heading")
    func inlineTimescales() {
        let items = Self.read([
            "Areas for improvement", "", "**Immediately:** ensure that children are seen.", "",
            "Within three months of the date of this report:", "", "- review caseloads", "",
            "Within six months: develop advocacy.",
        ])
        #expect(
            items.map(\.text) == ["ensure that children are seen.", "review caseloads", "develop advocacy."])
        #expect(items.map(\.timescale) == [.immediately, .withinMonths(3), .withinMonths(6)])
        #expect(items.map(\.line) == [3, 7, 9])
    }

    @Test("lists with timescales and no 'Overall effectiveness' line are named by the heading above them")
    func sectionsFromMarkedHeadings() {
        let items = Self.read([
            "## Safeguarding", "", "# Areas for improvement", "", "Within three months:", "",
            "- review plans", "",
            "## Looked after children", "", "# Areas for improvement", "", "Within six months:", "",
            "+ audit cases",
        ])
        #expect(items.map(\.section) == ["Safeguarding", "Looked after children"])
    }
}
