import Testing

@testable import ActionPlanKit

/// Timescales in working days, weeks and dates, and urgency, as the reader finds them.
@Suite("Timescales and urgency")
struct TimescaleReadingTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var text: String
        var expected: String?
        var testDescription: String { name }
    }

    @Test(
        "an item's own words set its timescale",
        arguments: [
            Case(
                name: "working days", text: "Complete the audit within 20 working days.",
                expected: "within 20 working days"),
            Case(
                name: "working days in words", text: "Within twenty working days, review plans.",
                expected: "within 20 working days"),
            Case(name: "weeks", text: "Review all cases within 12 weeks.", expected: "within 12 weeks"),
            Case(
                name: "months in words", text: "Appoint a principal social worker within three months.",
                expected: "within 3 months"),
            Case(
                name: "end of a month", text: "Publish the strategy by March 2014.", expected: "by 2014-03-31"
            ),
            Case(
                name: "end of February, leap year", text: "Report to the board by February 2016.",
                expected: "by 2016-02-29"),
            Case(name: "a day", text: "Publish the strategy by 31 March 2014.", expected: "by 2014-03-31"),
            Case(
                name: "the end of a month", text: "Complete training by the end of June 2015.",
                expected: "by 2015-06-30"),
            Case(name: "ordinal day", text: "Report by 1st September 2015.", expected: "by 2015-09-01"),
            Case(
                name: "a standard tied to another event",
                text: "Ensure conferences are held within 15 working days of a strategy discussion.",
                expected: nil),
            Case(
                name: "a standard from an event",
                text: "Children are seen within 10 working days from referral.", expected: nil),
            Case(name: "a month without a year", text: "Publish the strategy by March.", expected: nil),
            Case(name: "an impossible day", text: "Publish the strategy by 31 April 2014.", expected: nil),
            Case(
                name: "'by' as a preposition", text: "Ensure plans are reviewed by managers within 6 months.",
                expected: "within 6 months"),
            Case(name: "no timescale", text: "Improve the quality of supervision.", expected: nil),
        ])
    func stated(_ example: Case) {
        #expect(Timescale.stated(in: example.text)?.description == example.expected)
    }

    @Test(
        "the written forms read back",
        arguments: [
            "within 20 working days", "within 1 working day", "by 2014-03-31", "within 12 weeks",
            "immediately",
        ])
    func roundTrip(text: String) throws {
        let timescale = try #require(Timescale(text))
        #expect(
            timescale.description == text.replacingOccurrences(of: "1 working day", with: "1 working days"))
    }

    @Test(
        "refuses an impossible dated timescale",
        arguments: ["by 2014-02-30", "by March 2014", "within 0 working days"])
    func refuses(text: String) {
        #expect(Timescale(text) == nil)
    }

    @Test("headings in working days and dates, and items that state their own")
    func headings() {
        let items = ReportQuirkTests.read([
            "Areas for improvement", "", "Within 20 working days:", "", "- review caseloads", "",
            "By March 2014:", "", "- publish the sufficiency strategy", "", "By 30 June 2014: audit plans.",
            "",
            "Recommendations", "", "1. Ensure that every child has a plan within 10 working days.",
            "2. Urgently review the cases of children missing from home.",
        ])
        #expect(
            items.map(\.timescale.description) == [
                "within 20 working days", "by 2014-03-31", "by 2014-06-30", "within 10 working days",
                "unspecified",
            ])
        #expect(items.map(\.urgent) == [false, false, false, false, true])
    }

    @Test("a line of prose starting 'By March 2014' is not a heading")
    func proseIsNoHeading() {
        #expect(HeadingMatcher.heading(in: "By March 2014 the service had improved") == nil)
        #expect(
            HeadingMatcher.heading(in: "By March 2014") == .timescale(.by(CalendarDay(iso: "2014-03-31")!)))
    }

    @Test(
        "urgency in an item's words",
        arguments: [
            Case(name: "urgently", text: "Urgently review all cases held by managers.", expected: "urgent"),
            Case(
                name: "as a matter of urgency",
                text: "Review, as a matter of urgency, all voluntary arrangements.", expected: "urgent"),
            Case(
                name: "take immediate action",
                text: "Take immediate action to ensure that supervision is regular.", expected: "urgent"),
            Case(
                name: "urgent steps", text: "Take urgent steps to ensure that training is given.",
                expected: "urgent"),
            Case(
                name: "with urgency", text: "Ensure that plans are pursued with urgency.", expected: "urgent"),
            Case(
                name: "immediate risk is a description",
                text: "The response to children at immediate risk of harm.", expected: nil),
            Case(
                name: "urgent care is a service", text: "Ensure the urgent care team shares information.",
                expected: nil),
            Case(
                name: "a negation",
                text: "The inspection did not find any areas for priority and immediate action.",
                expected: nil),
            Case(
                name: "no areas", text: "No areas were identified for immediate improvement.", expected: nil),
            Case(
                name: "without delay is a standard",
                text: "Ensure children achieve permanence without delay.", expected: nil),
        ])
    func urgency(_ example: Case) {
        #expect(UrgencyFinder.isUrgent(example.text) == (example.expected != nil))
    }

    @Test(
        "dates from the new timescales",
        arguments: [
            ("within 20 working days", "2014-01-06", "2014-02-03"),
            ("within 20 working days", "2023-05-09", "2023-06-07"),
            ("within 12 weeks", "2023-05-09", "2023-08-01"),
            ("by 2014-03-31", "2014-01-06", "2014-03-31"),
        ])
    func dueDates(timescale: String, start: String, due: String) throws {
        let policy = DueDatePolicy()
        let day = try #require(CalendarDay(iso: start))
        #expect(policy.dueDate(for: try #require(Timescale(timescale)), from: day)?.description == due)
    }
}
