/// Recognises the marker at the start of a list item and consumes it.
enum ListMarkerScanner {
    /// Bullet glyphs seen in conversions and pdftotext output; private-use symbol-font glyphs are added below.
    static let bullets: Set<Character> = [
        "-", "*", "+", "\u{2022}", "\u{25FC}", "\u{25A0}", "\u{25AA}", "\u{25CF}", "\u{25CB}", "\u{25E6}",
        "\u{27A2}", "\u{25BA}", "\u{25B6}", "\u{2023}", "\u{2219}", "\u{00B7}", "\u{2013}",
    ]

    /// Consumes a marker ("-", "•", "12.", "- 12.", "■ 12)") from the front of `text` and returns it.
    static func scan(_ text: inout Substring) -> ListMarker? {
        // Most lines start with a letter: an ASCII byte that is no bullet and no digit starts no marker.
        if let byte = text.utf8.first, byte < 128, !ASCIIText.isDigit(byte), byte != UInt8(ascii: "-"),
            byte != UInt8(ascii: "*"), byte != UInt8(ascii: "+")
        {
            return nil
        }
        var rest = text
        var sawBullet = false
        // A character that starts with a digit is no bullet: the set lookup is skipped for numbered lines.
        let startsWithDigit = text.utf8.first.map(ASCIIText.isDigit) ?? false
        if !startsWithDigit, let first = rest.first, isBullet(first) {
            let after = rest.dropFirst()
            let needsSpace = first.isASCII || first == "\u{2013}"
            if after.isEmpty || after.first == " " || after.first == "\t" || after.first == "\u{A0}"
                || !needsSpace
            {
                sawBullet = true
                rest = after.drop { $0 == " " || $0 == "\t" || $0 == "\u{A0}" }
            }
        }
        if let (number, afterNumber) = scanNumber(rest) {
            text = afterNumber
            return .number(number)
        }
        guard sawBullet else { return nil }
        text = rest
        return .bullet
    }

    /// Whether `character` is a bullet glyph.
    static func isBullet(_ character: Character) -> Bool {
        if bullets.contains(character) { return true }
        guard let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1 else {
            return false
        }
        // Symbol fonts (Symbol, Wingdings) map their glyphs into the private-use area: U+F0B7, U+F06E, U+F0A7.
        return (0xF000...0xF0FF).contains(scalar.value)
    }

    /// Whether the bytes are 1–3 ASCII digits, "." or ")", then the end, a space, a tab or a no-break space.
    static func mayStartNumber(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count, ASCIIText.isDigit(bytes[index]) { index += 1 }
        guard (1...3).contains(index), index < bytes.count,
            bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: ")")
        else { return false }
        index += 1
        guard index < bytes.count else { return true }
        let next = bytes[index]
        return next == UInt8(ascii: " ") || next == UInt8(ascii: "\t")
            || (next == 0xC2 && index + 1 < bytes.count && bytes[index + 1] == 0xA0)
    }

    /// ``scanNumber(_:)`` on the bytes of a text that ``mayStartNumber(_:)`` accepted: the number and
    /// the offset of the words after it; `nil` when a non-ASCII character follows the spaces, which
    /// might join the last space into a larger character, so the character-level scan must decide.
    static func numberOnBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> (Int, Int)? {
        var value = 0
        var index = 0
        while index < bytes.count, ASCIIText.isDigit(bytes[index]) {
            value = value * 10 + Int(bytes[index] - 48)
            index += 1
        }
        // The full stop or bracket.
        index += 1
        while index < bytes.count {
            if ASCIIText.isBlank(bytes[index]) {
                index += 1
            } else if bytes[index] == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xA0 {
                index += 2
            } else {
                break
            }
        }
        guard index == bytes.count || bytes[index] < 128 else { return nil }
        return (value, index)
    }

    /// "12." or "12)" followed by whitespace or the end of the line.
    static func scanNumber(_ text: Substring) -> (Int, Substring)? {
        // A number marker needs these bytes; most lines that start with a digit (dates, figures) lack
        // them, and are turned away without grapheme breaking.
        guard text.utf8.withContiguousStorageIfAvailable(mayStartNumber) ?? true else { return nil }
        if let (value, skipped) = text.utf8.withContiguousStorageIfAvailable(numberOnBytes) ?? nil {
            return (value, text[text.utf8.index(text.utf8.startIndex, offsetBy: skipped)...])
        }
        var digits = 0
        var value = 0
        var index = text.startIndex
        while index < text.endIndex, let digit = text[index].wholeNumberValue, text[index].isASCII {
            // A list number has at most three digits; a longer run is not a marker, and must not overflow.
            if digits < 4 { value = value * 10 + digit }
            digits += 1
            index = text.index(after: index)
        }
        guard (1...3).contains(digits), index < text.endIndex, text[index] == "." || text[index] == ")" else {
            return nil
        }
        let after = text[text.index(after: index)...]
        guard after.isEmpty || after.first == " " || after.first == "\t" || after.first == "\u{A0}" else {
            return nil
        }
        return (value, after.drop { $0 == " " || $0 == "\t" || $0 == "\u{A0}" })
    }
}
