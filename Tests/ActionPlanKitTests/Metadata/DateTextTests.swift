import Testing

@testable import ActionPlanKit

/// One way reports write an inspection's dates, with the days a reader should take from it.
struct DateCase: CustomTestStringConvertible, Sendable {
    var name: String
    var text: String
    var start: String?
    var end: String?
    var testDescription: String { name }
}

@Suite("Dates in report prose")
struct DateTextTests {
    static let ranges: [DateCase] = [
        DateCase(
            name: "days joined by a hyphen", text: "13-22 May 2013", start: "2013-05-13", end: "2013-05-22"),
        DateCase(
            name: "months on both sides of a hyphen", text: "21 November-15 December 2016",
            start: "2016-11-21", end: "2016-12-15"),
        DateCase(
            name: "en dash with spaces", text: "19 – 23 September 2011", start: "2011-09-19",
            end: "2011-09-23"),
        DateCase(
            name: "prose from a cabinet paper", text: "between 28 November 2011 to 9 December 2011.",
            start: "2011-11-28", end: "2011-12-09"),
        DateCase(
            name: "days joined by 'to'", text: "12 to 23 January 2026", start: "2026-01-12", end: "2026-01-23"
        ),
        DateCase(
            name: "months joined by 'to'", text: "17 March to 21 March 2025", start: "2025-03-17",
            end: "2025-03-21"),
        DateCase(
            name: "two-part inspection runs from its first day to its last",
            text: "30 September to 11 October 2024 and 13 to 16 January 2025",
            start: "2024-09-30", end: "2025-01-16"),
        DateCase(
            name: "across a year end, both years written", text: "15 December 2025 to 9 January 2026",
            start: "2025-12-15", end: "2026-01-09"),
        DateCase(
            name: "across a year end, one year written", text: "28 December to 9 January 2026",
            start: "2025-12-28", end: "2026-01-09"),
        DateCase(
            name: "day/month/year numbers", text: "24/02/2015 – 18/03/2015", start: "2015-02-24",
            end: "2015-03-18"),
        DateCase(
            name: "two-digit years", text: "24/02/15 to 18/03/15", start: "2015-02-24", end: "2015-03-18"),
        DateCase(
            name: "abbreviated month", text: "18 Feb 2014 – 12 March 2014", start: "2014-02-18",
            end: "2014-03-12"),
        DateCase(
            name: "box-drawing dash", text: "20 June 2017 ─ 13 July 2017", start: "2017-06-20",
            end: "2017-07-13"),
        DateCase(
            name: "hyphen after a year", text: "14 January 2014- 5 February 2014", start: "2014-01-14",
            end: "2014-02-05"),
        DateCase(name: "ordinals", text: "1st to 5th March 2021", start: "2021-03-01", end: "2021-03-05"),
        DateCase(name: "one day", text: "28 July 2016", start: "2016-07-28", end: "2016-07-28"),
        DateCase(
            name: "a label running into the dates", text: "13-22 May 2013Lead inspector:Wendy Ghaffar HMI",
            start: "2013-05-13", end: "2013-05-22"),
        DateCase(name: "impossible day", text: "30-31 February 2023", start: nil, end: nil),
        DateCase(name: "impossible last day", text: "28 June to 31 June 2020", start: nil, end: nil),
        DateCase(name: "impossible month number", text: "01/13/2020 to 05/13/2020", start: nil, end: nil),
        DateCase(name: "no year anywhere", text: "13-22 May", start: nil, end: nil),
        DateCase(name: "a year alone", text: "in 2014 and 2015", start: nil, end: nil),
    ]

    @Test("Reads a range", arguments: ranges)
    func readsRange(_ example: DateCase) {
        let range = DateText.range(in: example.text)
        #expect(range?.start.description == example.start)
        #expect(range?.end.description == example.end)
    }

    @Test("A range is incomplete until its year is written")
    func incompleteRange() {
        #expect(DateText.isIncomplete("14 January –"))
        #expect(DateText.isIncomplete("14 January to 5 February"))
        #expect(!DateText.isIncomplete("14 January to 5 February 2014"))
    }

    @Test("Reads the first complete date")
    func readsDay() {
        #expect(DateText.day(in: " 17 October 2011")?.description == "2011-10-17")
        #expect(DateText.day(in: " 13/02/2017")?.description == "2017-02-13")
        #expect(DateText.day(in: " 29 February 2023") == nil)
        #expect(DateText.day(in: " in July 2022") == nil)
    }
}
