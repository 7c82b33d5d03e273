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
        // Most lines are long prose: give up at the seventeenth non-blank byte, before any splitting.
        let scan = { (bytes: UnsafeBufferPointer<UInt8>) -> Bool in
            var visible = 0
            var digits = 0
            for byte in bytes where !ASCIIText.isBlank(byte) {
                visible += 1
                if visible > 16 { return false }
                if ASCIIText.isDigit(byte) { digits += 1 }
            }
            return digits > 0
        }
        guard
            text.utf8.withContiguousStorageIfAvailable(scan) ?? Array(text.utf8).withUnsafeBufferPointer(scan)
        else { return false }
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
        // Pages come in order, so counting a shape's pages needs only the last page it was seen on.
        var pagesByShape: [String: (count: Int, lastPage: Int)] = [:]
        var edges: [(index: Int, shape: String)] = []
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
                if let seen = pagesByShape[shape] {
                    if seen.lastPage != page { pagesByShape[shape] = (seen.count + 1, page) }
                } else {
                    pagesByShape[shape] = (1, page)
                }
                edges.append((index, shape))
            }
            start = end
        }
        let threshold = max(3, ((lastPage + 1) * 3 + 9) / 10)
        return edges.filter { (pagesByShape[$0.shape]?.count ?? 0) >= threshold }.map(\.index)
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
