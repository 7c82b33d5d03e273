extension JudgementTable.Scanner {
    /// The area without its number ("2.1 Adoption performance" → "Adoption performance").
    static func areaName(_ text: String) -> String {
        if let fast = text.utf8.withContiguousStorageIfAvailable(byteAreaName) ?? nil { return fast }
        let unnumbered = text.drop { $0.isNumber || $0 == "." || $0 == " " }
        let name = unnumbered.isEmpty ? Substring(text) : unnumbered
        var words = name.split(whereSeparator: { $0.isWhitespace })
        // "The effectiveness of the LSCB is" / "requires improvement": the verb is not the area's.
        if words.count > 2, words.last == "is" { words.removeLast() }
        var areaName = words.joined(separator: " ")
        while let last = areaName.last, last == ":" || last == "." { areaName.removeLast() }
        return areaName
    }

    /// ``areaName(_:)`` on bytes, for text of ASCII and ``ASCIIText/isPlainPunctuation(_:at:)``
    /// characters (where an ASCII byte is a character and the punctuation is neither a number, a full
    /// stop nor whitespace); `nil` for other text.
    static func byteAreaName(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var index = 0
        while index < bytes.count {
            if bytes[index] >= 128 {
                guard ASCIIText.isPlainPunctuation(bytes, at: index) else { return nil }
                index += 3
            } else {
                index += 1
            }
        }
        var start = 0
        while start < bytes.count,
            ASCIIText.isDigit(bytes[start]) || bytes[start] == UInt8(ascii: ".") || bytes[start] == 32
        {
            start += 1
        }
        if start == bytes.count { start = 0 }
        var words: [Range<Int>] = []
        var wordStart: Int?
        for offset in start...bytes.count {
            let isSpace = offset == bytes.count || bytes[offset] == 32 || (9...13).contains(bytes[offset])
            if isSpace, let begun = wordStart {
                words.append(begun..<offset)
                wordStart = nil
            } else if !isSpace, wordStart == nil {
                wordStart = offset
            }
        }
        if words.count > 2, let last = words.last, bytes[last].elementsEqual("is".utf8) { words.removeLast() }
        var out: [UInt8] = []
        for word in words {
            if !out.isEmpty { out.append(32) }
            out += bytes[word]
        }
        while out.last == UInt8(ascii: ":") || out.last == UInt8(ascii: ".") { out.removeLast() }
        return String(decoding: out, as: UTF8.self)
    }
}
