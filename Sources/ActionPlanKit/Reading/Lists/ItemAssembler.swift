/// The assemble stage of the reader: joins an item's lines into one text.
///
/// Lines are joined with a space, except that a hyphen at the end of a line is kept and joined straight
/// to the next word ("good-" + "quality" gives "good-quality"), and a soft hyphen is dropped so the word it
/// split is whole again. Runs of whitespace become one space.
public enum ItemAssembler {
    /// The item's words from its lines (each already without marker and mark-up).
    ///
    /// A fragment whose position is in `subItemsAt` starts a sub-item (a bullet under a numbered item): it is
    /// set apart with "; " unless the text before it already ends with a colon or punctuation, so "include:"
    /// over "a" and "b" reads "include: a; b" rather than one run-on sentence.
    public static func text(of fragments: [String], subItemsAt subItems: Set<Int> = []) -> String {
        var joined = ""
        for (position, fragment) in fragments.enumerated() {
            let piece = LineClassifier.trimmingWhitespace(fragment[...])
            guard !piece.isEmpty else { continue }
            if joined.isEmpty {
                joined = String(piece)
            } else if subItems.contains(position) {
                let last = joined.last(where: { !$0.isWhitespace })
                // After a colon, punctuation or a word that leads into the list ("this to include"), a space.
                let lastWord = joined.split(separator: " ").last.map { $0.lowercased() } ?? ""
                let continues = last.map { ":;,.".contains($0) } == true || leadingWords.contains(lastWord)
                joined += continues ? " " : "; "
                joined += piece
            } else if joined.last == "\u{AD}" {
                joined.removeLast()
                joined += piece
            } else if joined.last == "-", joined.dropLast().last?.isLetter == true,
                piece.first?.isLowercase == true
            {
                joined += piece
            } else {
                joined += " "
                joined += piece
            }
        }
        return collapsingWhitespace(joined.replacingAll("\u{AD}", with: ""))
    }

    /// Words after which a sub-item continues the sentence rather than starting a new clause.
    static let leadingWords: Set<String> = [
        "and", "or", "include", "includes", "including", "by", "to", "that", "of", "for", "with", "on",
        "following", "the", "a", "an", "in",
    ]

    /// `text` with every run of whitespace turned into one space and the ends trimmed.
    public static func collapsingWhitespace(_ text: String) -> String {
        if let fast = text.utf8.withContiguousStorageIfAvailable(asciiCollapsed) ?? nil { return fast }
        return collapsingWhitespaceByCharacters(text)
    }

    /// ``collapsingWhitespace(_:)`` by `Character`s: the plain version, for text its byte-level twin in
    /// `ItemAssembler+Bytes.swift` leaves to characters, and the answer that twin must give.
    static func collapsingWhitespaceByCharacters(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
