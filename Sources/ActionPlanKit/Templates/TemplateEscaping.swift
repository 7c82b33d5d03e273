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
        // Every character escaped is ASCII, so the text is read and written as UTF-8 bytes; any other
        // byte, of whatever character, is copied as it is.
        let bytes = Array(text.utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + 16)
        var leadingDigits = true
        for (index, byte) in bytes.enumerated() {
            defer { leadingDigits = leadingDigits && (0x30...0x39).contains(byte) }
            // A value opening with these would start a heading, list item or rule at the start of a line.
            let opensBlock = index == 0 && "#-+=".utf8.contains(byte)
            // "1." at the start of a value would start a numbered list.
            let endsListNumber =
                leadingDigits && index > 0 && (byte == UInt8(ascii: ".") || byte == UInt8(ascii: ")"))
            if opensBlock || endsListNumber {
                result += [UInt8(ascii: "\\"), byte]
                continue
            }
            switch byte {
            case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"),
                UInt8(ascii: "["),
                UInt8(ascii: "]"), UInt8(ascii: "|"), UInt8(ascii: "~"):
                result += [UInt8(ascii: "\\"), byte]
            case UInt8(ascii: "<"): result += Array("&lt;".utf8)
            case UInt8(ascii: ">"): result += Array("&gt;".utf8)
            case UInt8(ascii: "&"):
                // Only an `&` that could start an entity needs escaping; "Smith & Co" stays readable.
                let rest = bytes[(index + 1)..<min(index + 5, bytes.count)]
                let next = String(decoding: rest, as: UTF8.self).unicodeScalars.first ?? " "
                result += Array((next.properties.isAlphabetic || next == "#" ? "&amp;" : "&").utf8)
            case UInt8(ascii: "\n"):
                // A CR LF pair becomes one space, as a lone CR or LF does.
                if index == 0 || bytes[index - 1] != UInt8(ascii: "\r") { result.append(UInt8(ascii: " ")) }
            case UInt8(ascii: "\r"): result.append(UInt8(ascii: " "))
            default: result.append(byte)
            }
        }
        return String(decoding: result, as: UTF8.self)
    }
}
