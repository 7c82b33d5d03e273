/// Text made safe for the XML parts of Office documents.
///
/// XML 1.0 cannot carry most control characters at all, not even as `&#1;`. Spreadsheet text has
/// its own escape for them (`_x0001_`, ECMA-376 Part 1 §22.9.2.19), which Excel, LibreOffice and
/// openpyxl undo on reading; a literal `_x0041_` is then itself escaped, as `_x005F_x0041_`.
/// Word has no such escape, so a document drops them.
enum XMLText {
    /// What to do with characters XML cannot carry.
    enum Controls {
        /// Write them as `_xHHHH_`, as spreadsheet strings do.
        case spreadsheet
        /// Leave them out, as a Word document must.
        case drop
    }

    /// `text` with `&`, `<`, `>` and `"` escaped and control characters handled as `controls` says.
    ///
    /// A carriage return is escaped too: an XML reader turns a literal one into a line feed.
    static func escaped(_ text: String, controls: Controls = .spreadsheet) -> String {
        // Most text needs nothing: check first, so the common case is one scan and no copy.
        let scalars = text.unicodeScalars
        guard
            scalars.contains(where: {
                $0.value < 0x20 || $0 == "&" || $0 == "<" || $0 == ">" || $0 == "\"" || $0 == "_"
                    || $0.value == 0xFFFE || $0.value == 0xFFFF
            })
        else { return text }
        var result = String.UnicodeScalarView()
        var index = scalars.startIndex
        while index != scalars.endIndex {
            let scalar = scalars[index]
            switch scalar {
            case "&": result.append(contentsOf: "&amp;".unicodeScalars)
            case "<": result.append(contentsOf: "&lt;".unicodeScalars)
            case ">": result.append(contentsOf: "&gt;".unicodeScalars)
            case "\"": result.append(contentsOf: "&quot;".unicodeScalars)
            case "\t", "\n": result.append(scalar)
            case "_" where controls == .spreadsheet && startsEscape(scalars[index...]):
                result.append(contentsOf: "_x005F_".unicodeScalars)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    if controls == .spreadsheet {
                        result.append(contentsOf: escape(scalar.value).unicodeScalars)
                    } else if scalar == "\r" {
                        result.append(contentsOf: "&#13;".unicodeScalars)
                    }
                } else {
                    result.append(scalar)
                }
            }
            index = scalars.index(after: index)
        }
        return String(result)
    }

    /// `_x000D_` for 13.
    private static func escape(_ value: UInt32) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        return "_x" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + "_"
    }

    /// Whether `text` starts with `_xHHHH_`, which a reader would take for an escape.
    static func startsEscape(_ text: Substring.UnicodeScalarView) -> Bool {
        var index = text.startIndex
        func next() -> Unicode.Scalar? {
            guard index != text.endIndex else { return nil }
            defer { index = text.index(after: index) }
            return text[index]
        }
        guard next() == "_", next() == "x" else { return false }
        for _ in 0..<4 {
            guard let digit = next(), digit.properties.isASCIIHexDigit else { return false }
        }
        return next() == "_"
    }

    /// Undoes the spreadsheet escapes `_xHHHH_` in text already read from XML.
    static func unescapingSpreadsheet(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "_")) else { return text }
        let scalars = text.unicodeScalars
        var result = String.UnicodeScalarView()
        var index = scalars.startIndex
        while index != scalars.endIndex {
            let rest = Substring(text).unicodeScalars[index...]
            if scalars[index] == "_", startsEscape(rest) {
                let digits = String(String.UnicodeScalarView(rest.dropFirst(2).prefix(4)))
                if let value = UInt32(digits, radix: 16), let scalar = Unicode.Scalar(value) {
                    result.append(scalar)
                    index = scalars.index(index, offsetBy: 7)
                    continue
                }
            }
            result.append(scalars[index])
            index = scalars.index(after: index)
        }
        return String(result)
    }
}
