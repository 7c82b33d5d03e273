/// One line of a report's text, with where it sits in the original.
public struct SourceLine: Hashable, Sendable {
    /// The 1-based line number in the original text (after line endings are normalised).
    public var number: Int
    /// The 0-based page the line is on (pages are counted by form feeds).
    public var page: Int
    /// The line without its form feeds and line ending.
    public var text: Substring

    /// Creates a line.
    public init(number: Int, page: Int, text: Substring) {
        self.number = number
        self.page = page
        self.text = text
    }

    /// Whether the line holds only whitespace.
    public var isBlank: Bool {
        for byte in text.utf8 {
            if byte == 32 || byte == 9 { continue }
            // Any other ASCII byte is a visible character; only non-ASCII needs the Unicode test.
            if byte < 128 { return false }
            return text.allSatisfy(\.isWhitespace)
        }
        return true
    }
}
