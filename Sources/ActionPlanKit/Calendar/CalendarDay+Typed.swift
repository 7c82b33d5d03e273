import Foundation

extension CalendarDay {
    /// The years a date typed by a person (an option, a sheet cell) may fall in.
    ///
    /// Wide enough for any inspection or plan, narrow enough that no arithmetic on it comes near the
    /// limits of the type: a year such as 9999 is a slip of the finger, not a plan.
    public static let typedYears = 1900...2200

    /// Why a typed date was refused.
    public enum TypedDateProblem: Error, Hashable, Sendable {
        /// The text is not a date in any accepted form, or names a day that does not exist.
        case notADate
        /// The date exists but lies outside ``CalendarDay/typedYears``.
        case outOfRange(CalendarDay)
    }

    /// The forms a typed date may take, for messages: "YYYY-MM-DD, DD/MM/YYYY or today".
    public static let typedForms = "YYYY-MM-DD (2014-01-31), DD/MM/YYYY (31/01/2014) or today"

    /// Reads a date as a person types it: `YYYY-MM-DD`, `DD/MM/YYYY` in the UK order, or `today`.
    ///
    /// Impossible dates (2014-02-30, 31/02/2014) and dates outside ``typedYears`` are refused;
    /// `01/02/2014` is always 1 February, never 2 January.
    public init(typed text: String, today: CalendarDay) throws(TypedDateProblem) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let day: CalendarDay
        if trimmed.lowercased() == "today" {
            day = today
        } else if let iso = CalendarDay(iso: trimmed) {
            day = iso
        } else if let british = CalendarDay(british: trimmed) {
            day = british
        } else {
            throw .notADate
        }
        guard CalendarDay.typedYears.contains(day.year) else { throw .outOfRange(day) }
        self = day
    }

    /// `DD/MM/YYYY`, the day and month of one or two digits, as British users and Excel write a date.
    public init?(british text: some StringProtocol) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count),
            parts[2].count == 4, parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
            let day = Int(parts[0]), let month = Int(parts[1]), let year = Int(parts[2])
        else { return nil }
        self.init(year: year, month: month, day: day)
    }
}
