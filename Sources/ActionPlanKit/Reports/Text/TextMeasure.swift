/// How a piece of text lays out in a terminal: its width in characters, its longest word, and whether
/// it can be measured, wrapped and cut on its UTF-8 bytes.
///
/// Text is *simple* when every scalar is a character of its own and U+0020 is its only whitespace:
/// then characters are scalars, a scalar starts at every byte that is not a continuation byte, and
/// words are the runs between spaces, so one pass over the bytes answers exactly what grapheme
/// breaking would. Tables measure tens of thousands of cells, and grapheme breaking costs about ten
/// times as much as that pass. Other text is measured with `Character`s.
struct TextMeasure: Sendable {
    /// The width in characters: `String.count`.
    var width: Int
    /// The length in characters of the longest run between spaces.
    var longestWord: Int
    /// Whether the text is simple (see the type's summary), so its bytes can be wrapped directly.
    var isSimple: Bool

    /// Measures `text` in one pass over its bytes, or with `Character`s when it is not simple.
    init(_ text: String) {
        var text = text
        let simple = text.withUTF8 { TextMeasure(simpleBytes: $0) }
        self = simple ?? TextMeasure(byCharacters: text)
    }

    /// Measures `text` with `Character`s: the plain version, for text that is not simple, and the
    /// answer ``init(simpleBytes:)`` must give.
    init(byCharacters text: String) {
        width = text.count
        longestWord = text.split(separator: " ").reduce(0) { max($0, $1.count) }
        isSimple = false
    }
}
