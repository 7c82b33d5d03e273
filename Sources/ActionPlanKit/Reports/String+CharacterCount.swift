extension String {
    /// The number of characters, without grapheme breaking when every scalar is a character of its own.
    ///
    /// Tables measure every cell, and breaking text into grapheme clusters costs about ten times
    /// as much as walking its bytes; the answer is the same as ``count``.
    var characterCount: Int {
        var ascii = true
        for byte in utf8 where byte >= 0x80 || byte == 0x0D {
            ascii = false
            break
        }
        if ascii { return utf8.count }
        return simpleScalarCount ?? count
    }

    /// The number of scalars, when each is a character of its own and only U+0020 among them is whitespace.
    ///
    /// Then counting, splitting at whitespace and cutting by characters can work on scalars (and so on
    /// UTF-8 bytes) and give exactly what the `Character` operations give. Any other text gives `nil`.
    var simpleScalarCount: Int? {
        var count = 0
        for scalar in unicodeScalars {
            switch scalar.value {
            // Printable ASCII, Latin-1 to spacing modifiers (no combining marks, no NBSP), punctuation
            // from the hyphen (not the zero-width or spacing characters before it) to U+205E, currency,
            // letterlike symbols, arrows, mathematical operators, geometric shapes, private use.
            case 0x20...0x7E, 0xA1...0x2FF, 0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20C0,
                0x2100...0x22FF,
                0x25A0...0x25FF, 0xE000...0xF8FF:
                count += 1
            default:
                return nil
            }
        }
        return count
    }

    /// The words between spaces, as UTF-8, when ``simpleScalarCount`` says the text allows it.
    var simpleWords: [SimpleWord]? {
        guard simpleScalarCount != nil else { return nil }
        return Array(utf8).split(separator: 0x20).map(SimpleWord.init)
    }

    /// The length in characters of the longest run between spaces.
    var longestWordCount: Int {
        // ASCII without CR (where CR LF would be one character) counts runs of bytes, allocating nothing.
        var longest = 0
        var run = 0
        for byte in utf8 {
            if byte >= 0x80 || byte == 0x0D {
                guard let words = simpleWords else {
                    return split(separator: " ").reduce(0) { max($0, $1.count) }
                }
                return words.reduce(0) { max($0, $1.count) }
            }
            run = byte == 0x20 ? 0 : run + 1
            longest = max(longest, run)
        }
        return longest
    }
}

/// A word of text in which every scalar is a character of its own: its UTF-8 and its length in characters.
struct SimpleWord {
    /// The word's UTF-8 bytes.
    var utf8: ArraySlice<UInt8>
    /// Its length in characters (here, scalars).
    var count: Int

    /// Measures `utf8`: every byte but a continuation byte starts a scalar.
    init(_ utf8: ArraySlice<UInt8>) {
        self.utf8 = utf8
        count = utf8.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
    }

    /// The byte offset in ``utf8`` where character number `characters` starts.
    private func offset(after characters: Int) -> Int {
        var seen = 0
        var index = utf8.startIndex
        while index < utf8.endIndex {
            if utf8[index] & 0xC0 != 0x80 {
                if seen == characters { return index }
                seen += 1
            }
            index += 1
        }
        return utf8.endIndex
    }

    /// The first `characters` characters.
    func prefix(_ characters: Int) -> SimpleWord {
        SimpleWord(utf8: utf8[..<offset(after: characters)], count: min(characters, count))
    }

    /// All but the first `characters` characters.
    func dropFirst(_ characters: Int) -> SimpleWord {
        SimpleWord(utf8: utf8[offset(after: characters)...], count: max(0, count - characters))
    }

    private init(utf8: ArraySlice<UInt8>, count: Int) {
        self.utf8 = utf8
        self.count = count
    }
}

/// A line of text built from simple words, as UTF-8, with its length in characters.
struct SimpleLine {
    /// The bytes so far.
    var utf8: [UInt8] = []
    /// The characters so far.
    var count = 0

    /// Whether nothing has been added.
    var isEmpty: Bool { utf8.isEmpty }

    /// Adds `word`, after a space when the line already holds something and `spaced` is true.
    mutating func append(_ word: SimpleWord, spaced: Bool = true) {
        if spaced && !utf8.isEmpty {
            utf8.append(0x20)
            count += 1
        }
        utf8.append(contentsOf: word.utf8)
        count += word.count
    }

    /// The line as a string.
    var text: String { String(decoding: utf8, as: UTF8.self) }
}
