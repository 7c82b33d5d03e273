/// The furniture stage of the reader: drops page numbers and the running headers and footers.
///
/// pdftotext prints each page's header, footer and number between the lines of the body, so an item that
/// runs over a page break would otherwise swallow them.
public enum PageFurniture {
    /// How many lines at each end of a page are looked at for running headers and footers.
    static let edgeLines = 3

    /// Returns `lines` with page furniture replaced by blank lines, so line numbers and page breaks stay put.
    public static func removing(from lines: [SourceLine]) -> [SourceLine] {
        var result = lines
        // Each line is tested once: the running-line search needs the same answer.
        let pageNumbers = lines.map { isPageNumber($0.text) }
        for index in runningLineIndexes(in: lines, pageNumbers: pageNumbers) { result[index].text = "" }
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
        // Most lines are long prose: give up at the seventeenth non-blank byte, before any splitting.
        var visible = 0
        var digits = 0
        var isASCII = true
        var index = 0
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
        // Pages come in order, so counting a shape's pages needs only the last page it was seen on.
        // Each shape gets a number on first sight: one hash of its text per edge line, not three.
        var shapeNumbers: [String: Int] = [:]
        var pageCounts: [Int] = []
        var lastPages: [Int] = []
        var edges: [(index: Int, shape: Int)] = []
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
                guard let shape = ASCIIText.withBytes(lines[index].text, runningShape) else { continue }
                let number = shapeNumbers[shape] ?? pageCounts.count
                if number == pageCounts.count {
                    shapeNumbers[shape] = number
                    pageCounts.append(1)
                    lastPages.append(page)
                } else if lastPages[number] != page {
                    // Pages come in order: a shape's pages are counted by the last page it was seen on.
                    pageCounts[number] += 1
                    lastPages[number] = page
                }
                edges.append((index, number))
            }
            start = end
        }
        let threshold = max(3, ((lastPage + 1) * 3 + 9) / 10)
        return edges.filter { pageCounts[$0.shape] >= threshold }.map(\.index)
    }

    /// The shape of a line that may be a running header or footer: one with at least four ASCII letters.
    static func runningShape(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var letters = 0
        for byte in bytes where ASCIIText.lower(byte) >= 97 && ASCIIText.lower(byte) <= 122 {
            letters += 1
            if letters == 4 { return shape(of: bytes) }
        }
        return nil
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
