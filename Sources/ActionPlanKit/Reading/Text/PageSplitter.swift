import Foundation

/// The page stage of the reader: numbers the lines and counts pages by the form feeds pdftotext writes.
public enum PageSplitter {
    /// Splits text (line endings already normalised) into numbered lines with form feeds removed.
    ///
    /// A form feed starts a new page; the line it sits on belongs to the new page.
    public static func lines(of text: String) -> [SourceLine] {
        var text = text
        // Byte offsets found with memchr over the contiguous UTF-8, turned into indexes only once per line:
        // walking `String.UTF8View` index by index costs tens of instructions a byte.
        let spans = text.withUTF8 { bytes in lineSpans(in: bytes) }
        var lines: [SourceLine] = []
        lines.reserveCapacity(spans.count)
        var page = 0
        let utf8 = text.utf8
        for span in spans {
            let lower = utf8.index(utf8.startIndex, offsetBy: span.start)
            let upper = utf8.index(lower, offsetBy: span.end - span.start)
            var line = text[lower..<upper]
            if span.formFeeds > 0 {
                page += span.formFeeds
                // A form feed is a control, always a grapheme of its own: dropping its byte drops it.
                line = Substring(String(decoding: line.utf8.filter { $0 != 12 }, as: UTF8.self))
            }
            lines.append(SourceLine(number: lines.count + 1, page: page, text: line))
        }
        if lines.last?.text.isEmpty == true && lines.count > 1 { lines.removeLast() }
        return lines
    }
}
