import Foundation

// The byte-level test that sends most lines past mark-up stripping, marker scanning and trimming, whose
// `Character` work would leave them as they are: every line of every report is classified.

extension LineClassifier {
    /// What one pass over a line's bytes tells the classifier.
    struct LineShape {
        /// Columns of leading whitespace (a tab counts as four).
        var indent = 0
        /// How many leading spaces and tabs there are.
        var blanks = 0
        /// Whether the words after the leading blanks are the line's text as they stand: they start
        /// with a visible ASCII byte that opens no mark-up and no list marker, end with a visible ASCII
        /// byte (nothing to trim), and hold no `*`, `_` or `<` (no mark-up to strip).
        var isPlainWords = false

        init(_ bytes: UnsafeBufferPointer<UInt8>) {
            while blanks < bytes.count, ASCIIText.isBlank(bytes[blanks]) {
                indent += bytes[blanks] == 9 ? 4 : 1
                blanks += 1
            }
            guard blanks < bytes.count, let base = bytes.baseAddress else { return }
            let first = bytes[blanks]
            guard ASCIIText.isVisible(first), ASCIIText.isVisible(bytes[bytes.count - 1]),
                !ASCIIText.isDigit(first)
            else { return }
            switch first {
            case UInt8(ascii: "#"), UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "+"): return
            default: break
            }
            let rest = base + blanks
            let count = bytes.count - blanks
            isPlainWords =
                memchr(rest, 42, count) == nil && memchr(rest, 95, count) == nil
                && memchr(rest, 60, count) == nil
        }
    }
}
