/// Reads the dates written in report prose: "13-22 May 2013", "21 November-15 December 2016",
/// "28 November 2011 to 9 December 2011", "30 September to 11 October 2024 and 13 to 16 January 2025".
///
/// A date expression is a run of date fragments (a day with an optional month and year, or
/// DD/MM/YYYY) joined by connectors (to, and, hyphens and dashes). Missing months and years are
/// taken from the next fragment that states them, stepping back a year when a range crosses a year end.
enum DateText {
    /// One day as written, perhaps without its month or year ("13" in "13-22 May 2013").
    struct Fragment: Hashable {
        var day: Int
        var month: Int?
        var year: Int?
    }

    /// The first and last day of a date expression; both are the same day for a single date.
    static func range(in text: some StringProtocol) -> (start: CalendarDay, end: CalendarDay)? {
        let days = resolve(fragments(in: text))
        guard let first = days.first, let last = days.last, let start = first, let end = last,
            start <= end
        else { return nil }
        return (start, end)
    }

    /// The first complete date in `text` ("17 October 2011", "13/02/2017").
    static func day(in text: some StringProtocol) -> CalendarDay? {
        resolve(fragments(in: text)).first ?? nil
    }

    /// Whether the expression in `text` stops short, so the date may go on on the next line.
    static func isIncomplete(_ text: some StringProtocol) -> Bool {
        let tokens = DateToken.scan(text)
        guard let last = tokens.last(where: { $0 != .ignorable }) else { return true }
        if last == .connector { return true }
        return fragments(in: text).last?.year == nil
    }

    /// Fills each fragment's missing month and year from the fragment after it.
    ///
    /// Returns one day per fragment; `nil` where the date does not exist (31 June) or lacks a month
    /// or year. A range such as "28 December to 9 January 2026" starts in the year before.
    static func resolve(_ fragments: [Fragment]) -> [CalendarDay?] {
        var days: [CalendarDay?] = Array(repeating: nil, count: fragments.count)
        var next: (day: Int, month: Int, year: Int)?
        for index in fragments.indices.reversed() {
            let fragment = fragments[index]
            guard let month = fragment.month ?? next?.month else { continue }
            var year = fragment.year ?? next?.year
            if fragment.year == nil, let later = next, (month, fragment.day) > (later.month, later.day) {
                year = later.year - 1
            }
            guard let year else { continue }
            days[index] = CalendarDay(year: year, month: month, day: fragment.day)
            next = (fragment.day, month, year)
        }
        return days
    }

    /// The fragments of the first date expression in `text`, stopping at the first word that is
    /// not part of a date.
    static func fragments(in text: some StringProtocol) -> [Fragment] {
        let tokens = DateToken.scan(text)
        var fragments: [Fragment] = []
        var index = tokens.firstIndex { if case .number = $0 { true } else { false } } ?? tokens.endIndex
        func peek(_ offset: Int = 0) -> DateToken? {
            index + offset < tokens.endIndex ? tokens[index + offset] : nil
        }
        while case .number(let day, let digits) = peek(), digits <= 2 {
            index += 1
            var fragment = Fragment(day: day)
            if peek() == .slash, case .number(let month, _) = peek(1), peek(2) == .slash,
                case .number(let year, let yearDigits) = peek(3)
            {
                fragment.month = month
                fragment.year = yearDigits == 2 ? 2000 + year : year
                index += 4
            } else if case .month(let month) = peek() {
                fragment.month = month
                index += 1
                if case .number(let year, 4) = peek() {
                    fragment.year = year
                    index += 1
                }
            }
            fragments.append(fragment)
            // A fragment continues the expression only through a connector and then a number.
            var lookahead = index
            while lookahead < tokens.endIndex,
                tokens[lookahead] == .connector || tokens[lookahead] == .ignorable
            {
                lookahead += 1
            }
            guard lookahead > index, lookahead < tokens.endIndex,
                tokens[index..<lookahead].contains(.connector)
            else { break }
            index = lookahead
        }
        return fragments
    }
}

/// A word of a date expression.
enum DateToken: Hashable {
    /// A run of digits, with how many digits it has (a two-digit year differs from a day).
    case number(Int, digits: Int)
    /// A month name or its abbreviation, 1 through 12.
    case month(Int)
    /// "to", "and", "until", a hyphen or any dash: joins the days of a range.
    case connector
    /// The slash of DD/MM/YYYY.
    case slash
    /// Words and marks a date may carry without meaning: weekdays, "between", commas, "the".
    case ignorable
    /// Anything else: ends the expression.
    case other

    /// Splits `text` into date tokens; letters and digits run together ("2013Lead") are split.
    static func scan(_ text: some StringProtocol) -> [DateToken] {
        var tokens: [DateToken] = []
        var word = ""
        var number = ""
        var wordFollowsNumber = false
        func flushWord() {
            guard !word.isEmpty else { return }
            // An ordinal suffix ("1st", "22nd") belongs to its number.
            let isOrdinal = wordFollowsNumber && ["st", "nd", "rd", "th"].contains(word.lowercased())
            if !isOrdinal { tokens.append(classify(word)) }
            word = ""
        }
        func flushNumber() {
            guard !number.isEmpty else { return }
            tokens.append(.number(Int(number) ?? 0, digits: number.count))
            number = ""
        }
        for character in text {
            if character.isASCII, character.isNumber {
                flushWord()
                number.append(character)
            } else if character.isLetter {
                if word.isEmpty { wordFollowsNumber = !number.isEmpty }
                flushNumber()
                word.append(character)
            } else {
                flushNumber()
                flushWord()
                if character == "/" {
                    tokens.append(.slash)
                } else if "-–—─‐‑−".contains(character) {
                    tokens.append(.connector)
                } else if character.isWhitespace || ",*_()".contains(character) {
                    continue
                } else {
                    tokens.append(.other)
                }
            }
        }
        flushNumber()
        flushWord()
        return tokens
    }

    private static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
        "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
        "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]

    private static let ignorableWords: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "between", "from", "the", "of", "on",
    ]

    private static func classify(_ word: String) -> DateToken {
        let lower = word.lowercased()
        if let month = months[lower] { return .month(month) }
        if lower == "to" || lower == "and" || lower == "until" || lower == "till" { return .connector }
        if ignorableWords.contains(lower) { return .ignorable }
        return .other
    }
}
