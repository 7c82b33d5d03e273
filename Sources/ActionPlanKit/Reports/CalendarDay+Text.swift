extension CalendarDay {
    /// The day as a committee paper writes it, "16 August 2023"; files for programs keep `YYYY-MM-DD`.
    public var written: String { "\(day) \(CalendarDay.monthNames[month - 1]) \(year)" }

    /// The day as a table column writes it, "16 Aug 2023": never wider than eleven characters, so a
    /// terminal table keeps its date column whole where a full month's name would make it wrap.
    public var writtenShort: String { "\(day) \(CalendarDay.monthNames[month - 1].prefix(3)) \(year)" }

    /// The months' names in English, January first.
    static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]

    /// Two days as a span in words, naming a shared month or year once: "15 to 26 October 2012",
    /// "29 October to 2 November 2012", "30 December 2012 to 4 January 2013".
    public static func writtenSpan(from start: CalendarDay, to end: CalendarDay) -> String {
        if start == end { return start.written }
        if start.year == end.year && start.month == end.month { return "\(start.day) to \(end.written)" }
        if start.year == end.year {
            return "\(start.day) \(monthNames[start.month - 1]) to \(end.written)"
        }
        return "\(start.written) to \(end.written)"
    }

    /// `text` with every `YYYY-MM-DD` date in it written as ``written``, for wording made with stored dates.
    ///
    /// A RAG reason is worded once, with the dates as the plan stores them, and kept so in JSON and CSV;
    /// papers for people read the same words with their dates written out.
    static func writingDates(in text: String) -> String {
        let bytes = Array(text.utf8)
        guard bytes.count >= 10, bytes.contains(UInt8(ascii: "-")) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 16)
        var index = 0
        func isDigit(_ at: Int) -> Bool {
            at >= 0 && at < bytes.count && (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[at])
        }
        while index < bytes.count {
            // A date stands alone: ten bytes, not inside a longer run of digits.
            if index + 10 <= bytes.count, isDigit(index), bytes[index + 4] == UInt8(ascii: "-"),
                !isDigit(index - 1), !isDigit(index + 10),
                let day = CalendarDay(iso: String(decoding: bytes[index..<index + 10], as: UTF8.self))
            {
                out += Array(day.written.utf8)
                index += 10
            } else {
                out.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
