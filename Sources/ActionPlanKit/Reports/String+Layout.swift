/// Wrapping and shortening text for tables, and padding it, fast enough for tens of thousands of rows.
///
/// Both give exactly what the `Character` versions give; text in which every scalar is a character of
/// its own takes a path over UTF-8 bytes (see `String+CharacterCount.swift`).
extension String {
    /// The text broken into lines of at most `width` characters at spaces; a longer word is split.
    func wrapped(to width: Int) -> [String] {
        // Most cells fit: answer those before splitting anything into words.
        if width > 0 && characterCount <= width { return [self] }
        if let words = simpleWords { return Self.wrapped(words, whole: self, to: width) }
        guard count > width, width > 0 else { return [self] }
        var lines: [String] = []
        var current = ""
        for word in split(whereSeparator: \.isWhitespace) {
            var word = Substring(word)
            if !current.isEmpty && current.count + 1 + word.count > width {
                lines.append(current)
                current = ""
            }
            while word.count > width {
                if !current.isEmpty {
                    lines.append(current)
                    current = ""
                }
                lines.append(String(word.prefix(width)))
                word = word.dropFirst(width)
            }
            current += (current.isEmpty ? "" : " ") + word
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current) }
        return lines
    }
}

extension String {
    /// ``wrapped(to:)`` for text whose every scalar is a character of its own: the same lines, faster.
    fileprivate static func wrapped(_ words: [SimpleWord], whole: String, to width: Int) -> [String] {
        guard whole.characterCount > width, width > 0 else { return [whole] }
        var lines: [String] = []
        var current = SimpleLine()
        for piece in words {
            var word = piece
            if !current.isEmpty && current.count + 1 + word.count > width {
                lines.append(current.text)
                current = SimpleLine()
            }
            while word.count > width {
                if !current.isEmpty {
                    lines.append(current.text)
                    current = SimpleLine()
                }
                lines.append(String(decoding: word.prefix(width).utf8, as: UTF8.self))
                word = word.dropFirst(width)
            }
            current.append(word)
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current.text) }
        return lines
    }
}

extension String {
    /// The text cut at a word boundary to at most `limit` characters, ending in "…" when cut.
    ///
    /// Whitespace runs (line breaks from the report included) collapse to single spaces first.
    func shortened(to limit: Int) -> String {
        if let words = simpleWords { return Self.shortened(words, to: limit) }
        let words = split(whereSeparator: \.isWhitespace)
        var result = ""
        for word in words {
            let needed = result.isEmpty ? word.count : result.count + 1 + word.count
            if needed > limit - 1 {
                if result.count < limit / 2 {
                    // One very long word: cutting inside it reads better than dropping most of the text.
                    let room = limit - 1 - (result.isEmpty ? 0 : result.count + 1)
                    result += (result.isEmpty ? "" : " ") + word.prefix(max(room, 0))
                }
                while let last = result.last, ",;:.-–(".contains(last) { result.removeLast() }
                return result + "…"
            }
            result += (result.isEmpty ? "" : " ") + word
        }
        return result
    }
}

extension String {
    /// ``shortened(to:)`` for text whose every scalar is a character of its own: the same text, faster.
    fileprivate static func shortened(_ words: [SimpleWord], to limit: Int) -> String {
        var result = SimpleLine()
        for word in words {
            let needed = result.isEmpty ? word.count : result.count + 1 + word.count
            if needed > limit - 1 {
                if result.count < limit / 2 {
                    // One very long word: cutting inside it reads better than dropping most of the text.
                    let room = limit - 1 - (result.isEmpty ? 0 : result.count + 1)
                    result.append(word.prefix(Swift.max(room, 0)))
                }
                while let last = result.utf8.last,
                    [UInt8](",;:.-(".utf8).contains(last) || result.utf8.ends(with: "\u{2013}".utf8)
                {
                    result.utf8.removeLast(last < 0x80 ? 1 : 3)
                    result.count -= 1
                }
                return result.text + "…"
            }
            result.append(word)
        }
        return result.text
    }
}

extension [UInt8] {
    /// Whether the bytes end with `suffix`.
    fileprivate func ends(with suffix: String.UTF8View) -> Bool {
        count >= suffix.count && self[(count - suffix.count)...].elementsEqual(suffix)
    }
}

extension String {
    /// `count` spaces, from a table of ready-made strings for the common widths.
    static func spaces(_ count: Int) -> String {
        guard count > 0 else { return "" }
        return count < Padding.table.count ? Padding.table[count] : String(repeating: " ", count: count)
    }
}

private enum Padding {
    static let table: [String] = (0..<256).map { String(repeating: " ", count: $0) }
}
