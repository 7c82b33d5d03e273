extension PlanFileReader {
    /// A word of at most 15 bytes packed into two little-endian integers and padded with zeros.
    ///
    /// The length is kept too, so two packed words are equal exactly when their bytes are, even when
    /// one of them holds a zero byte.
    struct PackedWord: Equatable {
        var low: UInt64 = 0
        var high: UInt64 = 0
        var length = 0
    }

    /// A small table of short ASCII words: the keys of one kind of object, or an enumeration's values.
    ///
    /// Looking a word up costs a few integer comparisons instead of a `String` and a search. A table
    /// of keys also holds each key's whole line as `PlanCoding` writes it (line end, indentation,
    /// quoted key, ` : `), so in a stored plan one comparison of a few words reads all of that.
    struct Words: Sendable {
        private struct Entry: Sendable {
            var word: PackedWord
            /// The key's line in four words, padded with zeros, and which bytes of each are the line's.
            var line: (UInt64, UInt64, UInt64, UInt64)
            var lineMask: (UInt64, UInt64, UInt64, UInt64)
            var lineLength: Int
        }

        private let entries: [Entry]

        /// A table of `words`, each of 1 to 15 printable ASCII bytes other than a quote or backslash.
        ///
        /// For keys, `indent` is how many spaces `PlanCoding` puts before them; the object's depth
        /// in the file sets it, two spaces a level.
        init(_ words: [String], indent: Int = 0) {
            // `ObjectProgress` keeps one bit per key.
            precondition(words.count <= 32, "too many words for one table")
            entries = words.map { text in
                let bytes = Array(text.utf8)
                precondition(
                    (1...15).contains(bytes.count)
                        && bytes.allSatisfy { (0x20..<0x7F).contains($0) && $0 != 0x22 && $0 != 0x5C },
                    "'\(text)' cannot be packed")
                let line = [0x0A] + Array(repeating: 0x20, count: indent) + Array("\"\(text)\" : ".utf8)
                precondition(line.count <= 32, "the line of '\(text)' is longer than four words")
                var words: [UInt64] = []
                var masks: [UInt64] = []
                for start in stride(from: 0, to: 32, by: 8) {
                    let part = line.dropFirst(start).prefix(8)
                    words.append(Self.pack(part).low)
                    masks.append(Self.pack(Array(repeating: 0xFF, count: part.count)).low)
                }
                return Entry(
                    word: Self.pack(bytes), line: (words[0], words[1], words[2], words[3]),
                    lineMask: (masks[0], masks[1], masks[2], masks[3]), lineLength: line.count)
            }
        }

        private static func pack(_ bytes: some Collection<UInt8>) -> PackedWord {
            var packed = PackedWord(length: bytes.count)
            for (index, byte) in bytes.enumerated() {
                let shift = UInt64(index & 7) * 8
                if index < 8 {
                    packed.low |= UInt64(byte) << shift
                } else {
                    packed.high |= UInt64(byte) << shift
                }
            }
            return packed
        }

        /// The number of bytes of the word at `index`.
        func length(_ index: Int) -> Int { entries[index].word.length }

        /// The number of bytes of the line of the key at `index`, from its line end to the value.
        func lineLength(_ index: Int) -> Int { entries[index].lineLength }

        /// Whether the reader stands on the line of the key at `index`, written as `PlanCoding` writes it.
        @inline(__always)
        func matchesLine(_ index: Int, in reader: PlanFileReader) -> Bool {
            // Four whole words are loaded, so they must all be inside the file.
            guard index < entries.count, reader.position + 32 <= reader.bytes.count else { return false }
            let entry = entries[index]
            let at = reader.position
            let difference =
                ((reader.word(at: at) ^ entry.line.0) & entry.lineMask.0)
                | ((reader.word(at: at &+ 8) ^ entry.line.1) & entry.lineMask.1)
                | ((reader.word(at: at &+ 16) ^ entry.line.2) & entry.lineMask.2)
                | ((reader.word(at: at &+ 24) ^ entry.line.3) & entry.lineMask.3)
            return difference == 0
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
        if position + 16 <= bytes.count {
            // The closing quote among the next sixteen bytes, found as in `skipPlainBytes`; whatever
            // else the bytes hold, a word with a control character or escape matches no table.
            let ones: UInt64 = 0x0101_0101_0101_0101
            let low = word(at: position)
            let high = word(at: position &+ 8)
            let lowQuotes = low ^ (ones &* UInt64(UInt8(ascii: "\"")))
            let highQuotes = high ^ (ones &* UInt64(UInt8(ascii: "\"")))
            let inLow = (lowQuotes &- ones) & ~lowQuotes & (ones &* 0x80)
            if inLow != 0 {
                let length = inLow.trailingZeroBitCount >> 3
                guard length > 0 else { return nil }
                return PackedWord(low: low & ((1 &<< UInt64(length * 8)) &- 1), high: 0, length: length)
            }
            let inHigh = (highQuotes &- ones) & ~highQuotes & (ones &* 0x80)
            let highLength = inHigh.trailingZeroBitCount >> 3
            guard inHigh != 0, highLength < 8 else { return nil }
            return PackedWord(
                low: low, high: high & ((1 &<< UInt64(highLength * 8)) &- 1), length: 8 + highLength)
        }
        var packed = PackedWord()
        var offset = position
        while offset < bytes.count {
            let byte = bytes[offset]
            if byte == UInt8(ascii: "\"") {
                packed.length = offset - position
                return packed.length == 0 ? nil : packed
            }
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
        guard let word = quotedWord(), let found = words.index(of: word) else {
            position -= 1
            return nil
        }
        position += word.length + 1
        return found
    }
}
