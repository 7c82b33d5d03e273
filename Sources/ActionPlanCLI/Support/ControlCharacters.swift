/// Control characters made harmless before any text reaches a terminal or a file.
///
/// Text from plan files, reports and sheets is data: an owner of `ESC ] 0 ; … BEL` would retitle the
/// terminal, a note of `ESC [ 2 J` would clear it, and a carriage return would hide what came before
/// it on the line. Every byte the tool writes passes through here, so no view or message can forget:
/// each control character is shown as its Unicode picture (ESC as `␛`), and the C1 controls as `�`.
/// Line feeds and tabs stay, a carriage return only before a line feed (CSV and calendar lines), and
/// the tool's own colour codes (`ESC [ … m`) only when it writes in colour.
enum ControlCharacters {
    /// `bytes` with every control character neutralised, or `nil` when there is none to change, which
    /// is nearly always, so the bytes can be written as they are.
    static func neutralised(_ bytes: UnsafeRawBufferPointer, keepingColour: Bool) -> [UInt8]? {
        guard let first = firstUnsafe(in: bytes, keepingColour: keepingColour) else { return nil }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + 16)
        output.append(contentsOf: bytes[..<first])
        var index = first
        while index < bytes.count {
            let length = safeLength(at: index, in: bytes, keepingColour: keepingColour)
            if length > 0 {
                output.append(contentsOf: bytes[index..<(index + length)])
                index += length
                continue
            }
            let byte = bytes[index]
            if byte == 0xC2 {
                // U+0080–U+009F: C1 controls, which some terminals obey (U+009B starts a sequence).
                output.append(contentsOf: [0xEF, 0xBF, 0xBD])
                index += 2
            } else {
                // U+2400 + code is the control's picture; DEL's is U+2421.
                let picture = byte == 0x7F ? 0x21 : byte
                output.append(contentsOf: [0xE2, 0x90 + (picture >> 6), 0x80 | (picture & 0x3F)])
                index += 1
            }
        }
        return output
    }

    /// `text` with every control character neutralised.
    static func neutralised(_ text: String, keepingColour: Bool) -> String {
        var text = text
        let changed = text.withUTF8 { neutralised(UnsafeRawBufferPointer($0), keepingColour: keepingColour) }
        return changed.map { String(decoding: $0, as: UTF8.self) } ?? text
    }

    /// Where the first byte to neutralise is, if any.
    ///
    /// Every byte of every output passes through here on one thread, so the bytes are read eight at a
    /// time, as one word: a word of printable ASCII is passed over after three tests, and a word holding
    /// line feeds, tabs or the bytes of other characters after a test of each byte at once (see
    /// ``isSafe(_:)``). Only a word with a byte that may need neutralising is read a byte at a time.
    private static func firstUnsafe(in bytes: UnsafeRawBufferPointer, keepingColour: Bool) -> Int? {
        var index = 0
        while index < bytes.count {
            if index + 8 <= bytes.count, isSafe(bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self)) {
                index += 8
                continue
            }
            // This word (or the tail) holds a byte worth a closer look; a sequence kept whole may run on
            // past the word's end, and the scan goes on from wherever it stops.
            let end = min(index + 8, bytes.count)
            while index < end {
                let byte = bytes[index]
                // Most bytes are printable ASCII or the lead and continuation bytes of other characters.
                if byte >= 0x20 && byte != 0x7F && byte != 0xC2 {
                    index += 1
                    continue
                }
                let length = safeLength(at: index, in: bytes, keepingColour: keepingColour)
                if length == 0 { return index }
                index += length
            }
        }
        return nil
    }

    /// Whether each of the eight bytes of `word` may be written as it is, whatever its neighbours:
    /// printable ASCII, a line feed, a tab, or a byte of 0x80 or over other than 0xC2.
    ///
    /// Each test leaves its answer in the top bit of each byte, and none carries into the next byte:
    /// a byte's low seven bits plus 0x7F at most is 0xFE.
    private static func isSafe(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let top = ones &* 0x80
        // Printable ASCII alone: no top bit, nothing below 0x20 (the bit hack is exact for "any"), no 0x7F.
        let deleted = word ^ (ones &* 0x7F)
        if (word | (word &- ones &* 0x20) & ~word | (deleted &- ones) & ~deleted) & top == 0 { return true }
        let low = word & ~top
        let high = word & top
        /// The top bit of each byte whose low seven bits differ from `value`'s.
        func differs(_ value: UInt64) -> UInt64 { ((low ^ (ones &* value)) &+ ones &* 0x7F) & top }
        let printable = (low &+ ones &* 0x60) & top
        let lowSafe = (printable | (top ^ differs(0x0A)) | (top ^ differs(0x09))) & differs(0x7F)
        let c2 = word ^ (ones &* 0xC2)
        let notC2 = (((c2 & ~top) &+ ones &* 0x7F) | c2) & top
        return (high & notC2) | ((top ^ high) & lowSafe) == top
    }

    /// How many bytes from `index` may be written as they are: 0 when the byte there is a control to
    /// neutralise.
    private static func safeLength(at index: Int, in bytes: UnsafeRawBufferPointer, keepingColour: Bool)
        -> Int
    {
        let byte = bytes[index]
        switch byte {
        case 0x0A, 0x09: return 1
        case 0x0D: return index + 1 < bytes.count && bytes[index + 1] == 0x0A ? 1 : 0
        case 0x1B:
            guard keepingColour else { return 0 }
            return colourLength(at: index, in: bytes)
        case 0xC2:
            guard index + 1 < bytes.count else { return 1 }
            return (0x80...0x9F).contains(bytes[index + 1]) ? 0 : 2
        case 0x7F: return 0
        case ..<0x20: return 0
        default: return 1
        }
    }

    /// The length of a colour code `ESC [ digits and semicolons m` at `index`, or 0 when there is none.
    private static func colourLength(at index: Int, in bytes: UnsafeRawBufferPointer) -> Int {
        guard index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "[") else { return 0 }
        var end = index + 2
        while end < bytes.count, end - index < 20 {
            let byte = bytes[end]
            if byte == UInt8(ascii: "m") { return end - index + 1 }
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: ";") else {
                return 0
            }
            end += 1
        }
        return 0
    }
}
