/// Recognises the headings that open a recommendations list and the timescale headings inside one.
enum HeadingMatcher {
    /// The heading `text` (a line without mark-up or marker) is, or `nil`; contents-page entries are not headings.
    static func heading(in text: String) -> ListHeading? {
        // Every heading starts with one of a few words: a cheap test before the string work.
        guard text.utf8.count <= 240, startsWithFirstWord(text),
            text.utf8.reduce(0, { $0 + ($1 == 32 ? 1 : 0) }) <= 12, let firstLetter = text.first
        else { return nil }
        // A wrapped sentence can leave "areas for improvement." alone on a line; a heading is capitalised
        // and has no full stop.
        guard firstLetter.isUppercase, !text.hasSuffix(".") else { return nil }
        let key = self.key(text)
        // "By March 2014" ends in figures like a contents-page entry, but a date is not a page number.
        if key.hasPrefix("by "), let timescale = timescale(key) { return .timescale(timescale) }
        guard !key.isEmpty, !isContentsEntry(key) else { return nil }
        switch key {
        case "areas for improvement": return .areasForImprovement
        case "recommendations": return .recommendations
        case "what does the local authority need to improve":
            return .whatDoesItNeedToImprove(board: false)
        case "what does the lscb need to improve",
            "what does the local safeguarding children board need to improve":
            return .whatDoesItNeedToImprove(board: true)
        default: break
        }
        if key.hasPrefix("what needs to improve"), key.split(separator: " ").count <= 9 {
            return .whatNeedsToImprove
        }
        if let timescale = timescale(key) {
            return .timescale(timescale)
        }
        return nil
    }

    /// A timescale that opens a line of item text ("Immediately: ensure that …"), and the text after it.
    static func inlineTimescale(in text: String) -> (Timescale, String)? {
        guard startsWithFirstWord(text), let colon = text.prefix(48).firstIndex(of: ":") else {
            return nil
        }
        let rest = LineClassifier.trimmingWhitespace(text[text.index(after: colon)...])
        guard !rest.isEmpty, let timescale = timescale(key(String(text[..<colon]))) else { return nil }
        return (timescale, String(rest))
    }

    /// The words a recommendations or timescale heading can start with.
    static let firstWords: Set<[UInt8]> = Set(
        ["areas", "recommendations", "what", "immediately", "immediate", "priority", "within", "by"].map {
            Array($0.utf8)
        })

    /// Whether the leading ASCII letters of `text` are one of ``firstWords``, tested without allocating:
    /// this runs on every line of a report.
    static func startsWithFirstWord(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable(startsWithFirstWordOnBytes)
            ?? startsWithFirstWordByLookup(text)
    }

    /// ``startsWithFirstWord(_:)`` by making the leading word and looking it up: the plain version, for
    /// text without contiguous bytes, and the answer its byte-level twin in `HeadingMatcher+Bytes.swift`
    /// must give.
    static func startsWithFirstWordByLookup(_ text: String) -> Bool {
        firstWords.contains(firstWord(of: text))
    }

    /// The leading ASCII letters of `text`, lowercased.
    static func firstWord(of text: String) -> [UInt8] {
        var word: [UInt8] = []
        for byte in text.utf8 {
            let lower = ASCIIText.lower(byte)
            guard lower >= 97 && lower <= 122, word.count < 16 else { break }
            word.append(lower)
        }
        return word
    }

    /// The heading's words: lowercase, straight apostrophes, without a footnote mark or closing punctuation.
    static func key(_ text: String) -> String {
        var key = text.lowercased().replacingAll("’", with: "'")
        // A footnote mark sticks to the heading: "What needs to improve?1".
        if let question = key.lastIndex(of: "?"),
            key[key.index(after: question)...].allSatisfy(\.isNumber)
        {
            key = String(key[..<question])
        }
        while let last = key.last, last == "?" || last == ":" || last == "." || last == " " || last == "*" {
            key.removeLast()
        }
        return key.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    }

    /// A contents-page line ends in a page number: "Recommendations 7", "Areas for improvement\t2".
    static func isContentsEntry(_ key: String) -> Bool {
        guard let last = key.split(separator: " ").last, key.contains(" ") else { return false }
        return last.allSatisfy(\.isNumber)
    }

    /// The timescale a heading key names: "immediately", "within three months", "priority and immediate action".
    static func timescale(_ key: String) -> Timescale? {
        let words = key.split(separator: " ")
        guard (1...9).contains(words.count) else { return nil }
        // "Priority actions" heads the same list as "Priority and immediate action" in some SIF reports.
        if key == "immediately" || key == "immediate" || key == "immediate action"
            || key.hasPrefix("priority and immediate action") || key == "priority actions"
            || key == "priority action" || key == "areas for priority action"
        {
            return .immediately
        }
        // "Within three months", also "Within three months of the date of this report"; "Within 20 working
        // days"; "By 31 March 2014" and "By March 2014", which must be the whole heading, since a line of
        // prose can start "By March 2014 the service had…".
        guard words.count >= 3, let (timescale, count) = Timescale.leading(words) else { return nil }
        guard words[0] == "within" || count == words.count else { return nil }
        return timescale
    }
}
