import Testing

@testable import ActionPlanKit

@Suite("Calendar days")
struct CalendarDayTests {
    @Test(
        "parses valid ISO days and refuses impossible ones",
        arguments: [
            ("2012-03-09", true), ("2024-02-29", true), ("2023-02-29", false), ("2012-02-30", false),
            ("2012-13-01", false), ("2012-00-10", false), ("2012-3-9", false), ("12-03-09", false),
            ("2012-03-09T00:00:00Z", false), ("", false), ("0000-01-01", false), ("2012/03/09", false),
        ])
    func parsing(text: String, valid: Bool) {
        #expect((CalendarDay(iso: text) != nil) == valid)
        if valid { #expect(CalendarDay(iso: text)?.description == text) }
    }

    @Test(
        "adds calendar months, clamping to the month's last day",
        arguments: [
            ("2011-11-30", 3, "2012-02-29"), ("2012-11-30", 3, "2013-02-28"), ("2013-01-31", 1, "2013-02-28"),
            ("2024-01-31", 1, "2024-02-29"), ("2024-02-29", 12, "2025-02-28"),
            ("2024-03-31", -1, "2024-02-29"),
            ("2011-12-09", 3, "2012-03-09"), ("2011-12-09", 6, "2012-06-09"), ("2023-12-31", 2, "2024-02-29"),
            ("2012-01-31", 6, "2012-07-31"), ("2012-02-29", 3, "2012-05-29"), ("2012-02-29", 6, "2012-08-29"),
        ])
    func addingMonths(start: String, months: Int, expected: String) throws {
        let day = try #require(CalendarDay(iso: start))
        #expect(day.adding(months: months).description == expected)
    }

    @Test("counts days across month, year and leap boundaries")
    func dayArithmetic() throws {
        let start = try #require(CalendarDay(iso: "2012-02-28"))
        #expect(start.adding(days: 1).description == "2012-02-29")
        #expect(start.adding(days: 2).description == "2012-03-01")
        #expect(start.adding(days: 7 * 6).description == "2012-04-10")
        #expect(
            try #require(CalendarDay(iso: "2012-04-01")).days(
                since: try #require(CalendarDay(iso: "2012-03-09"))) == 23)
        #expect(try #require(CalendarDay(iso: "1970-01-01")).daysSinceEpoch == 0)
        for offset in stride(from: -700_000, through: 2_000_000, by: 997) {
            let day = try #require(CalendarDay(daysSinceEpoch: offset))
            #expect(day.daysSinceEpoch == offset)
        }
    }
}
