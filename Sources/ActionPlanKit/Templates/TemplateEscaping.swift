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

    /// What one byte of a value becomes when escaped.
    private enum Replacement {
        /// The byte as it is.
        case same
        /// A backslash, then the byte.
        case backslashed
        /// Other text in its place (a character reference, a space, or nothing).
        case text(StaticString)
    }

    private static func markdown(_ text: String) -> String {
        // Every character escaped is ASCII, so the text is read and written as UTF-8 bytes; any other
        // byte, of whatever character, is copied as it is. Most values hold a `.` or `-` (dates, IDs,
        // sentences) that needs nothing where it stands, so the value is first read through to the
        // first byte that does change, and returned as it is when there is none.
        var contiguous = text
        let escaped = contiguous.withUTF8 { bytes -> String? in
            guard let first = firstMarkdownChange(in: bytes) else { return nil }
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count + 16)
            result.append(contentsOf: bytes[..<first])
            var leadingDigits = bytes[..<first].allSatisfy { (0x30...0x39).contains($0) }
            for index in first..<bytes.count {
                write(
                    markdown(bytes, at: index, afterDigitsOnly: leadingDigits), of: bytes[index], to: &result)
                leadingDigits = leadingDigits && (0x30...0x39).contains(bytes[index])
            }
            return String(decoding: result, as: UTF8.self)
        }
        return escaped ?? text
    }

    /// The bytes below 64 and from 64 to 127 that may change anywhere in a value, as bit masks:
    /// line breaks, `&`, `*`, `<`, `>`, and `[`, `\`, `]`, `_`, `` ` ``, `|`, `~`.
    private static let markdownAnywhere: (UInt64, UInt64) = (
        1 << 10 | 1 << 13 | 1 << 38 | 1 << 42 | 1 << 60 | 1 << 62,
        1 << (91 - 64) | 1 << (92 - 64) | 1 << (93 - 64) | 1 << (95 - 64) | 1 << (96 - 64) | 1 << (124 - 64)
            | 1 << (126 - 64)
    )

    /// The index of the first byte that Markdown escaping changes, or `nil` when it changes none.
    private static func firstMarkdownChange(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        // Only the first byte after any leading digits can open a block or end a list number.
        var index = 0
        while index < bytes.count, (0x30...0x39).contains(bytes[index]) { index += 1 }
        guard index < bytes.count else { return nil }
        if case .same = markdown(bytes, at: index, afterDigitsOnly: true) {} else { return index }
        let (low, high) = markdownAnywhere
        for index in (index + 1)..<bytes.count {
            let byte = bytes[index]
            let mask = byte < 64 ? low >> byte : byte < 128 ? high >> (byte - 64) : 0
            guard mask & 1 == 1 else { continue }
            if case .same = markdown(bytes, at: index, afterDigitsOnly: false) { continue }
            return index
        }
        return nil
    }

    /// What the byte at `index` becomes in Markdown; `afterDigitsOnly` tells whether every byte before
    /// it is a digit.
    private static func markdown(
        _ bytes: UnsafeBufferPointer<UInt8>, at index: Int, afterDigitsOnly: Bool
    ) -> Replacement {
        switch bytes[index] {
        // A value opening with these would start a heading, list item or rule at the start of a line.
        case UInt8(ascii: "#"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "="):
            return index == 0 ? .backslashed : .same
        // "1." at the start of a value would start a numbered list.
        case UInt8(ascii: "."), UInt8(ascii: ")"):
            return afterDigitsOnly && index > 0 ? .backslashed : .same
        case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["),
            UInt8(ascii: "]"), UInt8(ascii: "|"), UInt8(ascii: "~"):
            return .backslashed
        case UInt8(ascii: "<"): return .text("&lt;")
        case UInt8(ascii: ">"): return .text("&gt;")
        case UInt8(ascii: "&"):
            // Only an `&` that could start an entity needs escaping; "Smith & Co" stays readable.
            let rest = UnsafeBufferPointer(rebasing: bytes[(index + 1)..<min(index + 5, bytes.count)])
            let next = String(decoding: rest, as: UTF8.self).unicodeScalars.first ?? " "
            return next.properties.isAlphabetic || next == "#" ? .text("&amp;") : .same
        // A CR LF pair becomes one space, as a lone CR or LF does.
        case UInt8(ascii: "\n"):
            return index > 0 && bytes[index - 1] == UInt8(ascii: "\r") ? .text("") : .text(" ")
        case UInt8(ascii: "\r"): return .text(" ")
        default: return .same
        }
    }

    private static func write(_ replacement: Replacement, of byte: UInt8, to result: inout [UInt8]) {
        switch replacement {
        case .same:
            result.append(byte)
        case .backslashed:
            result.append(UInt8(ascii: "\\"))
            result.append(byte)
        case .text(let text):
            result.append(
                contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
        }
    }
}
