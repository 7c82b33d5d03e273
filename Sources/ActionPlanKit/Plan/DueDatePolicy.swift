/// The rules that turn a report's timescales into due dates.
public struct DueDatePolicy: Hashable, Sendable {
    /// Days after the start date that an "immediately" action is due (default 0: due on the start date).
    public var immediateDays: Int
    /// Months given to a recommendation with no timescale; `nil` leaves it with no due date.
    public var defaultMonths: Int?
    /// The calendar "within N working days" is counted on.
    public var calendar: WorkingCalendar

    /// Creates a policy.
    public init(immediateDays: Int = 0, defaultMonths: Int? = nil, calendar: WorkingCalendar = .standard) {
        self.immediateDays = immediateDays
        self.defaultMonths = defaultMonths
        self.calendar = calendar
    }

    /// The due date for `timescale` counted from `start`, or `nil` when none can honestly be given.
    ///
    /// Months are calendar months clamped to the month's end (30 Nov + 3 months = 28/29 Feb);
    /// weeks are 7 days each; working days skip weekends and the calendar's holidays; a dated
    /// timescale ("by 31 March 2014") is due on its day whatever the start.
    public func dueDate(for timescale: Timescale, from start: CalendarDay) -> CalendarDay? {
        switch timescale {
        case .immediately: start.adding(days: immediateDays)
        case .withinMonths(let months): start.adding(months: months)
        case .withinWeeks(let weeks): start.adding(weeks: weeks)
        case .withinWorkingDays(let days): calendar.adding(workingDays: days, to: start)
        case .by(let day): day
        case .unspecified: defaultMonths.map { start.adding(months: $0) }
        }
    }

    /// The day timescales run from: `explicit` (`--from`), else publication, else the inspection's last day.
    ///
    /// A cabinet paper's meeting date is not a publication date, so the reader never reports one as such.
    public static func startDate(for report: Report, explicit: CalendarDay?) throws(PlanError) -> CalendarDay
    {
        if let day = explicit ?? report.published ?? report.inspectionEnd { return day }
        throw .noStartDate
    }
}
