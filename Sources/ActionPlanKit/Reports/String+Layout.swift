/// Measuring, wrapping and shortening text for tables, fast enough for tens of thousands of rows.
///
/// Widths are counted in Unicode scalars, which matches the terminal columns of the letters, digits
/// and punctuation reports hold; `String.count` would cost a grapheme walk per call.
extension String {
    /// The number of terminal columns the text takes, taken as its number of Unicode scalars.
    var displayWidth: Int {
        var width = 0
        // Every byte that does not continue a multi-byte sequence starts a new scalar.
        for byte in utf8 where byte & 0b1100_0000 != 0b1000_0000 { width += 1 }
        return width
    }

    /// The words of the text: runs of non-blank characters, line breaks counting as blanks.
    var words: [Substring] {
        var result: [Substring] = []
        var start: String.UnicodeScalarView.Index?
        let scalars = unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let blank = String.isBlank(scalars[index])
            if blank, let wordStart = start {
                result.append(Substring(scalars[wordStart..<index]))
                start = nil
            } else if !blank && start == nil {
                start = index
            }
            index = scalars.index(after: index)
        }
        if let start { result.append(Substring(scalars[start...])) }
        return result
    }

    /// The width of the longest word.
    var longestWordWidth: Int {
        var longest = 0
        var current = 0
        for scalar in unicodeScalars {
            if String.isBlank(scalar) {
                current = 0
            } else {
                current += 1
                longest = max(longest, current)
            }
        }
        return longest
    }

    /// The text broken into lines of at most `width` columns at blanks; a longer word is split.
    func wrapped(to width: Int) -> [String] {
        guard width > 0, displayWidth > width || contains(where: \.isNewline) else { return [self] }
        var lines: [String] = []
        var current = ""
        var currentWidth = 0
        for var word in words {
            var wordWidth = String(word).displayWidth
            if currentWidth > 0 && currentWidth + 1 + wordWidth > width {
                lines.append(current)
                current = ""
                currentWidth = 0
            }
            while wordWidth > width {
                if currentWidth > 0 {
                    lines.append(current)
                    current = ""
                    currentWidth = 0
                }
                let head = word.unicodeScalars.prefix(width)
                lines.append(String(Substring(head)))
                word = Substring(word.unicodeScalars[head.endIndex...])
                wordWidth -= width
            }
            if currentWidth > 0 {
                current += " "
                currentWidth += 1
            }
            current += word
            currentWidth += wordWidth
        }
        if currentWidth > 0 || lines.isEmpty { lines.append(current) }
        return lines
    }

    /// The text cut at a word boundary to at most `limit` columns, ending in "…" when cut.
    ///
    /// Blank runs (line breaks from the report included) collapse to single spaces.
    func shortened(to limit: Int) -> String {
        if displayWidth <= limit && !unicodeScalars.contains(where: { $0 != " " && String.isBlank($0) }) {
            return self
        }
        var result = ""
        var resultWidth = 0
        for word in words {
            let wordWidth = String(word).displayWidth
            let needed = resultWidth == 0 ? wordWidth : resultWidth + 1 + wordWidth
            if needed > limit - 1 {
                if resultWidth < limit / 2 {
                    // One very long word: cutting inside it reads better than dropping most of the text.
                    let room = max(limit - 1 - (resultWidth == 0 ? 0 : resultWidth + 1), 0)
                    if resultWidth > 0 { result += " " }
                    result += String(Substring(word.unicodeScalars.prefix(room)))
                }
                while let last = result.unicodeScalars.last, ",;:.-–(".unicodeScalars.contains(last) {
                    result.unicodeScalars.removeLast()
                }
                return result + "…"
            }
            if resultWidth > 0 { result += " " }
            result += word
            resultWidth = needed
        }
        return result
    }

    /// `count` spaces, from a table of ready-made strings for the common widths.
    static func spaces(_ count: Int) -> String {
        guard count > 0 else { return "" }
        return count < Padding.table.count ? Padding.table[count] : String(repeating: " ", count: count)
    }

    private static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" }
        return scalar.properties.isWhitespace
    }
}

private enum Padding {
    static let table: [String] = (0..<256).map { String(repeating: " ", count: $0) }
}
