/// A day that is not a working day although it falls on a weekday: a bank holiday, Christmas Day or Good Friday.
public struct BankHoliday: Hashable, Sendable {
    /// The day itself.
    public var day: CalendarDay
    /// What it is called, e.g. "Spring bank holiday" or "Boxing Day (substitute day)".
    public var name: String

    /// Creates a holiday.
    public init(day: CalendarDay, name: String) {
        self.day = day
        self.name = name
    }
}
