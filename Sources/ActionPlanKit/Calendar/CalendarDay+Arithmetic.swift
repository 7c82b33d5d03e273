extension CalendarDay {
    /// The number of days since 1970-01-01 (negative before it).
    ///
    /// Howard Hinnant's days-from-civil algorithm, on the proleptic Gregorian calendar.
    public var daysSinceEpoch: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let shiftedMonth = month > 2 ? month - 3 : month + 9
        let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The day that is `days` days after 1970-01-01, or `nil` outside years 1–9999.
    public init?(daysSinceEpoch days: Int) {
        // Outside this span the day cannot be in years 1-9999, and the sums below could overflow.
        guard (-719_162...2_932_896).contains(days) else { return nil }
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        self.init(year: year, month: month, day: day)
    }

    /// The first day a `CalendarDay` can hold, 0001-01-01.
    public static let earliest = CalendarDay(year: 1, month: 1, day: 1)!
    /// The last day a `CalendarDay` can hold, 9999-12-31.
    public static let latest = CalendarDay(year: 9999, month: 12, day: 31)!

    /// The day `count` days later (earlier when negative).
    ///
    /// A result beyond years 1–9999 stops at ``earliest`` or ``latest`` rather than trapping: dates
    /// typed in are held to 1900–2200, but a plan file may hold any day, and no day may crash a report.
    public func adding(days count: Int) -> CalendarDay {
        let (sum, overflow) = daysSinceEpoch.addingReportingOverflow(count)
        if !overflow, let result = CalendarDay(daysSinceEpoch: sum) { return result }
        return count < 0 ? .earliest : .latest
    }

    /// The day `count` weeks later (earlier when negative), stopping at ``earliest`` or ``latest``.
    public func adding(weeks count: Int) -> CalendarDay {
        let (days, overflow) = count.multipliedReportingOverflow(by: 7)
        return overflow ? (count < 0 ? .earliest : .latest) : adding(days: days)
    }

    /// The same day of the month `count` calendar months later, clamped to the month's last day.
    ///
    /// 2012-11-30 + 3 months is 2013-02-28; 2024-01-31 + 1 month is 2024-02-29. A month is never
    /// taken to be 30 days. Always add from the original anchor: month addition is not associative.
    /// A result beyond years 1–9999 stops at ``earliest`` or ``latest`` rather than trapping.
    public func adding(months count: Int) -> CalendarDay {
        let (monthIndex, overflow) = (year * 12 + (month - 1)).addingReportingOverflow(count)
        guard !overflow, (12...(9999 * 12 + 11)).contains(monthIndex) else {
            return count < 0 ? .earliest : .latest
        }
        let newYear = monthIndex / 12
        let newMonth = monthIndex % 12 + 1
        let newDay = min(day, CalendarDay.length(ofMonth: newMonth, in: newYear))
        return CalendarDay(year: newYear, month: newMonth, day: newDay) ?? .latest
    }

    /// The number of days from `other` to this day: positive when this day is later.
    public func days(since other: CalendarDay) -> Int {
        daysSinceEpoch - other.daysSinceEpoch
    }
}
