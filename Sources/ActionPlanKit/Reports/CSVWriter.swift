/// A report as CSV that Excel opens: a UTF-8 byte-order mark, then records written by ``CSV``.
struct CSVWriter {
    private(set) var text = "\u{FEFF}"

    /// Appends one record.
    mutating func append(_ fields: [String]) {
        var first = true
        for field in fields {
            if !first { text += "," }
            first = false
            text += CSV.field(field)
        }
        text += "\r\n"
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
