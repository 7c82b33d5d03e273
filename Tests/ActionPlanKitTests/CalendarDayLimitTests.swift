import Testing

@testable import ActionPlanKit

/// A date as typed, and what it must read as.
struct TypedDate: CustomTestStringConvertible, Sendable {
    var text: String
    /// The day, `nil` when the text is no date, or the problem.
    var expected: Result<CalendarDay, CalendarDay.TypedDateProblem>
    var testDescription: String { "'\(text)'" }
}

private let today = CalendarDay(year: 2014, month: 3, day: 5)!

private func day(_ iso: String) -> CalendarDay { CalendarDay(iso: iso)! }

let typedDates: [TypedDate] = [
    TypedDate(text: "2014-01-31", expected: .success(day("2014-01-31"))),
    TypedDate(text: "31/01/2014", expected: .success(day("2014-01-31"))),
    TypedDate(text: "1/2/2014", expected: .success(day("2014-02-01"))),
    TypedDate(text: "today", expected: .success(today)),
    TypedDate(text: "Today", expected: .success(today)),
    TypedDate(text: " 2014-01-31 ", expected: .success(day("2014-01-31"))),
    TypedDate(text: "1900-01-01", expected: .success(day("1900-01-01"))),
    TypedDate(text: "2200-12-31", expected: .success(day("2200-12-31"))),
    TypedDate(text: "1899-12-31", expected: .failure(.outOfRange(day("1899-12-31")))),
    TypedDate(text: "2201-01-01", expected: .failure(.outOfRange(day("2201-01-01")))),
    TypedDate(text: "9999-10-31", expected: .failure(.outOfRange(day("9999-10-31")))),
    TypedDate(text: "31/12/9999", expected: .failure(.outOfRange(day("9999-12-31")))),
    TypedDate(text: "0001-01-01", expected: .failure(.outOfRange(day("0001-01-01")))),
    TypedDate(text: "2014-02-30", expected: .failure(.notADate)),
    TypedDate(text: "30/02/2014", expected: .failure(.notADate)),
    TypedDate(text: "01/13/2014", expected: .failure(.notADate)),
    TypedDate(text: "2014/01/31", expected: .failure(.notADate)),
    TypedDate(text: "31-01-2014", expected: .failure(.notADate)),
    TypedDate(text: "", expected: .failure(.notADate)),
    TypedDate(text: "tomorrow", expected: .failure(.notADate)),
    TypedDate(text: "+2014-01-31", expected: .failure(.notADate)),
]

@Suite("Calendar days: typed dates and the limits of arithmetic")
struct CalendarDayLimitTests {
    @Test("a typed date is ISO, UK order or today, within 1900-2200", arguments: typedDates)
    func typed(_ date: TypedDate) {
        let result = Result { () throws(CalendarDay.TypedDateProblem) in
            try CalendarDay(typed: date.text, today: today)
        }
        #expect(result == date.expected)
    }

    @Test(
        "adding days, weeks or months never traps, stopping at the first or last day there is",
        arguments: [
            (day("9999-12-31"), Int.max), (day("9999-12-04"), 28), (day("0001-01-01"), Int.min),
            (day("0001-01-01"), -1), (day("2014-01-31"), Int.max / 2), (day("2014-01-31"), Int.min + 1),
        ])
    func saturating(_ start: CalendarDay, _ count: Int) {
        let edge = count < 0 ? CalendarDay.earliest : CalendarDay.latest
        #expect(start.adding(days: count) == edge)
        #expect(start.adding(weeks: count) == edge)
        #expect(start.adding(months: count) == edge)
    }

    @Test("arithmetic inside the years is unchanged")
    func ordinary() {
        #expect(day("2012-11-30").adding(months: 3) == day("2013-02-28"))
        #expect(day("9999-11-30").adding(months: 1) == day("9999-12-30"))
        #expect(day("2012-01-01").adding(weeks: 2) == day("2012-01-15"))
        #expect(day("0001-01-02").adding(days: -1) == .earliest)
        #expect(CalendarDay(daysSinceEpoch: Int.max) == nil)
        #expect(CalendarDay(daysSinceEpoch: Int.min) == nil)
        #expect(CalendarDay(daysSinceEpoch: 2_932_896) == .latest)
    }
}
