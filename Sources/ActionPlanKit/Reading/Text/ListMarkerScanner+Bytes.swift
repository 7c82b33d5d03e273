// The byte-level twin of `ListMarkerScanner.scanNumberByCharacters(_:)`: every line that starts with a
// digit is asked for a list number, and most (dates, figures) are turned away on their bytes.

extension ListMarkerScanner {
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
}
