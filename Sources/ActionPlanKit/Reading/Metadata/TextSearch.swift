/// Fast searches over a line's UTF-8 bytes; Foundation's case-insensitive `range(of:)` costs
/// microseconds a call, too slow for every line of hundreds of reports.
enum TextSearch {
    /// The first range of `needle` in `line`, ignoring ASCII case unless `caseSensitive`.
    static func range(of needle: String, in line: String, caseSensitive: Bool = false) -> Range<String.Index>?
    {
        var line = line
        var needle = needle
        line.makeContiguousUTF8()
        needle.makeContiguousUTF8()
        let offset =
            line.utf8.withContiguousStorageIfAvailable { bytes in
                needle.utf8.withContiguousStorageIfAvailable { pattern in
                    firstOffset(of: pattern, in: bytes, caseSensitive)
                } ?? nil
            } ?? nil
        guard let offset else { return nil }
        let lower = line.utf8.index(line.utf8.startIndex, offsetBy: offset)
        return lower..<line.utf8.index(lower, offsetBy: needle.utf8.count)
    }

    /// Whether `line` contains `needle`, ignoring ASCII case.
    static func contains(_ needle: String, in line: String) -> Bool {
        range(of: needle, in: line) != nil
    }

    private static func firstOffset(
        of pattern: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>, _ caseSensitive: Bool
    ) -> Int? {
        guard let first = pattern.first, bytes.count >= pattern.count else { return nil }
        let fold = { (byte: UInt8) in caseSensitive ? byte : folded(byte) }
        let head = fold(first)
        var start = 0
        while start + pattern.count <= bytes.count {
            defer { start += 1 }
            guard fold(bytes[start]) == head else { continue }
            var offset = 1
            while offset < pattern.count, fold(bytes[start + offset]) == fold(pattern[offset]) {
                offset += 1
            }
            if offset == pattern.count { return start }
        }
        return nil
    }

    private static func folded(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte
    }
}
