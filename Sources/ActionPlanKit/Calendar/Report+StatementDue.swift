extension Report {
    /// When the council's written statement of proposed action is due, or `nil` when no publication date is stated.
    public func statementDue(in calendar: WorkingCalendar) -> CalendarDay? {
        published.map(calendar.statementDue(published:))
    }
}
