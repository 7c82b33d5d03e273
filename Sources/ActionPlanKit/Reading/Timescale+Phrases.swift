extension Timescale {
    /// The timescale that opens `words` (lowercase, punctuation removed), and how many words it takes.
    ///
    /// "within 20 working days", "within twelve weeks", "within three months", "by 31 march 2014",
    /// "by march 2014" (the month's last day), "by the end of march 2014". A month without a year
    /// ("by March") cannot be dated and gives `nil`.
    static func leading(_ words: some Collection<Substring>) -> (timescale: Timescale, count: Int)? {
        let words = Array(words.prefix(8))
        guard let first = words.first else { return nil }
        if first == "within", words.count >= 3, let count = number(words[1]), count > 0 {
            switch words[2] {
            case "month", "months": return (.withinMonths(count), 3)
            case "week", "weeks": return (.withinWeeks(count), 3)
            case "working" where words.count >= 4 && (words[3] == "days" || words[3] == "day"):
                return (.withinWorkingDays(count), 4)
            default: return nil
            }
        }
        guard first == "by" else { return nil }
        var index = 1
        if words.count >= 4, words[1] == "the", words[2] == "end", words[3] == "of" { index = 4 }
        var dayOfMonth: Int?
        if index < words.count, let value = Int(ordinal(words[index])), (1...31).contains(value) {
            dayOfMonth = value
            index += 1
        }
        guard index + 1 < words.count, let month = monthNumbers[String(words[index])],
            words[index + 1].count == 4, let year = Int(words[index + 1]), (1990...2100).contains(year),
            let firstOfMonth = CalendarDay(year: year, month: month, day: 1)
        else { return nil }
        if let dayOfMonth {
            guard let day = CalendarDay(year: year, month: month, day: dayOfMonth) else { return nil }
            return (.by(day), index + 2)
        }
        return (.by(firstOfMonth.endOfMonth), index + 2)
    }

    /// The timescale an item's own words set ("… within 20 working days."), or `nil`.
    ///
    /// The first "within …" or "by …" phrase that can be dated, unless the words after it tie it to
    /// some other event: "within 15 working days of a strategy discussion" is a practice standard the
    /// council must meet, not the time it has to act on the recommendation.
    public static func stated(in text: String) -> Timescale? {
        // Cheap test first: most items have neither word.
        let lowered = text.lowercased()
        guard lowered.contains("within ") || lowered.contains("by ") else { return nil }
        let words = lowered.split(whereSeparator: { !($0.isLetter || $0.isNumber) })
        for start in words.indices where words[start] == "within" || words[start] == "by" {
            guard let (timescale, count) = leading(words[start...]) else { continue }
            let after = start + count
            if after < words.count, relationalWords.contains(String(words[after])) { continue }
            return timescale
        }
        return nil
    }

    /// Words after a timescale that make it relative to another event, not to the report.
    private static let relationalWords: Set<String> = [
        "of", "from", "after", "following", "since", "before", "once", "when", "where", "between",
    ]

    /// A count in figures or words: "20", "twenty", "a".
    private static func number(_ word: Substring) -> Int? {
        Int(word) ?? numberWords[String(word)]
    }

    /// "31st" → "31": the figures of an ordinal day.
    private static func ordinal(_ word: Substring) -> Substring {
        for suffix in ["st", "nd", "rd", "th"] where word.hasSuffix(suffix) && word.count > 2 {
            return word.dropLast(2)
        }
        return word
    }

    /// Number words a timescale uses.
    private static let numberWords: [String: Int] = [
        "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "eighteen": 18, "twenty": 20,
        "thirty": 30, "forty": 40, "sixty": 60, "seventy": 70,
    ]

    /// English month names, and their common short forms, by number.
    private static let monthNumbers: [String: Int] = {
        let names = [
            "january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december",
        ]
        var table: [String: Int] = [:]
        for (index, name) in names.enumerated() {
            table[name] = index + 1
            table[String(name.prefix(3))] = index + 1
        }
        table["sept"] = 9
        return table
    }()
}
