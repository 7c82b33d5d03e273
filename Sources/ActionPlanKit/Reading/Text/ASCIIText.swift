import Foundation

/// Byte-level text tests for the hot paths of the reader, where `Character` iteration is too slow.
enum ASCIIText {
    /// Whether `haystack` contains `needle` (lowercase ASCII), ignoring the case of ASCII letters.
    static func contains<S: StringProtocol>(_ haystack: S, lowercased needle: String) -> Bool {
        // Literal needles are contiguous already: no array is made for them on every call.
        let found = needle.utf8.withContiguousStorageIfAvailable { pattern in
            haystack.utf8.withContiguousStorageIfAvailable { search($0, for: pattern) }
                ?? Array(haystack.utf8).withUnsafeBufferPointer { search($0, for: pattern) }
        }
        if let found { return found }
        return Array(needle.utf8).withUnsafeBufferPointer { pattern in
            Array(haystack.utf8).withUnsafeBufferPointer { search($0, for: pattern) }
        }
    }

    /// Whether `bytes` contain `pattern`, ignoring the case of ASCII letters in `bytes`.
    private static func search(_ bytes: UnsafeBufferPointer<UInt8>, for pattern: UnsafeBufferPointer<UInt8>)
        -> Bool
    {
        guard !pattern.isEmpty else { return true }
        guard bytes.count >= pattern.count else { return false }
        let first = pattern[0]
        var start = 0
        while start <= bytes.count - pattern.count {
            if lower(bytes[start]) == first {
                var matched = 1
                while matched < pattern.count && lower(bytes[start + matched]) == pattern[matched] {
                    matched += 1
                }
                if matched == pattern.count { return true }
            }
            start += 1
        }
        return false
    }

    /// Whether the UTF-8 of `text` holds the UTF-8 of `needle`, byte for byte.
    static func contains(_ text: String, bytesOf needle: String) -> Bool {
        var text = text
        var needle = needle
        return text.withUTF8 { bytes in
            needle.withUTF8 { pattern in
                guard let base = bytes.baseAddress, let head = pattern.first else { return pattern.isEmpty }
                var start = 0
                while bytes.count - start >= pattern.count,
                    let found = memchr(base + start, Int32(head), bytes.count - start - pattern.count + 1)
                {
                    let offset = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                    if memcmp(base + offset, pattern.baseAddress!, pattern.count) == 0 { return true }
                    start = offset + 1
                }
                return false
            }
        }
    }

    /// Whether every byte of `text` is ASCII.
    static func isASCII(_ text: some StringProtocol) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { bytes in
            var index = 0
            while index < bytes.count {
                if bytes[index] >= 128 { return false }
                index += 1
            }
            return true
        } ?? text.utf8.allSatisfy { $0 < 128 }
    }

    /// The number of characters of `text`, counted as bytes when that is exact: in ASCII text without
    /// a carriage return (which joins a line feed into one character) a byte is a character.
    static func characterCount(_ text: some StringProtocol) -> Int {
        let isByteCounted =
            text.utf8.withContiguousStorageIfAvailable { bytes in
                var index = 0
                while index < bytes.count {
                    if bytes[index] >= 128 || bytes[index] == 13 { return false }
                    index += 1
                }
                return true
            } ?? false
        return isByteCounted ? text.utf8.count : text.count
    }

    /// Foundation's `text.contains(needle)` for an ASCII needle, answered on bytes for ASCII text: there
    /// a match needs the needle's exact bytes, so Foundation is asked only when they are present.
    static func foundationContains(_ text: some StringProtocol, _ needle: String) -> Bool {
        if isASCII(text), !contains(String(text), bytesOf: needle) { return false }
        return text.contains(needle)
    }

    /// Foundation's `text.range(of: needle)` for an ASCII needle, found on bytes when `text` is ASCII
    /// (where a match is the needle's exact bytes, and the first one is the answer).
    static func foundationRange(of needle: String, in text: Substring) -> Range<String.Index>? {
        guard isASCII(text) else { return text.range(of: needle) }
        let offset = withBytes(text) { bytes in TextSearch.offset(of: needle, in: bytes, caseSensitive: true)
        }
        guard let offset else { return nil }
        let lower = text.utf8.index(text.startIndex, offsetBy: offset)
        return lower..<text.utf8.index(lower, offsetBy: needle.utf8.count)
    }

    /// Whether `text` holds `byte`, found with memchr rather than `Sequence.contains` over a UTF-8 view.
    static func contains(_ text: String, byte: UInt8) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, Int32(byte), bytes.count) != nil
        }
    }

    /// Whether `text` holds any of the bytes `first`, `second` and `third`, found with memchr.
    static func contains(_ text: Substring, anyOf first: UInt8, _ second: UInt8, _ third: UInt8) -> Bool {
        withBytes(text) { bytes in
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, Int32(first), bytes.count) != nil
                || memchr(base, Int32(second), bytes.count) != nil
                || memchr(base, Int32(third), bytes.count) != nil
        }
    }

    /// Whether some byte of `text` satisfies `test`, scanned over contiguous bytes when they are at hand.
    @inline(__always) static func contains(_ text: Substring, where test: (UInt8) -> Bool) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { $0.contains(where: test) }
            ?? text.utf8.contains(where: test)
    }

    /// Calls `body` with the UTF-8 of `text` as contiguous bytes, copying only when the text has none.
    @inline(__always) static func withBytes<R>(
        _ text: Substring, _ body: (UnsafeBufferPointer<UInt8>) throws -> R
    ) rethrows -> R {
        if let result = try text.utf8.withContiguousStorageIfAvailable(body) { return result }
        return try Array(text.utf8).withUnsafeBufferPointer(body)
    }

    /// Whether `bytes` hold, at `index`, a dash, quotation mark, bullet or other punctuation of U+2010–U+2027
    /// or U+2030–U+203F (’ “ ” – — • …): characters of their own that no mark joins, that have no case
    /// and are no whitespace, so byte-level text work may carry their three bytes through unchanged.
    @inline(__always) static func isPlainPunctuation(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int)
        -> Bool
    {
        guard index + 2 < bytes.count, bytes[index] == 0xE2, bytes[index + 1] == 0x80 else { return false }
        let last = bytes[index + 2]
        return (0x90...0xA7).contains(last) || (0xB0...0xBF).contains(last)
    }

    /// The bytes with every run of ASCII whitespace made one space and the ends trimmed, each other ASCII
    /// byte passed through `transform` (`nil` drops it); `nil` when the text holds any character but
    /// ASCII and ``isPlainPunctuation(_:at:)``, whose three bytes are carried through as they are.
    ///
    /// Where a byte is a character, this is what splitting at whitespace and joining with spaces gives.
    @inline(__always) static func collapsingWhitespace(
        _ bytes: UnsafeBufferPointer<UInt8>, mapping transform: (UInt8) -> UInt8? = { $0 }
    ) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var pendingSpace = false
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if byte >= 128 {
                guard isPlainPunctuation(bytes, at: index - 1) else { return nil }
                if pendingSpace { out.append(32) }
                pendingSpace = false
                out += bytes[(index - 1)..<(index + 2)]
                index += 2
                continue
            }
            if byte == 32 || (9...13).contains(byte) {
                pendingSpace = !out.isEmpty
                continue
            }
            guard let kept = transform(byte) else { continue }
            if pendingSpace { out.append(32) }
            pendingSpace = false
            out.append(kept)
        }
        return out
    }

    /// Whether the byte is a visible ASCII character (not a space, control or non-ASCII byte).
    @inline(__always) static func isVisible(_ byte: UInt8) -> Bool { byte > 32 && byte < 127 }

    /// Whether `text` starts with `prefix` (lowercase ASCII), ignoring the case of ASCII letters.
    static func hasPrefix<S: StringProtocol>(_ text: S, lowercased prefix: String) -> Bool {
        var iterator = text.utf8.makeIterator()
        for expected in prefix.utf8 {
            guard let byte = iterator.next(), lower(byte) == expected else { return false }
        }
        return true
    }

    /// The byte with ASCII capitals lowered.
    @inline(__always) static func lower(_ byte: UInt8) -> UInt8 {
        byte >= 65 && byte <= 90 ? byte + 32 : byte
    }

    /// Whether the byte is a space or a tab.
    @inline(__always) static func isBlank(_ byte: UInt8) -> Bool { byte == 32 || byte == 9 }

    /// Whether the byte is an ASCII digit.
    @inline(__always) static func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }
}
