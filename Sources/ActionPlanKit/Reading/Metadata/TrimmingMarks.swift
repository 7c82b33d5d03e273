extension StringProtocol {
    /// The text without surrounding whitespace and the Markdown marks conversions leave ("**", "#", "- ").
    ///
    /// Works on the UTF-8 bytes (ASCII blanks and the no-break space): this runs on every line.
    func trimmingMarks() -> String {
        let text = Substring(self)
        let utf8 = text.utf8
        let bounds =
            utf8.withContiguousStorageIfAvailable(MarkTrimming.bounds)
            ?? Array(utf8).withUnsafeBufferPointer(MarkTrimming.bounds)
        let lower = utf8.index(utf8.startIndex, offsetBy: bounds.lowerBound)
        let upper = utf8.index(utf8.startIndex, offsetBy: bounds.upperBound)
        var trimmed = text[lower..<upper]
        if trimmed.utf8.starts(with: "- ".utf8) { trimmed = trimmed.dropFirst(2) }
        return String(trimmed)
    }
}

/// The byte-level part of ``Swift/StringProtocol/trimmingMarks()``.
enum MarkTrimming {
    /// The byte offsets of `bytes` left after dropping surrounding blanks, no-break spaces and marks.
    static func bounds(_ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var start = 0
        var end = bytes.count
        while start < end {
            let byte = bytes[start]
            if isBlank(byte) || byte == UInt8(ascii: "*") || byte == UInt8(ascii: "#")
                || byte == UInt8(ascii: ">")
            {
                start += 1
            } else if byte == 0xC2, start + 1 < end, bytes[start + 1] == 0xA0 {
                start += 2
            } else {
                break
            }
        }
        while start < end {
            let byte = bytes[end - 1]
            if isBlank(byte) || byte == UInt8(ascii: "*") {
                end -= 1
            } else if byte == 0xA0, end - 1 > start, bytes[end - 2] == 0xC2 {
                end -= 2
            } else {
                break
            }
        }
        return start..<end
    }

    /// Spaces, tabs, form feeds and carriage returns.
    @inline(__always) static func isBlank(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == 0x0C || byte == UInt8(ascii: "\r")
    }
}
