import Foundation

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

    /// The byte offset of the first `needle` in `bytes`, ignoring ASCII case unless `caseSensitive`.
    static func offset(of needle: String, in bytes: UnsafeBufferPointer<UInt8>, caseSensitive: Bool) -> Int? {
        var needle = needle
        return needle.withUTF8 { pattern in firstOffset(of: pattern, in: bytes, caseSensitive) }
    }

    /// Whether `line` contains `needle`, ignoring ASCII case.
    static func contains(_ needle: String, in line: String) -> Bool {
        range(of: needle, in: line) != nil
    }

    private static func firstOffset(
        of pattern: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>, _ caseSensitive: Bool
    ) -> Int? {
        guard let first = pattern.first, bytes.count >= pattern.count else { return nil }
        // The first byte in both cases, tested directly: this loop runs over every byte of a report.
        let headLower = caseSensitive ? first : folded(first)
        let headUpper = caseSensitive || headLower < 97 || headLower > 122 ? headLower : headLower - 32
        let lastStart = bytes.count - pattern.count
        if headLower == headUpper, let base = bytes.baseAddress {
            return exactHeadOffset(of: pattern, in: base, lastStart: lastStart, caseSensitive)
        }
        var start = 0
        while start <= lastStart {
            let byte = bytes[start]
            if byte == headLower || byte == headUpper {
                var offset = 1
                if caseSensitive {
                    while offset < pattern.count, bytes[start + offset] == pattern[offset] { offset += 1 }
                } else {
                    while offset < pattern.count, folded(bytes[start + offset]) == folded(pattern[offset]) {
                        offset += 1
                    }
                }
                if offset == pattern.count { return start }
            }
            start += 1
        }
        return nil
    }

    /// ``firstOffset(of:in:_:)`` for a pattern whose first byte has one case: memchr finds each
    /// place it may start.
    private static func exactHeadOffset(
        of pattern: UnsafeBufferPointer<UInt8>, in base: UnsafePointer<UInt8>, lastStart: Int,
        _ caseSensitive: Bool
    ) -> Int? {
        var start = 0
        while start <= lastStart, let found = memchr(base + start, Int32(pattern[0]), lastStart - start + 1) {
            let candidate = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            var offset = 1
            if caseSensitive {
                while offset < pattern.count, base[candidate + offset] == pattern[offset] { offset += 1 }
            } else {
                while offset < pattern.count, folded(base[candidate + offset]) == folded(pattern[offset]) {
                    offset += 1
                }
            }
            if offset == pattern.count { return candidate }
            start = candidate + 1
        }
        return nil
    }

    @inline(__always) private static func folded(_ byte: UInt8) -> UInt8 {
        byte >= 65 && byte <= 90 ? byte + 32 : byte
    }
}
