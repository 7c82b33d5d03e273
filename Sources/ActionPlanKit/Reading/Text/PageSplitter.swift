/// The page stage of the reader: numbers the lines and counts pages by the form feeds pdftotext writes.
public enum PageSplitter {
    /// Splits text (line endings already normalised) into numbered lines with form feeds removed.
    ///
    /// A form feed starts a new page; the line it sits on belongs to the new page.
    public static func lines(of text: String) -> [SourceLine] {
        var lines: [SourceLine] = []
        var page = 0
        let utf8 = text.utf8
        var start = utf8.startIndex
        var formFeeds = 0
        var index = start
        while true {
            let atEnd = index == utf8.endIndex
            if atEnd || utf8[index] == 10 {
                var line = text[start..<index]
                if formFeeds > 0 {
                    page += formFeeds
                    line = Substring(line.filter { $0 != "\u{0C}" })
                }
                lines.append(SourceLine(number: lines.count + 1, page: page, text: line))
                if atEnd { break }
                formFeeds = 0
                index = utf8.index(after: index)
                start = index
                continue
            }
            if utf8[index] == 12 { formFeeds += 1 }
            index = utf8.index(after: index)
        }
        if lines.last?.text.isEmpty == true && lines.count > 1 { lines.removeLast() }
        return lines
    }
}
