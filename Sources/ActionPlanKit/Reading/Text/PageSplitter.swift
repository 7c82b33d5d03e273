/// The page stage of the reader: numbers the lines and counts pages by the form feeds pdftotext writes.
public enum PageSplitter {
    /// Splits text (line endings already normalised) into numbered lines with form feeds removed.
    ///
    /// A form feed starts a new page; the line it sits on belongs to the new page.
    public static func lines(of text: String) -> [SourceLine] {
        var lines: [SourceLine] = []
        var page = 0
        var number = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            var line = rawLine
            if line.utf8.contains(12) {
                page += line.utf8.reduce(0) { $0 + ($1 == 12 ? 1 : 0) }
                line = Substring(line.filter { $0 != "\u{0C}" })
            }
            lines.append(SourceLine(number: number, page: page, text: line))
        }
        if lines.last?.text.isEmpty == true && lines.count > 1 { lines.removeLast() }
        return lines
    }
}
