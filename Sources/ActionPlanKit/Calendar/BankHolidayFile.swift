import Foundation

/// The user's own list of extra days off: `bank-holidays.txt` in the plans folder.
///
/// One day a line, `YYYY-MM-DD` then whitespace then what the day is; `#` starts a comment and blank
/// lines are ignored. It is for days a proclamation makes after this version was built:
///
///     # added by the performance team, June 2036
///     2036-06-02  Extra bank holiday
public enum BankHolidayFile {
    /// The file's name inside the plans folder.
    public static let fileName = "bank-holidays.txt"

    /// Reads the days listed in `text`; `path` names the file in errors.
    public static func parse(_ text: String, path: String) throws(CalendarError) -> [BankHoliday] {
        var holidays: [BankHoliday] = []
        var lineNumber = 0
        // Split on every kind of line end: "\r\n" is one Character, which a split on "\n" would miss.
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            lineNumber += 1
            let content = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
            let words = content.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" })
            guard let first = words.first else { continue }
            guard let day = CalendarDay(iso: first) else {
                throw .badLine(path: path, line: lineNumber, text: String(first))
            }
            let name = words.dropFirst().joined(separator: " ")
            guard !name.isEmpty else { throw .missingName(path: path, line: lineNumber) }
            holidays.append(BankHoliday(day: day, name: name))
        }
        return holidays
    }

    /// The standard calendar with the days listed in `folder`'s holidays file, if it has one.
    public static func calendar(inPlansFolder folder: String) throws(CalendarError) -> WorkingCalendar {
        let path = folder.hasSuffix("/") ? folder + fileName : folder + "/" + fileName
        var info = stat()
        let data: Data
        do {
            // A holidays file is a few lines; a megabyte is far more than any honest one holds.
            data = try AtomicFile.read(path, info: &info, limit: 1 << 20)
        } catch .missing {
            return .standard
        } catch {
            throw .unreadable(path: path, reason: error.reason)
        }
        let text = String(decoding: data, as: UTF8.self)
        return WorkingCalendar.standard.adding(try parse(text, path: path))
    }
}
