// The byte-level twin of `Grade.normalisedByCharacters(_:)`: every table cell and many lines are
// normalised to be compared with the grade phrases, and most are ASCII.

extension Grade {
    /// ``normalised(_:)`` on bytes for ASCII text, where a byte is a character, and for text whose other
    /// characters are ``ASCIIText/isPlainPunctuation(_:at:)``; `nil` for other text.
    static func asciiNormalised(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        // Markdown emphasis marks are dropped; letters are lowercased.
        let kept = ASCIIText.collapsingWhitespace(bytes) { byte in
            byte == UInt8(ascii: "*") || byte == UInt8(ascii: "_") ? nil : ASCIIText.lower(byte)
        }
        guard var out = kept else { return nil }
        while let last = out.last,
            last == UInt8(ascii: ".") || last == UInt8(ascii: ",")
                || last == UInt8(ascii: ";") || last == UInt8(ascii: ":")
        {
            out.removeLast()
        }
        return String(decoding: out, as: UTF8.self)
    }
}
