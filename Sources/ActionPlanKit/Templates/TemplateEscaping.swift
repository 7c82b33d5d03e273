/// How a template's printed values are made safe for the format it writes.
public enum TemplateEscaping: Sendable {
    /// HTML: `& < > " '` become character references, so data can never become markup.
    case html
    /// Markdown: markup characters are backslash-escaped, `<`, `>` and entity-like `&` are written as
    /// references, and line breaks become spaces, so a value stays inside its table cell.
    case markdown
    /// No change, for templates of plain text.
    case none

    /// `text` made safe to print.
    public func escape(_ text: String) -> String {
        switch self {
        case .none: return text
        case .html: return TemplateEscaping.html(text)
        case .markdown: return TemplateEscaping.markdown(text)
        }
    }

    private static func html(_ text: String) -> String {
        guard text.utf8.contains(where: { "&<>\"'".utf8.contains($0) }) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }

    private static func markdown(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        let characters = Array(text)
        var atStart = true
        var leadingDigits = true
        for (index, character) in characters.enumerated() {
            defer {
                leadingDigits = leadingDigits && character.isASCII && character.isNumber
                atStart = false
            }
            // A value opening with these would start a heading, list item or rule at the start of a line.
            if atStart && "#-+=".contains(character) {
                result += "\\" + String(character)
                continue
            }
            // "1." at the start of a value would start a numbered list.
            if leadingDigits && !atStart && (character == "." || character == ")") {
                result += "\\" + String(character)
                continue
            }
            switch character {
            case "\\", "`", "*", "_", "[", "]", "|", "~":
                result += "\\" + String(character)
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "&":
                // Only an `&` that could start an entity needs escaping; "Smith & Co" stays readable.
                let next = index + 1 < characters.count ? characters[index + 1] : " "
                result += next.isLetter || next == "#" ? "&amp;" : "&"
            case "\n", "\r", "\r\n": result += " "
            default: result.append(character)
            }
        }
        return result
    }
}
