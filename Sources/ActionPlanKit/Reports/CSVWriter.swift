/// RFC 4180 CSV as Excel opens it: a UTF-8 byte-order mark, CRLF line ends, quoted fields as needed.
struct CSVWriter {
    private(set) var text = "\u{FEFF}"

    /// Appends one record.
    mutating func append(_ fields: [String]) {
        var first = true
        for field in fields {
            if !first { text += "," }
            first = false
            text += CSVWriter.field(field)
        }
        text += "\r\n"
    }

    /// One field: neutralised against formula injection, then quoted if it holds `,` `"` CR or LF.
    static func field(_ value: String) -> String {
        var value = value
        // A spreadsheet runs a cell that starts with these as a formula; a leading apostrophe stops it
        // and Excel hides the apostrophe.
        if let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) {
            value = "'" + value
        }
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
        else { return value }
        var quoted = "\""
        for character in value {
            if character == "\"" { quoted += "\"\"" } else { quoted.append(character) }
        }
        return quoted + "\""
    }
}

extension OverdueReport {
    /// The report as one CSV table: each action of each list, the list named in the first column.
    func csv() -> String {
        var writer = CSVWriter()
        writer.append([
            "list", "plan", "id", "action", "owner", "due", "originalDue", "daysOverdue", "status", "rag",
            "ragReason", "latestNote", "latestNoteOn",
        ])
        let lists = [
            ("overdue", overdue), ("due soon", dueSoon), ("no due date", noDueDate), ("no owner", noOwner),
        ]
        for (list, lines) in lists {
            for line in lines {
                let action = line.action
                writer.append([
                    list, line.plan.rawValue, action.id.description, action.action, action.owner ?? "",
                    action.due?.isoText ?? "", action.originalDue?.isoText ?? "",
                    line.daysOverdue.map(String.init) ?? "", action.status.rawValue, line.colour.rawValue,
                    line.rating.reason, line.latestNote ?? "", line.latestNoteOn?.isoText ?? "",
                ])
            }
        }
        return writer.text
    }
}
