extension String {
    /// The text cut at a word boundary to at most `limit` characters, ending in "…" when cut.
    ///
    /// Whitespace runs (line breaks from the report included) collapse to single spaces first.
    /// Simple text (see ``TextMeasure``) is cut on its bytes, other text by `Character`s, to the same rules.
    func shortened(to limit: Int) -> String {
        var text = self
        return text.withUTF8 { String.shortenedSimple($0, to: limit) } ?? shortenedByCharacters(to: limit)
    }

    /// ``shortened(to:)`` by `Character`s and any whitespace: the plain version, for text that is not
    /// simple, and the answer its byte-level twin in `String+Layout+Bytes.swift` must give.
    func shortenedByCharacters(to limit: Int) -> String {
        var result = ""
        for word in split(whereSeparator: \.isWhitespace) {
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

    /// The text broken into lines of at most `width` characters at spaces; a longer word is split.
    func wrapped(to width: Int) -> [String] {
        let measure = TextMeasure(self)
        if width <= 0 || measure.width <= width { return [self] }
        var wrapper = TextWrapper()
        return wrapper.wrap(self, measure, to: width).map { wrapper.string($0) }
    }

    /// The text wrapped to fit `width` columns after `indent` on its first line and `hangingIndent` on
    /// the others, each line with its indent.
    /// A line break in the text (a hand-edited plan may hold one) starts a new line at the hanging
    /// indent, so the column of labels beside it stays straight.
    public func wrapped(to width: Int, indent: String, hangingIndent: String) -> [String] {
        let room = Swift.max(width - Swift.max(indent.count, hangingIndent.count), 20)
        let lines =
            utf8.contains(where: { $0 == 0x0A || $0 == 0x0D })
            ? split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).flatMap {
                String($0).wrapped(to: room)
            }
            : wrapped(to: room)
        return lines.enumerated().map { ($0.offset == 0 ? indent : hangingIndent) + $0.element }
    }

    /// ``wrapped(to:)`` by `Character`s and any whitespace: the plain version, for text that is not
    /// simple, and the answer ``TextWrapper``'s byte-level wrapping must give.
    func wrappedByCharacters(to width: Int) -> [String] {
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
