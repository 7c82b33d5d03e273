/// Which days are working days: not Saturdays, Sundays, Christmas Day, Good Friday or bank holidays.
///
/// The definition is the one the statutory clock uses (SI 2007/462, reg. 2): the built-in list is
/// England and Wales's, and a user adds days later proclamations make with a holidays file
/// (``BankHolidayFile``). Every working-day count in the package goes through one calendar value.
public struct WorkingCalendar: Hashable, Sendable {
    /// The days off that fall on weekdays, by day, with their names.
    public private(set) var holidays: [CalendarDay: String]

    /// Creates a calendar whose days off are `holidays` (and every weekend).
    public init(holidays: [BankHoliday]) {
        self.holidays = [:]
        add(holidays)
    }

    /// England and Wales in `years`, with every substitute and one-off day.
    public static func englandAndWales(years: ClosedRange<Int>) -> WorkingCalendar {
        WorkingCalendar(holidays: years.flatMap { BankHoliday.englandAndWales(in: $0) })
    }

    /// The built-in calendar: England and Wales, with the one-off days of 2009–2035.
    ///
    /// The standing rules run from 1990 to 2100, so a count that crosses 2035 still skips the
    /// New Year and Easter holidays; only days no proclamation has yet made are missing.
    public static let standard = englandAndWales(years: 1990...2100)

    /// Adds days off; a day already listed keeps its first name.
    public mutating func add(_ extra: [BankHoliday]) {
        for holiday in extra where holidays[holiday.day] == nil { holidays[holiday.day] = holiday.name }
    }

    /// The calendar with `extra` days off added.
    public func adding(_ extra: [BankHoliday]) -> WorkingCalendar {
        var calendar = self
        calendar.add(extra)
        return calendar
    }

    /// Whether `day` is a working day.
    public func isWorkingDay(_ day: CalendarDay) -> Bool {
        !day.isWeekend && holidays[day] == nil
    }

    /// The day that is `count` working days after `start`: the first working day after `start` is day 1.
    ///
    /// `start` itself never counts, whether or not it is a working day; a count of 0 gives `start`.
    public func adding(workingDays count: Int, to start: CalendarDay) -> CalendarDay {
        precondition(count >= 0, "working days are counted forwards only")
        var day = start
        var remaining = count
        while remaining > 0 {
            day = day.adding(days: 1)
            if isWorkingDay(day) { remaining -= 1 }
        }
        return day
    }

    /// Working days the council has to publish its written statement of proposed action.
    ///
    /// Education and Inspections Act 2006, s137, with the period set by SI 2007/462.
    public static let statementWorkingDays = 70

    /// The day the written statement of proposed action is due for a report published on `published`.
    ///
    /// Stockton's report, published 9 May 2023, gives 16 August 2023.
    public func statementDue(published: CalendarDay) -> CalendarDay {
        adding(workingDays: Self.statementWorkingDays, to: published)
    }
}
