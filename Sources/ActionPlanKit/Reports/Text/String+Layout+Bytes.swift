// The byte-level twin of `String.shortenedByCharacters(to:)`, for simple text (see `TextMeasure`):
// a report shortens tens of thousands of actions, and cutting their bytes spares grapheme breaking.

extension String {
    /// ``shortened(to:)`` of simple text's `source` bytes, or `nil` when the text is not simple.
    static func shortenedSimple(_ source: UnsafeBufferPointer<UInt8>, to limit: Int) -> String? {
        var result: [UInt8] = []
        result.reserveCapacity(Swift.min(source.count, limit * 3) + 3)
        guard writeShortenedSimple(source, to: limit, into: &result) else { return nil }
        return String(decoding: result, as: UTF8.self)
    }

    /// Appends ``shortened(to:)`` of `source`, the UTF-8 of a string, to `output` and returns `true`
    /// when the part of it the cut reads is simple text (see ``TextMeasure``); otherwise appends nothing
    /// and returns `false`.
    ///
    /// Only the words up to the cut are read, and the word the cut falls in: a long recommendation is
    /// never measured whole. What follows the cut cannot change the result, since the rules read
    /// nothing after the word that does not fit, and a non-simple scalar inside that word sends the
    /// text to the `Character` path.
    static func writeShortenedSimple(
        _ source: UnsafeBufferPointer<UInt8>, to limit: Int, into output: inout [UInt8]
    ) -> Bool {
        let start = output.count
        var width = 0
        var run = WordRun()
        var index = 0
        while index < source.count {
            if source[index] == 0x20 {
                index += 1
                continue
            }
            let wordStart = index
            var wordWidth = 0
            while index < source.count, source[index] != 0x20 {
                guard let length = source.simpleScalarLength(at: index) else {
                    output.removeSubrange(start...)
                    return false
                }
                wordWidth += 1
                index += length
            }
            let isFirst = width == 0
            let needed = isFirst ? wordWidth : width + 1 + wordWidth
            if needed > limit - 1 {
                run.copy(from: source, into: &output)
                if width < limit / 2 {
                    // One very long word: cutting inside it reads better than dropping most of the text.
                    let room = Swift.max(limit - 1 - (isFirst ? 0 : width + 1), 0)
                    if !isFirst { output.append(0x20) }
                    let cut = source.simpleCut(of: wordStart..<index, after: room)
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: source[wordStart..<cut]))
                }
                trimTrailingPunctuation(&output, after: start)
                output.append(contentsOf: "…".utf8)
                return true
            }
            run.add(wordStart..<index, first: isFirst, of: source, into: &output)
            width += (isFirst ? 0 : 1) + wordWidth
        }
        run.copy(from: source, into: &output)
        return true
    }

    /// Drops the punctuation a cut should not end on, `,;:.-(` and the en dash, from the bytes after `start`.
    private static func trimTrailingPunctuation(_ bytes: inout [UInt8], after start: Int) {
        while bytes.count > start, let last = bytes.last {
            switch last {
            case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "."),
                UInt8(ascii: "-"), UInt8(ascii: "("):
                bytes.removeLast()
            case 0x93
            where bytes.count - start >= 3 && bytes[bytes.count - 3] == 0xE2 && bytes[bytes.count - 2] == 0x80:
                bytes.removeLast(3)
            default:
                return
            }
        }
    }
}
