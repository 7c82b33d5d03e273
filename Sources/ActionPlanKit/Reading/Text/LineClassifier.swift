import Foundation

/// The classify stage of the reader: strips mark-up, finds each line's list marker and recognises headings.
public enum LineClassifier {
    /// Classifies every line.
    public static func classify(_ lines: [SourceLine]) -> [ClassifiedLine] {
        lines.map(classify)
    }

    /// Classifies one line.
    public static func classify(_ line: SourceLine) -> ClassifiedLine {
        let utf8 = line.text.utf8
        let shape = ASCIIText.withBytes(line.text, LineShape.init)
        let body =
            shape.blanks == 0 ? line.text : line.text[utf8.index(utf8.startIndex, offsetBy: shape.blanks)...]
        let indent = shape.indent
        if shape.isPlainWords {
            return classify(line, words: String(body), indent: indent, marker: nil, isMarkedHeading: false)
        }
        return classify(line, body: body, indent: indent)
    }

    /// The classified line, given its text after the leading blanks: the plain version, for lines its
    /// byte-level test in `LineClassifier+Bytes.swift` does not call plain words, and the answer that
    /// test's shortcut must give.
    static func classify(_ line: SourceLine, body: Substring, indent: Int) -> ClassifiedLine {
        var words: Substring
        var isMarkedHeading = false
        if Markup.mayHoldMarkup(body) {
            let plain: String
            (plain, isMarkedHeading) = Markup.stripped(body)
            words = plain[...]
        } else {
            // Without mark-up bytes the stripped text is the body itself: no copy is made for it.
            words = body
        }
        let marker = ListMarkerScanner.scan(&words)
        let text = String(trimmingWhitespace(words))
        return classify(line, words: text, indent: indent, marker: marker, isMarkedHeading: isMarkedHeading)
    }

    /// The classified line, given its words without mark-up, marker and surrounding whitespace.
    private static func classify(
        _ line: SourceLine, words text: String, indent: Int, marker: ListMarker?, isMarkedHeading: Bool
    ) -> ClassifiedLine {
        // Both heading tests start with the same first-word test, which turns away almost every line.
        let mayBeHeading = HeadingMatcher.startsWithFirstWord(text)
        let heading = marker == nil && mayBeHeading ? HeadingMatcher.heading(in: text) : nil
        var classified = ClassifiedLine(
            number: line.number, page: line.page, indent: indent, text: text, marker: marker,
            isBareMarker: marker != nil && text.isEmpty, isMarkedHeading: isMarkedHeading, heading: heading
        )
        if heading == nil, marker == nil, mayBeHeading,
            let (timescale, rest) = HeadingMatcher.inlineTimescale(in: text)
        {
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
    /// Whether `line` may hold mark-up: it starts with `#` or holds `*`, `_` or `<`. Lines that do not
    /// come out of ``stripped(_:)`` as they went in, and not as headings.
    static func mayHoldMarkup(_ line: Substring) -> Bool {
        line.utf8.first == UInt8(ascii: "#") || ASCIIText.contains(line, anyOf: 42, 95, 60)
    }

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
        // An occurrence needs the target's exact bytes (the targets have no other canonical form), so a
        // byte search, not the far slower `components`, answers for the many texts that lack it.
        guard ASCIIText.contains(self, bytesOf: target) else { return self }
        return components(separatedBy: target).joined(separator: replacement)
    }
}
