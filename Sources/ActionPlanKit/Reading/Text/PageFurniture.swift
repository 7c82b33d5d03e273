/// The furniture stage of the reader: drops page numbers and the running headers and footers.
///
/// pdftotext prints each page's header, footer and number between the lines of the body, so an item that
/// runs over a page break would otherwise swallow them.
public enum PageFurniture {
    /// How many lines at each end of a page are looked at for running headers and footers.
    static let edgeLines = 3

    /// Returns `lines` with page furniture replaced by blank lines, so line numbers and page breaks stay put.
    public static func removing(from lines: [SourceLine]) -> [SourceLine] {
        let running = runningLines(in: lines)
        return lines.map { line in
            guard !line.isBlank else { return line }
            if isPageNumber(line.text) || running.contains(shape(of: line.text)) {
                var blank = line
                blank.text = ""
                return blank
            }
            return line
        }
    }

    /// Whether the line is nothing but a page number ("7", "Page 7", "7 of 40", "- 7 -").
    static func isPageNumber(_ text: Substring) -> Bool {
        var words = text.split(whereSeparator: { $0 == " " || $0 == "\t" })
        if words.first?.lowercased() == "page" { words.removeFirst() }
        if words.count == 3, words[0] == "-", words[2] == "-" { words = [words[1]] }
        if words.count == 3, words[1] == "of" { words = [words[0], words[2]] }
        guard (1...2).contains(words.count) else { return false }
        return words.allSatisfy { word in
            word.count <= 3 && word.utf8.allSatisfy { $0 >= 48 && $0 <= 57 }
        }
    }

    /// The shapes of lines that recur at the top or bottom of many pages: running headers and footers.
    static func runningLines(in lines: [SourceLine]) -> Set<String> {
        guard let lastPage = lines.last?.page, lastPage >= 2 else { return [] }
        var pagesByShape: [String: Set<Int>] = [:]
        var start = 0
        while start < lines.count {
            let page = lines[start].page
            var end = start
            while end < lines.count && lines[end].page == page { end += 1 }
            let content = lines[start..<end].filter { !$0.isBlank && !isPageNumber($0.text) }
            for line in content.prefix(edgeLines) + content.suffix(edgeLines) {
                pagesByShape[shape(of: line.text), default: []].insert(page)
            }
            start = end
        }
        let pageCount = lastPage + 1
        let threshold = max(3, (pageCount * 3 + 9) / 10)
        return Set(pagesByShape.filter { $0.value.count >= threshold }.keys)
    }

    /// A line's text with runs of digits and whitespace folded, so "Page 3" and "Page 14" match.
    static func shape(of text: Substring) -> String {
        var out = ""
        var inDigits = false
        var inSpace = true
        for character in text {
            if character.isNumber {
                if !inDigits { out.append("#") }
                inDigits = true
                inSpace = false
            } else if character.isWhitespace {
                if !inSpace { out.append(" ") }
                inSpace = true
                inDigits = false
            } else {
                out.append(character)
                inDigits = false
                inSpace = false
            }
        }
        while out.last == " " { out.removeLast() }
        return out
    }
}
