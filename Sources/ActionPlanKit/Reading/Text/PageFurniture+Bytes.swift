// The byte-level twins of `PageFurniture`'s line tests: every line of every report is asked whether it
// is a page number, and every page's edge lines are fingerprinted, so these read the bytes in place.
// `isPageNumberByCharacters(_:)` is the plain version; `shape(of:)` has only this byte-level form.

extension PageFurniture {
    /// ``isPageNumber(_:)`` on bytes; `nil` when a short line with a digit holds non-ASCII bytes, and
    /// characters must decide.
    static func pageNumberOnBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        var index = 0
        while index < bytes.count, ASCIIText.isBlank(bytes[index]) { index += 1 }
        // The first word must be "Page", "-" or a number, and only ASCII bytes start those: most
        // lines are turned away by their first byte.
        guard index < bytes.count else { return false }
        switch bytes[index] {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "p"), UInt8(ascii: "P"), UInt8(ascii: "-"):
            break
        default: return false
        }
        // Most other lines are long prose: give up at the seventeenth non-blank byte, before any splitting.
        var visible = 0
        var digits = 0
        var isASCII = true
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if ASCIIText.isBlank(byte) { continue }
            visible += 1
            if visible > 16 { return false }
            if ASCIIText.isDigit(byte) { digits += 1 }
            if byte >= 128 { isASCII = false }
        }
        guard digits > 0 else { return false }
        guard isASCII else { return nil }
        // In ASCII text a byte is a character: the words are runs of bytes between blanks.
        var words: [Range<Int>] = []
        var start: Int?
        for offset in 0...bytes.count {
            if offset == bytes.count || ASCIIText.isBlank(bytes[offset]) {
                if let wordStart = start { words.append(wordStart..<offset) }
                start = nil
            } else if start == nil {
                start = offset
            }
        }
        func word(_ range: Range<Int>, is expected: String) -> Bool {
            range.count == expected.utf8.count
                && zip(bytes[range], expected.utf8).allSatisfy { ASCIIText.lower($0) == $1 }
        }
        func exactly(_ range: Range<Int>, _ expected: String) -> Bool {
            range.count == expected.utf8.count && bytes[range].elementsEqual(expected.utf8)
        }
        if let first = words.first, word(first, is: "page") { words.removeFirst() }
        if words.count == 3, exactly(words[0], "-"), exactly(words[2], "-") { words = [words[1]] }
        if words.count == 3, exactly(words[1], "of") { words = [words[0], words[2]] }
        guard (1...2).contains(words.count) else { return false }
        return words.allSatisfy { range in range.count <= 3 && bytes[range].allSatisfy(ASCIIText.isDigit) }
    }

    /// A fingerprint of a running-line candidate's ``shape(of:)``: equal shapes of ASCII lines have
    /// equal fingerprints, and every non-ASCII line has the fingerprint 0.
    struct ShapePrint {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        /// Whether the line holds a character that is canonically an ASCII one (the Kelvin sign, the
        /// Greek question mark, the Greek varia), so its shape may equal an ASCII shape as text.
        var mayEqualASCII = false
        /// Whether any byte of the shape has been mixed in yet (leading blanks make no space).
        private var hasEmitted = false

        /// The fingerprint of a line with at least four ASCII letters; `nil` for other lines.
        init?(_ bytes: UnsafeBufferPointer<UInt8>) {
            var letters = 0
            var isASCII = true
            var pendingSpace = false
            var inDigits = false
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                index += 1
                if ASCIIText.lower(byte) >= 97 && ASCIIText.lower(byte) <= 122 { letters += 1 }
                if byte >= 128 {
                    isASCII = false
                    if Self.isASCIITwin(bytes, at: index - 1) { mayEqualASCII = true }
                }
                // The shape's folding, streamed: digit runs become one "#", blank runs one space that
                // counts only once something follows it.
                if ASCIIText.isDigit(byte) {
                    if inDigits { continue }
                    inDigits = true
                    mix(pending: &pendingSpace, 35)
                } else if ASCIIText.isBlank(byte) {
                    inDigits = false
                    pendingSpace = hasEmitted
                } else {
                    inDigits = false
                    mix(pending: &pendingSpace, byte)
                }
            }
            guard letters >= 4 else { return nil }
            if !isASCII { value = 0 }
        }

        private mutating func mix(pending: inout Bool, _ byte: UInt8) {
            if pending { value = (value ^ 32) &* 0x100_0000_01b3 }
            pending = false
            hasEmitted = true
            value = (value ^ UInt64(byte)) &* 0x100_0000_01b3
        }

        /// U+212A (E2 84 AA), U+037E (CD BE) or U+1FEF (E1 BF AF) at `index`.
        private static func isASCIITwin(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
            func has(_ sequence: [UInt8]) -> Bool {
                index + sequence.count <= bytes.count
                    && sequence.indices.allSatisfy { bytes[index + $0] == sequence[$0] }
            }
            return has([0xE2, 0x84, 0xAA]) || has([0xCD, 0xBE]) || has([0xE1, 0xBF, 0xAF])
        }
    }

    /// ``shape(of:)`` over the line's bytes.
    static func shape(of bytes: UnsafeBufferPointer<UInt8>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var inDigits = false
        var inSpace = true
        for byte in bytes {
            if ASCIIText.isDigit(byte) {
                if !inDigits { out.append(35) }
                inDigits = true
                inSpace = false
            } else if ASCIIText.isBlank(byte) {
                if !inSpace { out.append(32) }
                inSpace = true
                inDigits = false
            } else {
                out.append(byte)
                inDigits = false
                inSpace = false
            }
        }
        while out.last == 32 { out.removeLast() }
        return String(decoding: out, as: UTF8.self)
    }
}
