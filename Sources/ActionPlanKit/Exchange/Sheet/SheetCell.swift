import Foundation

/// How the text of a spreadsheet cell is read back into plan values.
enum SheetCell {
    /// The cell's text as a plan stores it: line breaks as LF, white space trimmed; `nil` when empty.
    ///
    /// Excel may save a line break inside a cell as CRLF and pads cells with spaces; neither is an edit.
    static func text(_ cell: String) -> String? {
        var text = cell
        if text.utf8.contains(UInt8(ascii: "\r")) {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(
                of: "\r", with: "\n")
        }
        guard let first = text.firstIndex(where: { !$0.isWhitespace }),
            let last = text.lastIndex(where: { !$0.isWhitespace })
        else { return nil }
        if first == text.startIndex && text.index(after: last) == text.endIndex { return text }
        return String(text[first...last])
    }

    /// A date written `YYYY-MM-DD`, or `DD/MM/YYYY` as British Excel saves one; `nil` when not a real date.
    ///
    /// A time of midnight after the date (`22/05/2013 00:00`) is accepted, since Excel adds one to
    /// cells formatted as date and time.
    static func date(_ cell: String) -> CalendarDay? {
        var text = Substring(cell.trimmingCharacters(in: .whitespaces))
        for midnight in [" 00:00:00", " 00:00"] where text.hasSuffix(midnight) {
            text = text.dropLast(midnight.count)
        }
        return CalendarDay(iso: text) ?? CalendarDay(british: text)
    }

    /// A status written as stored (`in-progress`) or as read (`In progress`, `Signed off`).
    static func status(_ cell: String) -> ActionStatus? {
        let key = SheetColumn.normalised(cell)
        return ActionStatus.allCases.first {
            SheetColumn.normalised($0.rawValue) == key || SheetColumn.normalised($0.label) == key
        }
    }

    /// The colour a RAG cell names, reading only its first word ("Amber - due soon" is amber).
    static func rag(_ cell: String) -> RAG? {
        guard let word = SheetColumn.normalised(cell).split(separator: " ").first else { return RAG.none }
        return RAG(rawValue: String(word))
    }

    /// A value as a diff shows it: quoted on one line, or `(none)`.
    static func quoted(_ value: String?) -> String {
        guard let value else { return "(none)" }
        var text = "\""
        for character in value {
            switch character {
            case "\"": text += "\\\""
            case "\\": text += "\\\\"
            case "\n", "\r\n", "\r": text += "\\n"
            case "\t": text += "\\t"
            default: text.append(character)
            }
        }
        return text + "\""
    }
}
