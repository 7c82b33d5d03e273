/// Word wrapping and shortening for terminal output.
enum TextWrap {
    /// `text` wrapped at word boundaries to `width` columns, the first line after `indent`, the rest after `hangingIndent`.
    static func wrap(_ text: String, width: Int, indent: String = "", hangingIndent: String = "") -> [String]
    {
        var lines: [String] = []
        var current = indent
        var currentIsEmpty = true
        for word in text.split(separator: " ") {
            let prefix = lines.isEmpty ? indent : hangingIndent
            if !currentIsEmpty && current.count + 1 + word.count > width {
                lines.append(current)
                current = hangingIndent + word
                continue
            }
            current = currentIsEmpty ? prefix + word : current + " " + word
            currentIsEmpty = false
        }
        lines.append(current)
        return lines
    }

    /// `text` shortened at a word boundary to at most `limit` characters, with "…" when cut.
    static func shorten(_ text: String, to limit: Int) -> String {
        guard text.count > limit else { return text }
        let cut = text.prefix(limit - 1)
        let boundary = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        return boundary.trimmingCharacters(in: ",;:") + "…"
    }
}

extension Substring {
    /// The text without leading and trailing characters from `set`.
    func trimmingCharacters(in set: String) -> String {
        var slice = self
        while let last = slice.last, set.contains(last) || last == " " { slice = slice.dropLast() }
        return String(slice)
    }
}
