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

    /// "12." or "12)" followed by whitespace or the end of the line.
    static func scanNumber(_ text: Substring) -> (Int, Substring)? {
        // A number marker needs these bytes; most lines that start with a digit (dates, figures) lack
        // them, and are turned away without grapheme breaking.
        guard text.utf8.withContiguousStorageIfAvailable(mayStartNumber) ?? true else { return nil }
        if let (value, skipped) = text.utf8.withContiguousStorageIfAvailable(numberOnBytes) ?? nil {
            return (value, text[text.utf8.index(text.utf8.startIndex, offsetBy: skipped)...])
        }
        return scanNumberByCharacters(text)
    }

    /// ``scanNumber(_:)`` by `Character`s: the plain version, for lines its byte-level twin in
    /// `ListMarkerScanner+Bytes.swift` leaves to characters, and the answer that twin must give.
    static func scanNumberByCharacters(_ text: Substring) -> (Int, Substring)? {
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
