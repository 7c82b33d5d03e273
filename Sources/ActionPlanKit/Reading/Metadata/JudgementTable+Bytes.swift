// The byte-level twins of `JudgementTable`'s cell splitting and area names, and the byte test that lets
// most lines skip the table scanner: every line of every report's opening pages passes through here.
// `cellTexts(_:)` and `areaNameByCharacters(_:)` are the plain versions.

extension JudgementTable {
    /// ``cellTexts(_:)`` on bytes, for a line whose separators are characters of their own; `nil` for
    /// other lines.
    static func byteCellTexts(_ bytes: UnsafeBufferPointer<UInt8>) -> [String]? {
        guard graphemesSplitAtBytes(bytes) else { return nil }
        var cells: [String] = []
        var current: [UInt8] = []
        var spaces = 0
        func flush() {
            let text = String(decoding: current, as: UTF8.self).trimmingMarks()
            if !text.isEmpty { cells.append(text) }
            current.removeAll(keepingCapacity: true)
        }
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if byte == UInt8(ascii: " ") {
                spaces += 1
                continue
            }
            // U+00A0, the no-break space, counts as a space.
            if byte == 0xC2, index < bytes.count, bytes[index] == 0xA0 {
                index += 1
                spaces += 1
                continue
            }
            if spaces >= 2 { flush() } else if spaces == 1 { current.append(UInt8(ascii: " ")) }
            spaces = 0
            if byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "|") {
                flush()
            } else {
                current.append(byte)
            }
        }
        flush()
        return cells
    }

    /// Whether every non-ASCII character of the UTF-8 `bytes` lies in a block that holds no combining,
    /// joining or prepended marks (Latin, general punctuation, letterlike symbols, arrows, box
    /// drawing and shapes, symbol-font glyphs), so no space, tab or pipe can join a larger grapheme.
    static func graphemesSplitAtBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let second = index + 1 < bytes.count ? bytes[index + 1] : 0
            let third = index + 2 < bytes.count ? bytes[index + 2] : 0
            switch (lead, second) {
            case (0xC2...0xCB, _):
                index += 2
            case (0xE2, 0x80):
                // U+200C and U+200D join graphemes.
                guard third != 0x8C && third != 0x8D else { return false }
                index += 3
            case (0xE2, 0x81...0x82), (0xE2, 0x84...0x87), (0xE2, 0x94...0x97), (0xEF, 0x80...0x83):
                index += 3
            default:
                return false
            }
        }
        return true
    }
}

extension JudgementTable.Scanner {
    /// A cheap test that lets most lines of prose skip splitting into cells: a table starts
    /// with a header, a summary, or a row whose cells are split by a tab, pipe or wide gap and
    /// whose last word can end a grade.
    static func mightStartTable(_ line: Substring) -> Bool {
        var line = line
        return line.withUTF8 { bytes in
            let isBlank = { (byte: UInt8) in byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
            let isMark = { (byte: UInt8) in
                isBlank(byte) || byte == UInt8(ascii: "#") || byte == UInt8(ascii: "*")
            }
            guard let first = bytes.firstIndex(where: { !isMark($0) }),
                let last = bytes.lastIndex(where: { !isMark($0) })
            else { return false }
            let text = UnsafeBufferPointer(rebasing: bytes[first...last])
            // Most prose lines end in punctuation and open with none of the openings: both show at
            // the ends (every ending is letters, every opening starts "C", "T" or "J").
            let head = text[0]
            let tail = ASCIIText.lower(text[text.count - 1])
            if head != UInt8(ascii: "C"), head != UInt8(ascii: "T"), head != UInt8(ascii: "J"),
                tail != UInt8(ascii: ")"), tail < 97 || tail > 122
            {
                return false
            }
            if openings.contains(where: { text.starts(with: $0) }) {
                return true
            }
            let wordStart = (text.lastIndex(where: isBlank) ?? -1) + 1
            let lastWord = UnsafeBufferPointer(rebasing: text[wordStart...])
            guard (3...12).contains(lastWord.count) else { return false }
            // Compared byte by byte, lowercased: no string is made for the last word of every line.
            let endsGrade = endingBytes.contains { ending in
                ending.count == lastWord.count
                    && zip(ending, lastWord).allSatisfy { $0 == ASCIIText.lower($1) }
            }
            guard lastWord.last == UInt8(ascii: ")") || endsGrade else { return false }
            return text.contains(UInt8(ascii: "\t")) || text.contains(UInt8(ascii: "|"))
                || zip(text, text.dropFirst()).contains {
                    $0 == UInt8(ascii: " ") && $1 == UInt8(ascii: " ")
                }
        }
    }

    /// The words a table's header or summary line starts with.
    static let openings: [[UInt8]] = ["Children", "The overall judgement", "Judgement"].map {
        Array($0.utf8)
    }

    /// ``Grade/endings`` as bytes.
    static let endingBytes: [[UInt8]] = Grade.endings.map { Array($0.utf8) }

    /// ``areaName(_:)`` on bytes, for text of ASCII and ``ASCIIText/isPlainPunctuation(_:at:)``
    /// characters (where an ASCII byte is a character and the punctuation is neither a number, a full
    /// stop nor whitespace); `nil` for other text.
    static func byteAreaName(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var index = 0
        while index < bytes.count {
            if bytes[index] >= 128 {
                guard ASCIIText.isPlainPunctuation(bytes, at: index) else { return nil }
                index += 3
            } else {
                index += 1
            }
        }
        var start = 0
        while start < bytes.count,
            ASCIIText.isDigit(bytes[start]) || bytes[start] == UInt8(ascii: ".") || bytes[start] == 32
        {
            start += 1
        }
        if start == bytes.count { start = 0 }
        var words: [Range<Int>] = []
        var wordStart: Int?
        for offset in start...bytes.count {
            let isSpace = offset == bytes.count || bytes[offset] == 32 || (9...13).contains(bytes[offset])
            if isSpace, let begun = wordStart {
                words.append(begun..<offset)
                wordStart = nil
            } else if !isSpace, wordStart == nil {
                wordStart = offset
            }
        }
        if words.count > 2, let last = words.last, bytes[last].elementsEqual("is".utf8) { words.removeLast() }
        var out: [UInt8] = []
        for word in words {
            if !out.isEmpty { out.append(32) }
            out += bytes[word]
        }
        while out.last == UInt8(ascii: ":") || out.last == UInt8(ascii: ".") { out.removeLast() }
        return String(decoding: out, as: UTF8.self)
    }
}
