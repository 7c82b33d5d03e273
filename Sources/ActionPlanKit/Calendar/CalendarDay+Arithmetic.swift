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

    /// The day `count` days later (earlier when negative).
    ///
    /// Traps only when the result would leave years 1–9999, which no plan can reach.
    public func adding(days count: Int) -> CalendarDay {
        guard let result = CalendarDay(daysSinceEpoch: daysSinceEpoch + count) else {
            preconditionFailure("\(self) + \(count) days leaves the supported years 1-9999")
        }
        return result
    }

    /// The same day of the month `count` calendar months later, clamped to the month's last day.
    ///
    /// 2012-11-30 + 3 months is 2013-02-28; 2024-01-31 + 1 month is 2024-02-29. A month is never
    /// taken to be 30 days. Always add from the original anchor: month addition is not associative.
    public func adding(months count: Int) -> CalendarDay {
        let monthIndex = year * 12 + (month - 1) + count
        let newYear = monthIndex / 12
        let newMonth = monthIndex % 12 + 1
        let newDay = min(day, CalendarDay.length(ofMonth: newMonth, in: newYear))
        guard let result = CalendarDay(year: newYear, month: newMonth, day: newDay) else {
            preconditionFailure("\(self) + \(count) months leaves the supported years 1-9999")
        }
        return result
    }

    /// The number of days from `other` to this day: positive when this day is later.
    public func days(since other: CalendarDay) -> Int {
        daysSinceEpoch - other.daysSinceEpoch
    }
}
