/// The grades of both Ofsted scales: Outstanding, Good, Adequate, Inadequate (2009–2013) and
/// Outstanding, Good, Requires improvement (to be good), Inadequate (2014 on).
enum Grade {
    /// Every grade phrase, longest first, with the wording a judgement keeps.
    static let phrases: [(phrase: String, grade: String)] = [
        ("requires improvement to be good", "Requires improvement to be good"),
        ("require improvement to be good", "Requires improvement to be good"),
        ("requires improvement", "Requires improvement"),
        ("require improvement", "Requires improvement"),
        ("outstanding", "Outstanding"),
        ("inadequate", "Inadequate"),
        ("adequate", "Adequate"),
        ("good", "Good"),
    ]

    /// What a table says of an area it does not grade.
    static let notJudged = "Not judged"

    /// The last words of the grade phrases, to tell quickly whether a line may end in a grade.
    static let endings: Set<String> = [
        "outstanding", "good", "adequate", "inadequate", "improvement", "judged",
    ]

    /// Reads a whole table cell as a grade: "Good", "Requires improvement to be good",
    /// "Grade 3 (Adequate)"; `nil` for anything else, including "Outstanding (Grade 1)" (the scale).
    static func cell(_ text: some StringProtocol) -> String? {
        guard text.utf8.count <= 48 else { return nil }
        let words = normalised(text)
        if words.hasPrefix("grade "), let open = words.firstIndex(of: "("), words.hasSuffix(")") {
            let inner = words[words.index(after: open)..<words.index(before: words.endIndex)]
            return cell(inner)
        }
        return phrases.first { $0.phrase == words }?.grade
    }

    /// The grade a sentence ends with ("Children's services in Norfolk are inadequate").
    static func ending(_ text: some StringProtocol) -> String? {
        let words = normalised(text)
        return phrases.first { words.hasSuffix(" " + $0.phrase) }?.grade
    }

    /// A row that `pdftotext -raw` ran together with one space ("2.1 Adoption performance Good"),
    /// split into its area and grade.
    static func splitRow(_ text: String) -> (area: String, grade: String)? {
        guard mayHoldGradeWord(text) else { return nil }
        let words = text.split(separator: " ")
        for ((phrase, grade), count) in zip(phrases, phraseWordCounts) {
            guard words.count > count else { continue }
            if normalised(words.suffix(count).joined(separator: " ")) == phrase,
                !rowVerbs.contains(words[words.count - count - 1])
            {
                return (words.dropLast(count).joined(separator: " "), grade)
            }
        }
        return nil
    }

    /// The number of words of each of ``phrases``.
    static let phraseWordCounts = phrases.map { $0.phrase.split(separator: " ").count }

    /// "…Kingston upon Thames are good" ends a sentence; a row's area ends in a noun, not these verbs.
    static let rowVerbs: Set<Substring> = ["are", "is", "be", "were", "was", "remain", "remains"]

    /// Whether `text` may hold the last word of a grade phrase: ASCII text without emphasis marks must
    /// hold one of them, in any case; other text is left to the full comparison.
    static func mayHoldGradeWord(_ text: String) -> Bool {
        let hasOther = text.utf8.contains { $0 >= 128 || $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "_") }
        return hasOther
            || ["good", "adequate", "outstanding", "improvement"].contains {
                ASCIIText.contains(text, lowercased: $0)
            }
    }

    /// Where a piece of a grade wrapped over two lines belongs.
    enum Fragment {
        /// "Requires", "Requires improvement to": a grade's first line.
        case start
        /// "improvement", "to be good", "be good": a grade's second line.
        case end
    }

    /// Whether a cell is a piece of a wrapped grade, and which.
    static func fragment(_ text: some StringProtocol) -> Fragment? {
        guard text.utf8.count <= 30 else { return nil }
        switch normalised(text) {
        case "requires", "requires improvement to": return .start
        case "improvement", "improvement to be good", "to be good", "be good": return .end
        default: return nil
        }
    }

    /// Lowercased, with Markdown emphasis, trailing punctuation and repeated spaces removed.
    static func normalised(_ text: some StringProtocol) -> String {
        if let fast = text.utf8.withContiguousStorageIfAvailable(asciiNormalised) ?? nil { return fast }
        return normalisedByCharacters(text)
    }

    /// ``normalised(_:)`` by `Character`s: the plain version, for text its byte-level twin in
    /// `Grade+Bytes.swift` leaves to characters, and the answer that twin must give.
    static func normalisedByCharacters(_ text: some StringProtocol) -> String {
        let kept = text.lowercased().filter { $0 != "*" && $0 != "_" }
        let words = kept.split(whereSeparator: { $0.isWhitespace })
        var joined = words.joined(separator: " ")
        while let last = joined.last, ".,;:".contains(last) { joined.removeLast() }
        return joined
    }
}
