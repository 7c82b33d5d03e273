import Testing

@testable import ActionPlanKit

@Suite("Working-day calendar")
struct WorkingCalendarTests {
    /// England and Wales bank holidays as GOV.UK published them (2012–2027), and for 2009–2011 and
    /// 2028–2035 as the proclamations and the standing rules give them.
    static let published: [Int: String] = [
        2009: "01-01 04-10 04-13 05-04 05-25 08-31 12-25 12-28",
        2010: "01-01 04-02 04-05 05-03 05-31 08-30 12-27 12-28",
        2011: "01-03 04-22 04-25 04-29 05-02 05-30 08-29 12-26 12-27",
        2012: "01-02 04-06 04-09 05-07 06-04 06-05 08-27 12-25 12-26",
        2013: "01-01 03-29 04-01 05-06 05-27 08-26 12-25 12-26",
        2014: "01-01 04-18 04-21 05-05 05-26 08-25 12-25 12-26",
        2015: "01-01 04-03 04-06 05-04 05-25 08-31 12-25 12-28",
        2016: "01-01 03-25 03-28 05-02 05-30 08-29 12-26 12-27",
        2017: "01-02 04-14 04-17 05-01 05-29 08-28 12-25 12-26",
        2018: "01-01 03-30 04-02 05-07 05-28 08-27 12-25 12-26",
        2019: "01-01 04-19 04-22 05-06 05-27 08-26 12-25 12-26",
        2020: "01-01 04-10 04-13 05-08 05-25 08-31 12-25 12-28",
        2021: "01-01 04-02 04-05 05-03 05-31 08-30 12-27 12-28",
        2022: "01-03 04-15 04-18 05-02 06-02 06-03 08-29 09-19 12-26 12-27",
        2023: "01-02 04-07 04-10 05-01 05-08 05-29 08-28 12-25 12-26",
        2024: "01-01 03-29 04-01 05-06 05-27 08-26 12-25 12-26",
        2025: "01-01 04-18 04-21 05-05 05-26 08-25 12-25 12-26",
        2026: "01-01 04-03 04-06 05-04 05-25 08-31 12-25 12-28",
        2027: "01-01 03-26 03-29 05-03 05-31 08-30 12-27 12-28",
        2028: "01-03 04-14 04-17 05-01 05-29 08-28 12-25 12-26",
        2029: "01-01 03-30 04-02 05-07 05-28 08-27 12-25 12-26",
        2030: "01-01 04-19 04-22 05-06 05-27 08-26 12-25 12-26",
        2031: "01-01 04-11 04-14 05-05 05-26 08-25 12-25 12-26",
        2032: "01-01 03-26 03-29 05-03 05-31 08-30 12-27 12-28",
        2033: "01-03 04-15 04-18 05-02 05-30 08-29 12-26 12-27",
        2034: "01-02 04-07 04-10 05-01 05-29 08-28 12-25 12-26",
        2035: "01-01 03-23 03-26 05-07 05-28 08-27 12-25 12-26",
    ]

    @Test("every year 2009–2035 has exactly the published bank holidays", arguments: BankHoliday.knownYears)
    func holidaysOfYear(year: Int) throws {
        let expected = try #require(Self.published[year]).split(separator: " ").map { "\(year)-\($0)" }
        #expect(BankHoliday.englandAndWales(in: year).map(\.day.description) == expected)
        let calendar = WorkingCalendar.standard
        let inYear = calendar.holidays.keys.filter { $0.year == year }.map(\.description).sorted()
        #expect(inYear == expected)
        for day in expected { #expect(!calendar.isWorkingDay(CalendarDay(iso: day)!), "\(day)") }
    }

    @Test(
        "names substitute and one-off days",
        arguments: [
            ("2011-04-29", "Royal wedding (extra bank holiday)"),
            ("2016-12-26", "Boxing Day"), ("2016-12-27", "Christmas Day (substitute day)"),
            ("2021-12-28", "Boxing Day (substitute day)"), ("2022-01-03", "New Year's Day (substitute day)"),
            ("2020-05-08", "Early May bank holiday (VE day)"), ("2026-12-28", "Boxing Day (substitute day)"),
        ])
    func names(day: String, name: String) {
        #expect(WorkingCalendar.standard.holidays[CalendarDay(iso: day)!] == name)
    }

    @Test(
        "moved days are working days again",
        arguments: ["2012-05-28", "2020-05-04", "2022-05-30", "2023-05-30", "2016-12-28"])
    func movedDays(day: String) {
        #expect(WorkingCalendar.standard.isWorkingDay(CalendarDay(iso: day)!))
    }

    @Test(
        "weekdays are numbered from Monday",
        arguments: [("2023-05-09", 2), ("2023-05-13", 6), ("1970-01-01", 4), ("1969-12-28", 7)])
    func weekdays(day: String, weekday: Int) {
        #expect(CalendarDay(iso: day)!.isoWeekday == weekday)
    }

    @Test(
        "Easter Sunday",
        arguments: [
            (2009, "2009-04-12"), (2011, "2011-04-24"), (2019, "2019-04-21"), (2038, "2038-04-25"),
            (2285, "2285-03-22"),
        ])
    func easter(year: Int, expected: String) {
        #expect(BankHoliday.easterSunday(in: year).description == expected)
    }

    /// Statement deadlines counted independently (Python's datetime over the same published list).
    @Test(
        "the statement of action is due 70 working days after publication",
        arguments: [
            ("Stockton, 2023", "2023-05-09", "2023-08-16"),
            ("over Christmas and New Year", "2011-10-17", "2012-01-26"),
            ("South Gloucestershire, 2017", "2017-02-13", "2017-05-25"),
            ("over the Diamond Jubilee", "2012-03-30", "2012-07-13"),
            ("over Christmas and Easter", "2012-12-20", "2013-04-04"),
            ("over the state funeral", "2022-07-15", "2022-10-25"),
            ("over the VE day holiday", "2020-02-28", "2020-06-11"),
            ("over the royal wedding", "2011-02-25", "2011-06-10"),
            ("published on a Friday before Christmas", "2016-12-23", "2017-04-05"),
            ("into 2036", "2035-10-01", "2036-01-10"),
        ])
    func statementDue(_ name: String, published: String, due: String) {
        #expect(
            WorkingCalendar.standard.statementDue(published: CalendarDay(iso: published)!).description == due)
    }

    @Test(
        "counts working days from the day after the start",
        arguments: [
            ("2023-12-22", 1, "2023-12-27"), ("2022-12-23", 1, "2022-12-28"), ("2012-06-01", 1, "2012-06-06"),
            ("2023-05-13", 1, "2023-05-15"), ("2023-05-09", 0, "2023-05-09"),
            ("2014-01-06", 20, "2014-02-03"),
        ])
    func addingWorkingDays(start: String, count: Int, expected: String) {
        #expect(
            WorkingCalendar.standard.adding(workingDays: count, to: CalendarDay(iso: start)!).description
                == expected)
    }

    @Test("extra days from the user make the count longer")
    func extraDays() {
        let start = CalendarDay(iso: "2036-06-01")!
        #expect(WorkingCalendar.standard.adding(workingDays: 10, to: start).description == "2036-06-13")
        let extra = WorkingCalendar.standard.adding([
            BankHoliday(day: CalendarDay(iso: "2036-06-04")!, name: "x")
        ])
        #expect(extra.adding(workingDays: 10, to: start).description == "2036-06-16")
    }
}
