import Foundation

/// The classify stage of the reader: strips mark-up, finds each line's list marker and recognises headings.
public enum LineClassifier {
    /// Classifies every line.
    public static func classify(_ lines: [SourceLine]) -> [ClassifiedLine] {
        lines.map(classify)
    }

    /// Classifies one line.
    public static func classify(_ line: SourceLine) -> ClassifiedLine {
        var indent = 0
        let utf8 = line.text.utf8
        var start = utf8.startIndex
        while start < utf8.endIndex, ASCIIText.isBlank(utf8[start]) {
            indent += utf8[start] == 9 ? 4 : 1
            start = utf8.index(after: start)
        }
        let body = line.text[start...]
        let (plain, isMarkedHeading) = Markup.stripped(body)
        var words = plain[...]
        let marker = ListMarkerScanner.scan(&words)
        let text = String(trimmingWhitespace(words))
        let heading = marker == nil ? HeadingMatcher.heading(in: text) : nil
        var classified = ClassifiedLine(
            number: line.number, page: line.page, indent: indent, text: text, marker: marker,
            isBareMarker: marker != nil && text.isEmpty, isMarkedHeading: isMarkedHeading, heading: heading
        )
        if heading == nil, marker == nil, let (timescale, rest) = HeadingMatcher.inlineTimescale(in: text) {
            classified.heading = .timescale(timescale)
            classified.text = rest
            classified.carriesItem = true
        }
        return classified
    }

    /// `text` without leading and trailing whitespace.
    static func trimmingWhitespace(_ text: Substring) -> Substring {
        // A visible ASCII byte at each end cannot belong to a whitespace character: nothing to trim,
        // and no grapheme breaking needed.
        if let first = text.utf8.first, let last = text.utf8.last, ASCIIText.isVisible(first),
            ASCIIText.isVisible(last)
        {
            return text
        }
        var result = text
        while let first = result.first, first.isWhitespace { result = result.dropFirst() }
        while let last = result.last, last.isWhitespace { result = result.dropLast() }
        return result
    }
}

/// Removes the Markdown and HTML a conversion leaves around words: `#` headings, `**bold**`, `<b>` tags.
enum Markup {
    /// The line's words without mark-up, and whether the mark-up made it a heading.
    static func stripped(_ line: Substring) -> (text: String, isHeading: Bool) {
        var text = line
        var isHeading = false
        if text.utf8.first == UInt8(ascii: "#"), text.first == "#" {
            let hashes = text.prefix { $0 == "#" }
            let rest = text.dropFirst(hashes.count)
            if hashes.count <= 6 && (rest.isEmpty || rest.first == " ") {
                isHeading = true
                text = rest.drop { $0 == " " }
            }
        }
        guard ASCIIText.contains(text, where: { $0 == 42 || $0 == 95 || $0 == 60 }) else {
            return (String(text), isHeading)
        }
        let trimmed = LineClassifier.trimmingWhitespace(text)
        if trimmed.count > 4 && trimmed.hasPrefix("**") && trimmed.hasSuffix("**")
            && !trimmed.dropFirst(2).dropLast(2).contains("**")
        {
            isHeading = true
        }
        var out = String(text)
        out = out.replacingAll("**", with: "")
        out = out.replacingAll("__", with: "")
        out = removingTags(out)
        return (out, isHeading)
    }

    /// Removes HTML tags, and footnote references (`<sup>2</sup>`) with their contents.
    static func removingTags(_ text: String) -> String {
        guard text.utf8.contains(60) else { return text }
        var out = ""
        var rest = text[...]
        while let open = rest.firstIndex(of: "<") {
            out += rest[..<open]
            let afterOpen = rest[rest.index(after: open)...]
            guard let close = afterOpen.firstIndex(of: ">"),
                let first = afterOpen.first, first.isLetter || first == "/"
            else {
                out.append("<")
                rest = afterOpen
                continue
            }
            let name = afterOpen[..<close].lowercased()
            rest = afterOpen[afterOpen.index(after: close)...]
            if name == "sup", let end = rest.range(of: "</sup>") {
                rest = rest[end.upperBound...]
            }
        }
        out += rest
        return out
    }
}

extension String {
    /// A copy with every occurrence of `target` replaced.
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard ASCIIText.contains(self, lowercased: target) || !target.utf8.allSatisfy({ $0 < 128 }) else {
            return self
        }
        return components(separatedBy: target).joined(separator: replacement)
    }
}
