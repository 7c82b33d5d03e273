extension PlanFileReader {
    /// A word of at most 15 bytes packed into two little-endian integers and padded with zeros.
    ///
    /// Words here never hold a zero byte, so two packed words are equal exactly when the words are.
    struct PackedWord: Equatable {
        var low: UInt64 = 0
        var high: UInt64 = 0
    }

    /// A small table of short ASCII words: the keys of one kind of object, or an enumeration's values.
    ///
    /// Matching a key costs two masked comparisons instead of a `String` and a search; the table of
    /// keys is in the sorted order `PlanCoding` writes, so the expected key is nearly always next.
    struct Words: Sendable {
        private struct Entry: Sendable {
            var word: PackedWord
            var mask: PackedWord
            var length: Int
        }

        private let entries: [Entry]

        /// A table of `words`, each of 1 to 15 printable ASCII bytes other than a quote or backslash.
        init(_ words: [String]) {
            entries = words.map { text in
                let bytes = Array(text.utf8)
                precondition(
                    (1...15).contains(bytes.count)
                        && bytes.allSatisfy { (0x20..<0x7F).contains($0) && $0 != 0x22 && $0 != 0x5C },
                    "'\(text)' cannot be packed")
                var entry = Entry(word: PackedWord(), mask: PackedWord(), length: bytes.count)
                for (index, byte) in bytes.enumerated() {
                    let shift = UInt64(index & 7) * 8
                    if index < 8 {
                        entry.word.low |= UInt64(byte) << shift
                        entry.mask.low |= 0xFF << shift
                    } else {
                        entry.word.high |= UInt64(byte) << shift
                        entry.mask.high |= 0xFF << shift
                    }
                }
                return entry
            }
        }

        /// The number of bytes of the word at `index`.
        func length(_ index: Int) -> Int { entries[index].length }

        /// `index` when the reader stands on that word followed by its closing quote, else `nil`.
        @inline(__always)
        func match(_ index: Int, in reader: PlanFileReader) -> Int? {
            // Sixteen bytes must be left to load both halves; near the end the slow path takes over.
            guard index < entries.count, reader.position + 16 <= reader.bytes.count else { return nil }
            let entry = entries[index]
            guard reader.bytes[reader.position + entry.length] == UInt8(ascii: "\""),
                reader.word(at: reader.position) & entry.mask.low == entry.word.low,
                reader.word(at: reader.position + 8) & entry.mask.high == entry.word.high
            else { return nil }
            return index
        }

        /// The index of `word` in the table, if it is there.
        func index(of word: PackedWord) -> Int? {
            entries.firstIndex { $0.word == word }
        }
    }

    /// The bytes from the reader's position to the next quote, packed, without moving.
    ///
    /// `nil` when they cannot be a word of any table: more than 15 bytes, an escape, a control or
    /// non-ASCII byte, or no closing quote.
    func quotedWord() -> PackedWord? {
        var packed = PackedWord()
        var offset = position
        while offset < bytes.count {
            let byte = bytes[offset]
            if byte == UInt8(ascii: "\"") { return offset == position ? nil : packed }
            let index = offset - position
            guard index < 15, byte >= 0x20, byte < 0x7F, byte != UInt8(ascii: "\\") else { return nil }
            let shift = UInt64(index & 7) * 8
            if index < 8 { packed.low |= UInt64(byte) << shift } else { packed.high |= UInt64(byte) << shift }
            offset += 1
        }
        return nil
    }

    /// The index in `words` of the next value when it is a string holding one of them, else `nil`.
    ///
    /// On `nil` nothing is read, so the caller can read the value another way.
    mutating func word(in words: Words) -> Int? {
        skipWhitespace()
        guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else { return nil }
        position += 1
        var found: Int?
        if let word = quotedWord() { found = words.index(of: word) }
        guard let found else {
            position -= 1
            return nil
        }
        position += words.length(found) + 1
        return found
    }
}
