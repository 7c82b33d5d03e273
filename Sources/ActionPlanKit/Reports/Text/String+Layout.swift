extension String {
    /// The text cut at a word boundary to at most `limit` characters, ending in "…" when cut.
    ///
    /// Whitespace runs (line breaks from the report included) collapse to single spaces first.
    /// Simple text (see ``TextMeasure``) is cut on its bytes, other text by `Character`s, to the same rules.
    func shortened(to limit: Int) -> String {
        var text = self
        if let short = text.withUTF8({ String.shortenedSimple($0, to: limit) }) { return short }
        let words = split(whereSeparator: \.isWhitespace)
        var result = ""
        for word in words {
            let needed = result.isEmpty ? word.count : result.count + 1 + word.count
            if needed > limit - 1 {
                if result.count < limit / 2 {
                    // One very long word: cutting inside it reads better than dropping most of the text.
                    let room = limit - 1 - (result.isEmpty ? 0 : result.count + 1)
                    result += (result.isEmpty ? "" : " ") + word.prefix(max(room, 0))
                }
                while let last = result.last, ",;:.-–(".contains(last) { result.removeLast() }
                return result + "…"
            }
            result += (result.isEmpty ? "" : " ") + word
        }
        return result
    }

    /// ``shortened(to:)`` of simple text's `source` bytes, or `nil` when the text is not simple.
    private static func shortenedSimple(_ source: UnsafeBufferPointer<UInt8>, to limit: Int) -> String? {
        guard let measure = TextMeasure(simpleBytes: source) else { return nil }
        // Text that fits and has no runs of spaces to collapse comes back as it is.
        if measure.width <= limit - 1, !hasSpacesToCollapse(source) {
            return String(decoding: source, as: UTF8.self)
        }
        var result: [UInt8] = []
        result.reserveCapacity(Swift.min(source.count, limit * 3) + 3)
        var width = 0
        var index = 0
        while index < source.count {
            if source[index] == 0x20 {
                index += 1
                continue
            }
            let wordStart = index
            var wordWidth = 0
            while index < source.count, source[index] != 0x20 {
                if source[index] & 0xC0 != 0x80 { wordWidth += 1 }
                index += 1
            }
            let needed = result.isEmpty ? wordWidth : width + 1 + wordWidth
            if needed > limit - 1 {
                if width < limit / 2 {
                    // One very long word: cutting inside it reads better than dropping most of the text.
                    let room = Swift.max(limit - 1 - (result.isEmpty ? 0 : width + 1), 0)
                    if !result.isEmpty { result.append(0x20) }
                    let cut = source.simpleCut(of: wordStart..<index, after: room)
                    result.append(contentsOf: UnsafeBufferPointer(rebasing: source[wordStart..<cut]))
                }
                trimTrailingPunctuation(&result)
                return String(decoding: result, as: UTF8.self) + "…"
            }
            if !result.isEmpty {
                result.append(0x20)
                width += 1
            }
            result.append(contentsOf: UnsafeBufferPointer(rebasing: source[wordStart..<index]))
            width += wordWidth
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// Whether the text starts or ends with a space or holds two in a row.
    private static func hasSpacesToCollapse(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first, let last = bytes.last else { return false }
        if first == 0x20 || last == 0x20 { return true }
        var previous: UInt8 = 0
        for byte in bytes {
            if byte == 0x20 && previous == 0x20 { return true }
            previous = byte
        }
        return false
    }

    /// Drops the punctuation a cut should not end on: `,;:.-(` and the en dash.
    private static func trimTrailingPunctuation(_ bytes: inout [UInt8]) {
        while let last = bytes.last {
            switch last {
            case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "."),
                UInt8(ascii: "-"), UInt8(ascii: "("):
                bytes.removeLast()
            case 0x93
            where bytes.count >= 3 && bytes[bytes.count - 3] == 0xE2 && bytes[bytes.count - 2] == 0x80:
                bytes.removeLast(3)
            default:
                return
            }
        }
    }
}
