extension CalendarDay {
    /// The day of the week, 1 for Monday through 7 for Sunday (ISO 8601 numbering).
    public var isoWeekday: Int {
        // 1970-01-01 was a Thursday (4); the double remainder keeps days before 1970 positive.
        ((daysSinceEpoch + 3) % 7 + 7) % 7 + 1
    }

    /// Whether the day is a Saturday or a Sunday.
    public var isWeekend: Bool { isoWeekday >= 6 }

    /// The last day of this day's month: the day "by March 2014" means.
    public var endOfMonth: CalendarDay {
        CalendarDay(year: year, month: month, day: CalendarDay.length(ofMonth: month, in: year))!
    }
}
