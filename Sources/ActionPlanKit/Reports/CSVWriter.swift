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
    /// The CSV's header row, in words a person reads in Excel.
    static let csvHeader = [
        "List", "Plan", "ID", "Action", "Owner", "Due", "Original due", "Days overdue", "Status", "RAG",
        "RAG reason", "Latest note", "Latest note on",
    ]

    /// The report as one CSV table: each action of each list, the list named in the first column.
    ///
    /// Dates stay `YYYY-MM-DD`, which Excel reads as dates whatever its locale; words are as in the papers.
    func csv() -> String {
        var writer = CSVWriter()
        writer.append(OverdueReport.csvHeader)
        let lists = [
            ("Overdue", overdue), ("Due soon", dueSoon), ("No due date", noDueDate), ("No owner", noOwner),
        ]
        for (list, lines) in lists {
            for line in lines {
                let action = line.action
                writer.append([
                    list, line.plan.rawValue, action.id.description, action.action, action.owner ?? "",
                    action.due?.isoText ?? "", action.originalDue?.isoText ?? "",
                    line.daysOverdue.map(String.init) ?? "", action.status.label,
                    ReportWords.ragWord(line.colour), line.rating.reason, line.latestNote ?? "",
                    line.latestNoteOn?.isoText ?? "",
                ])
            }
        }
        return writer.text
    }
}
