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
        ASCIIText.withBytes(text, pageNumberOnBytes) ?? isPageNumberByCharacters(text)
    }

    /// ``isPageNumber(_:)`` by `Character`s: the plain version, for lines its byte-level twin in
    /// `PageFurniture+Bytes.swift` leaves to characters, and the answer that twin must give.
    static func isPageNumberByCharacters(_ text: Substring) -> Bool {
        var words = text.split(whereSeparator: { $0 == " " || $0 == "\t" })
        if words.first?.lowercased() == "page" { words.removeFirst() }
        if words.count == 3, words[0] == "-", words[2] == "-" { words = [words[1]] }
        if words.count == 3, words[1] == "of" { words = [words[0], words[2]] }
        guard (1...2).contains(words.count) else { return false }
        return words.allSatisfy { word in
            word.count <= 3 && word.utf8.allSatisfy { $0 >= 48 && $0 <= 57 }
        }
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

    /// A line's text with runs of digits and whitespace folded, so "Page 3" and "Page 14" match.
    static func shape(of text: Substring) -> String {
        ASCIIText.withBytes(text, shape)
    }
}
