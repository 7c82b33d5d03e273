/// A report as CSV that Excel opens: a UTF-8 byte-order mark, then records written by ``CSV``.
struct CSVWriter {
    /// The bytes written so far.
    private(set) var bytes: [UInt8]

    /// Starts a file with its byte-order mark, or, for a later part of one, without it.
    init(byteOrderMark: Bool = true) {
        bytes = byteOrderMark ? CSV.byteOrderMark : []
    }

    /// Appends one record.
    mutating func append(_ fields: [String]) {
        var first = true
        for field in fields {
            if !first { bytes.append(UInt8(ascii: ",")) }
            first = false
            bytes.append(contentsOf: CSV.field(field).utf8)
        }
        bytes.append(contentsOf: [UInt8(ascii: "\r"), UInt8(ascii: "\n")])
    }

    /// The file as text.
    var text: String { String(decoding: bytes, as: UTF8.self) }
}

extension OverdueReport {
    /// The CSV's header row, in words a person reads in Excel.
    static let csvHeader = [
        "List", "Plan", "ID", "Action", "Owner", "Due", "Original due", "Days overdue", "Status", "RAG",
        "RAG reason", "Latest note", "Latest note on", "Council",
    ]

    /// The report as one CSV table: each action of each list, the list named in the first column and
    /// the plan's council in the last.
    ///
    /// Dates stay `YYYY-MM-DD`, which Excel reads as dates whatever its locale; words are as in the papers.
    func csv() -> String {
        String(decoding: csvUTF8().joined(), as: UTF8.self)
    }

    /// ``csv()`` as runs of UTF-8 that follow one another: the header, then the rows a stretch at a
    /// time, the stretches written on several cores and never copied into one buffer.
    func csvUTF8() -> [[UInt8]] {
        var header = CSVWriter()
        header.append(OverdueReport.csvHeader)
        let lists = [
            ("Overdue", overdue), ("No due date set by the statement deadline", undatedPastDeadline),
            ("Due soon", dueSoon), ("No due date", noDueDate), ("No owner", noOwner),
        ]
        let stretches = lists.indices.flatMap { list in
            chunks(of: lists[list].1.count, into: (lists[list].1.count + 999) / 1000).map { (list, $0) }
        }
        let councils = councilNames
        let parts = concurrentMap(stretches.count) { index in
            let (list, range) = stretches[index]
            var writer = CSVWriter(byteOrderMark: false)
            for line in lists[list].1[range] {
                writer.append(OverdueReport.csvRecord(lists[list].0, councils[line.plan] ?? "", line))
            }
            return writer.bytes
        }
        return [header.bytes] + parts
    }

    /// One action's row in the list named `list`, its plan's council named `council`.
    private static func csvRecord(_ list: String, _ council: String, _ line: ActionLine) -> [String] {
        let action = line.action
        return [
            list, line.plan.rawValue, action.id.description, action.action, action.owner ?? "",
            action.due?.isoText ?? "", action.originalDue?.isoText ?? "",
            line.daysOverdue.map(String.init) ?? "", action.status.label,
            ReportWords.ragWord(line.colour), line.rating.reason, line.latestNote ?? "",
            line.latestNoteOn?.isoText ?? "", council,
        ]
    }
}
