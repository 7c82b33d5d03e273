/// The furniture stage of the reader: drops page numbers and the running headers and footers.
///
/// pdftotext prints each page's header, footer and number between the lines of the body, so an item that
/// runs over a page break would otherwise swallow them.
public enum PageFurniture {
    /// How many lines at each end of a page are looked at for running headers and footers.
    static let edgeLines = 3

    /// Returns `lines` with page furniture replaced by blank lines, so line numbers and page breaks stay put.
    public static func removing(from lines: consuming [SourceLine]) -> [SourceLine] {
        // The lines are taken, not borrowed, so blanking a few does not copy them all first.
        var result = lines
        // Each line is tested once: the running-line search needs the same answer.
        let pageNumbers = result.map { isPageNumber($0.text) }
        for index in runningLineIndexes(in: result, pageNumbers: pageNumbers) { result[index].text = "" }
        for index in result.indices where pageNumbers[index] { result[index].text = "" }
        return result
    }

    /// Whether the line is nothing but a page number ("7", "Page 7", "7 of 40", "- 7 -").
    static func isPageNumber(_ text: Substring) -> Bool {
        if let answer = ASCIIText.withBytes(text, pageNumberOnBytes) { return answer }
        var words = text.split(whereSeparator: { $0 == " " || $0 == "\t" })
        if words.first?.lowercased() == "page" { words.removeFirst() }
        if words.count == 3, words[0] == "-", words[2] == "-" { words = [words[1]] }
        if words.count == 3, words[1] == "of" { words = [words[0], words[2]] }
        guard (1...2).contains(words.count) else { return false }
        return words.allSatisfy { word in
            word.count <= 3 && word.utf8.allSatisfy { $0 >= 48 && $0 <= 57 }
        }
    }

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

    /// The indexes of lines that recur at the top or bottom of many pages: running headers and footers.
    static func runningLineIndexes(in lines: [SourceLine]) -> [Int] {
        runningLineIndexes(in: lines, pageNumbers: lines.map { isPageNumber($0.text) })
    }

    /// ``runningLineIndexes(in:)`` given which lines are page numbers.
    static func runningLineIndexes(in lines: [SourceLine], pageNumbers: [Bool]) -> [Int] {
        guard let lastPage = lines.last?.page, lastPage >= 2 else { return [] }
        let threshold = max(3, ((lastPage + 1) * 3 + 9) / 10)
        // First a cheap fingerprint of each edge line's shape, counted by pages: a shape on enough pages
        // has a fingerprint on at least as many, so only lines whose fingerprint is that common need
        // their shape made and compared.
        var edges: [(index: Int, page: Int, print: UInt64)] = []
        var prints: [UInt64: PageCount] = [:]
        var hasASCIITwins = false
        var content: [Int] = []
        var start = 0
        while start < lines.count {
            let page = lines[start].page
            var end = start
            content.removeAll(keepingCapacity: true)
            while end < lines.count && lines[end].page == page {
                if !pageNumbers[end] && !lines[end].isBlank { content.append(end) }
                end += 1
            }
            let edgeIndexes =
                content.count <= 2 * edgeLines
                ? content : Array(content.prefix(edgeLines) + content.suffix(edgeLines))
            for index in edgeIndexes {
                // A line with few letters ("12." before its paragraph in pdftotext's default mode) is body.
                guard let found = ASCIIText.withBytes(lines[index].text, ShapePrint.init) else { continue }
                hasASCIITwins = hasASCIITwins || found.mayEqualASCII
                prints[found.value, default: PageCount()].add(page)
                edges.append((index, page, found.value))
            }
            start = end
        }
        // A non-ASCII shape that may equal an ASCII one as text has another fingerprint: count them all.
        let candidates = hasASCIITwins ? edges : edges.filter { prints[$0.print]!.pages >= threshold }
        var shapes: [String: PageCount] = [:]
        var shaped: [(index: Int, shape: String)] = []
        for edge in candidates {
            let shape = shape(of: lines[edge.index].text)
            shapes[shape, default: PageCount()].add(edge.page)
            shaped.append((edge.index, shape))
        }
        return shaped.filter { shapes[$0.shape]!.pages >= threshold }.map(\.index)
    }

    /// How many pages something was seen on; pages come in order, so the last one seen is enough.
    struct PageCount {
        var pages = 0
        var lastPage = -1

        mutating func add(_ page: Int) {
            guard page != lastPage else { return }
            pages += 1
            lastPage = page
        }
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

    /// A line's text with runs of digits and whitespace folded, so "Page 3" and "Page 14" match.
    static func shape(of text: Substring) -> String {
        ASCIIText.withBytes(text, shape)
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
