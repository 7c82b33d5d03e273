/// Fast searches over a line's UTF-8 bytes; Foundation's case-insensitive `range(of:)` costs
/// microseconds a call, too slow for every line of hundreds of reports.
enum TextSearch {
    /// The first range of `needle` in `line`, ignoring ASCII case unless `caseSensitive`.
    static func range(of needle: String, in line: String, caseSensitive: Bool = false) -> Range<String.Index>? {
        let pattern = Array(needle.utf8).map { caseSensitive ? $0 : folded($0) }
        let offset =
            line.utf8.withContiguousStorageIfAvailable { firstOffset(of: pattern, in: $0, caseSensitive) }
            ?? Array(line.utf8).withUnsafeBufferPointer { firstOffset(of: pattern, in: $0, caseSensitive) }
        guard let offset else { return nil }
        let lower = line.utf8.index(line.utf8.startIndex, offsetBy: offset)
        return lower..<line.utf8.index(lower, offsetBy: pattern.count)
    }

    private static func firstOffset(
        of pattern: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, _ caseSensitive: Bool
    ) -> Int? {
        guard let first = pattern.first, bytes.count >= pattern.count else { return nil }
        var start = 0
        while start + pattern.count <= bytes.count {
            defer { start += 1 }
            let byte = caseSensitive ? bytes[start] : folded(bytes[start])
            guard byte == first else { continue }
            var offset = 1
            while offset < pattern.count,
                (caseSensitive ? bytes[start + offset] : folded(bytes[start + offset])) == pattern[offset]
            {
                offset += 1
            }
            if offset == pattern.count { return start }
        }
        return nil
    }

    /// Whether `line` contains `needle`, ignoring ASCII case.
    static func contains(_ needle: String, in line: String) -> Bool {
        range(of: needle, in: line) != nil
    }

    private static func folded(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte
    }
}
