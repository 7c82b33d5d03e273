import ActionPlanKit

extension CommandContext {
    /// The working-day calendar: England and Wales, plus the days in the plans folder's `bank-holidays.txt`.
    func calendar() throws -> WorkingCalendar {
        try BankHolidayFile.calendar(inPlansFolder: store.directory)
    }
}
