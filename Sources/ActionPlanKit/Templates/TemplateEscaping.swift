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
        guard
            text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 })
        else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// The ASCII bytes that may need escaping in Markdown, anywhere or at the start of a value.
    private static let markdownSpecial: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for byte in "\\`*_[]|~<>&\n\r#-+=.)".utf8 { table[Int(byte)] = true }
        return table
    }()

    private static func markdown(_ text: String) -> String {
        guard text.utf8.contains(where: { markdownSpecial[Int($0)] }) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        let scalars = Array(text.unicodeScalars)
        var leadingDigits = true
        for (index, scalar) in scalars.enumerated() {
            defer { leadingDigits = leadingDigits && ("0"..."9").contains(scalar) }
            // A value opening with these would start a heading, list item or rule at the start of a line.
            if index == 0 && "#-+=".unicodeScalars.contains(scalar) {
                result += "\\"
                result.unicodeScalars.append(scalar)
                continue
            }
            // "1." at the start of a value would start a numbered list.
            if leadingDigits && index > 0 && (scalar == "." || scalar == ")") {
                result += "\\"
                result.unicodeScalars.append(scalar)
                continue
            }
            switch scalar {
            case "\\", "`", "*", "_", "[", "]", "|", "~":
                result += "\\"
                result.unicodeScalars.append(scalar)
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "&":
                // Only an `&` that could start an entity needs escaping; "Smith & Co" stays readable.
                let next = index + 1 < scalars.count ? scalars[index + 1] : " "
                result += next.properties.isAlphabetic || next == "#" ? "&amp;" : "&"
            case "\n":
                // A CR LF pair becomes one space, as a lone CR or LF does.
                if index == 0 || scalars[index - 1] != "\r" { result += " " }
            case "\r": result += " "
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
