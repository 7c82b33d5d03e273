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
        // Any ASCII byte but a space or tab is a visible character; only non-ASCII needs the Unicode test.
        let other = ASCIIText.withBytes(text) { bytes -> UInt8? in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte != 32 && byte != 9 { return byte }
                index += 1
            }
            return nil
        }
        guard let byte = other else { return true }
        return byte < 128 ? false : text.allSatisfy(\.isWhitespace)
    }
}
