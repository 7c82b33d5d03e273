import Testing

@testable import ActionPlanKit

/// A few lines of a report and the field a reader should take from them.
struct FieldCase: CustomTestStringConvertible, Sendable {
    var name: String
    var text: String
    var expected: String?
    var testDescription: String { name }
}

/// Reads `text` as a whole report.
func metadata(_ text: String) -> ReportMetadata {
    MetadataReader.read(text.split(separator: "\n", omittingEmptySubsequences: false))
}

@Suite("Labelled fields: inspection dates, publication, lead inspector")
struct LabelledFieldsTests {
    static let inspectionDates: [FieldCase] = [
        FieldCase(
            name: "plain label", text: "Inspection dates: 7 to 18 November 2022",
            expected: "2022-11-07/2022-11-18"),
        FieldCase(
            name: "bold Markdown label, en dash", text: "**Inspection dates:** 19 – 23 September 2011",
            expected: "2011-09-19/2011-09-23"),
        FieldCase(
            name: "singular label", text: "Inspection date: 6 July 2015 – 30 July 2015",
            expected: "2015-07-06/2015-07-30"),
        FieldCase(
            name: "no space after the colon, next label run in",
            text: "Inspection dates:13-22 May 2013Lead inspector:Wendy Ghaffar HMI",
            expected: "2013-05-13/2013-05-22"),
        FieldCase(
            name: "no colon", text: "Inspection dates 12 to 23 January 2026",
            expected: "2026-01-12/2026-01-23"),
        FieldCase(
            name: "dates wrapped onto the next line", text: "Inspection date: 14 January –\n5 February 2014",
            expected: "2014-01-14/2014-02-05"),
        FieldCase(
            name: "cabinet paper prose",
            text: "1. To advise Cabinet of the outcome of the inspection in Dudley which took place between "
                + "28 November 2011 to 9 December 2011.",
            expected: "2011-11-28/2011-12-09"),
        FieldCase(name: "impossible dates", text: "Inspection dates: 30-31 February 2023", expected: nil),
        FieldCase(
            name: "a meeting date is not an inspection date", text: "The Cabinet – Wednesday 8 February 2012",
            expected: nil),
    ]

    @Test("Inspection dates", arguments: inspectionDates)
    func readsInspectionDates(_ example: FieldCase) {
        let read = metadata(example.text)
        let range = read.inspectionStart.map { "\($0)/\(read.inspectionEnd.map(\.description) ?? "-")" }
        #expect(range == example.expected)
    }

    static let publicationDates: [FieldCase] = [
        FieldCase(name: "Published:", text: "**Published:** 17 October 2011", expected: "2011-10-17"),
        FieldCase(
            name: "Report published:", text: "Report published: 13 February 2017", expected: "2017-02-13"),
        FieldCase(name: "numeric date", text: "Report published: 13/02/2017", expected: "2017-02-13"),
        FieldCase(
            name: "a cabinet meeting date is not a publication date",
            text: "The Cabinet – Wednesday 8 February 2012", expected: nil),
        FieldCase(
            name: "prose about publication is not a label",
            text: "published on 3 March 2020, the plan was updated.", expected: nil),
        FieldCase(name: "impossible date", text: "Published: 29 February 2023", expected: nil),
    ]

    @Test("Publication date", arguments: publicationDates)
    func readsPublished(_ example: FieldCase) {
        #expect(metadata(example.text).published?.description == example.expected)
    }

    static let inspectors: [FieldCase] = [
        FieldCase(name: "HMI suffix", text: "Lead inspector: Wendy Ghaffar HMI", expected: "Wendy Ghaffar"),
        FieldCase(
            name: "run together with the dates",
            text: "Inspection dates:13-22 May 2013Lead inspector:Wendy Ghaffar HMI", expected: "Wendy Ghaffar"
        ),
        FieldCase(
            name: "no colon after the dates",
            text: "Inspection dates: 13-22 May 2013 Lead inspector Mary Candlin HMI",
            expected: "Mary Candlin"),
        FieldCase(
            name: "reporting inspector", text: "**Reporting inspector:** Pauline Turner HMI",
            expected: "Pauline Turner"),
        FieldCase(
            name: "His Majesty's Inspector", text: "Lead inspector: Margaret Burke, His Majesty's Inspector",
            expected: "Margaret Burke"),
        FieldCase(
            name: "Her Majesty’s Inspector on the next line",
            text: "Lead inspector: Pauline Higham\n                Her Majesty’s Inspector",
            expected: "Pauline Higham"),
        FieldCase(name: "middle initial", text: "Lead inspector: Fiona J Millns", expected: "Fiona J Millns"),
        FieldCase(name: "bracketed HMI", text: "Lead inspector: Anne Smith (HMI)", expected: "Anne Smith"),
        FieldCase(name: "senior HMI", text: "Lead inspector: Anne Smith, Senior HMI", expected: "Anne Smith"),
        FieldCase(name: "on site", text: "Lead inspector on site: Anne Smith", expected: "Anne Smith"),
        FieldCase(
            name: "hyphenated name", text: "Lead inspector: Jenny-ellen Scotland",
            expected: "Jenny-ellen Scotland"),
        FieldCase(
            name: "name on the next line", text: "Lead inspector:\nAnne Smith HMI", expected: "Anne Smith"),
        FieldCase(
            name: "prose about inspectors is not a label",
            text: "the lead inspector met the director of children’s services", expected: nil),
    ]

    @Test("Lead inspector", arguments: inspectors)
    func readsLeadInspector(_ example: FieldCase) {
        #expect(metadata(example.text).leadInspector == example.expected)
    }
}
