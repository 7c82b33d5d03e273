import Testing

@testable import ActionPlanKit

/// A cover as a text form prints it, and the council and dates a reader must find on it.
struct CoverCase: CustomTestStringConvertible, Sendable {
    var name: String
    var lines: [String]
    var printed: String
    var council: String
    var testDescription: String { name }
}

/// Covers the reader used to miss (issue 18), rebuilt as synthetic text of the same structure.
@Suite("Councils and dates on report covers")
struct CoverPatternTests {
    static let title = ["Inspection of local authority arrangements for the", "protection of children"]
    static let dates = "Inspection dates: 13-22 May 2013"

    static let covers: [CoverCase] = [
        CoverCase(
            name: "2013 cover: a two-line title, then the council",
            lines: title + ["Kingston Upon Hull City Council", dates],
            printed: "Kingston Upon Hull City Council", council: "Kingston upon Hull"),
        CoverCase(
            name: "the council's name wrapped over two lines",
            lines: title + ["London Borough of Hammersmith and", "Fulham", dates],
            printed: "London Borough of Hammersmith and Fulham", council: "Hammersmith and Fulham"),
        CoverCase(
            name: "the council in lower case", lines: title + ["Wigan metropolitan borough", dates],
            printed: "Wigan metropolitan borough", council: "Wigan"),
        CoverCase(
            name: "the title under a line of furniture, the name wrapped",
            lines: [
                "Ofsted", "Inspection of local authority arrangements", "for the protection of children",
                "Hammersmith and", "Fulham", dates,
            ],
            printed: "Hammersmith and Fulham", council: "Hammersmith and Fulham"),
        CoverCase(
            name: "a trust on the cover",
            lines: [
                "Doncaster Children’s Services Trust",
                "Inspection of services for children in need of help and protection",
            ],
            printed: "Doncaster Children’s Services Trust", council: "Doncaster"),
    ]

    @Test("the council on a cover is found and resolved", arguments: covers)
    func council(_ cover: CoverCase) {
        let report = ReportReader.parse(cover.lines.joined(separator: "\n"))
        #expect(report.authorityAsPrinted == cover.printed)
        #expect(report.authority == cover.council)
        #expect(report.authorityCode == Authorities.resolve(cover.council)?.code)
        #expect(report.authorityCode != nil)
    }

    @Test("with no name on the cover, the sentence about the council's services names it, even wrapped")
    func servicesInSentence() {
        let report = ReportReader.parse(
            [
                "Inspection of services for children in need of help and protection",
                "Inspection dates: 1 to 5 May 2017",
                "Children’s services in Bournemouth, Christchurch and",
                "Poole require improvement to be good",
            ].joined(separator: "\n"))
        #expect(report.authority == "Bournemouth, Christchurch and Poole")
        #expect(report.authorityCode == "E06000058")
    }

    /// pdftotext without -layout prints a cover's two-column table as a column of labels, then of values.
    @Test("labels in one column and values in the next give the dates, inspector and publication")
    func labelsAndValuesInColumns() {
        let metadata = MetadataReader.read(
            [
                "Inspection of safeguarding and looked after children services", "Dudley", "Inspection dates",
                "Reporting inspector", "Published:", "", "28 November – 9 December 2011", "Jane Smith HMI",
                "17 January 2012", "", "Age group: All",
            ].map { Substring($0) })
        #expect(metadata.published == CalendarDay(iso: "2012-01-17"))
        #expect(metadata.inspectionStart == CalendarDay(iso: "2011-11-28"))
        #expect(metadata.inspectionEnd == CalendarDay(iso: "2011-12-09"))
        #expect(metadata.leadInspector == "Jane Smith")
    }

    @Test("a label alone over its value on the next line is not read as columns")
    func labelOverItsValue() {
        let metadata = MetadataReader.read(
            ["Published:", "Report of the Director", "17 January 2012"].map { Substring($0) })
        #expect(metadata.published == nil)
    }
}

@Suite("Judgement headings wrapped over two lines")
struct WrappedJudgementHeadingTests {
    @Test("an area wrapped over two lines keeps both lines, not only \"people: Inadequate\"")
    func wrappedArea() {
        let metadata = MetadataReader.read(
            [
                "The effectiveness of help and protection for children and young", "people: Inadequate",
                "1. Children wait too long for help.", "Overall effectiveness: Inadequate",
            ].map { Substring($0) })
        #expect(
            metadata.judgements == [
                Judgement(
                    area: "The effectiveness of help and protection for children and young people",
                    grade: "Inadequate"),
                Judgement(area: "Overall effectiveness", grade: "Inadequate"),
            ])
    }

    @Test("a sentence that ends in a grade after a colon is not a heading")
    func sentenceIsNoHeading() {
        let metadata = MetadataReader.read(
            ["Inspectors found that this was. Finally: good"].map { Substring($0) })
        #expect(metadata.judgements.isEmpty)
    }
}
