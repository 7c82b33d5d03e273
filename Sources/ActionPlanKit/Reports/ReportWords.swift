/// The small phrases every format shares, so the wording is the same in all of them.
enum ReportWords {
    /// "1 action", "3 actions".
    static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }

    /// The colour as a word a printout without colour still carries: "Red", "None".
    static func ragWord(_ rag: RAG) -> String {
        switch rag {
        case .red: "Red"
        case .amber: "Amber"
        case .green: "Green"
        case .blue: "Blue"
        case .none: "None"
        }
    }

    /// "Red: 12 days overdue (due 2012-03-09)".
    static func rating(_ rating: RAGRating) -> String {
        "\(ragWord(rating.colour)): \(rating.reason)"
    }

    /// The RAG counts as a small table.
    static func ragSummary(_ counts: [RAGCount]) -> TextTable {
        var summary = TextTable([
            TextTable.Column(heading: "RAG"), TextTable.Column(heading: "Actions", alignRight: true),
            TextTable.Column(heading: "Share", alignRight: true),
        ])
        summary.colouredColumn = 0
        for count in counts {
            summary.append(
                [ragWord(count.rag), String(count.count), "\(count.percentage)%"],
                colour: ANSIColour(count.rag))
        }
        return summary
    }

    /// "Immediately", "Within 3 months", "No timescale".
    static func timescale(_ timescale: Timescale) -> String {
        switch timescale {
        case .immediately: "Immediately"
        case .withinMonths(let count): "Within \(count) month\(count == 1 ? "" : "s")"
        case .withinWeeks(let count): "Within \(count) week\(count == 1 ? "" : "s")"
        case .unspecified: "No timescale"
        }
    }

    /// A field change in words: "status: not started → in progress", "owner: (none) → J. Smith".
    static func change(_ change: FieldChange) -> String {
        func value(_ text: String?) -> String {
            guard let text else { return "(none)" }
            switch change.field {
            case .status: return ActionStatus(rawValue: text)?.label ?? text
            case .cost: return Money(text)?.formatted ?? text
            default: return text.shortened(to: 60)
            }
        }
        return "\(change.field.rawValue): \(value(change.from)) → \(value(change.to))"
    }

    /// The lines under a report's title naming the authority, the report and the plan's start.
    static func sourceLines(_ plan: ActionPlan) -> [String] {
        var lines: [String] = []
        let source = plan.source
        if let authority = source.authority { lines.append(authority) }
        var inspection = "Report \(source.fileName)"
        if let start = source.inspectionStart, let end = source.inspectionEnd {
            inspection += ", inspected \(start) to \(end)"
        }
        if let published = source.published { inspection += ", published \(published)" }
        if let lead = source.leadInspector { inspection += ", lead inspector \(lead)" }
        lines.append(inspection)
        lines.append("Plan \(plan.name), timescales from \(plan.startDate)")
        return lines
    }

    /// A change in words: "by j.smith: status: not started → in progress; note: Audit begun".
    static func changeSummary(_ change: ProgressReport.Change) -> String {
        var parts = change.what
        if let reason = change.reason { parts.append("reason: \(reason)") }
        if let note = change.note { parts.append("note: \(note)") }
        return "by \(change.by): " + parts.joined(separator: "; ")
    }
}

extension TextCells {
    /// A cell holding `line`'s latest update, "2013-02-01: Audit under way", or "—" when nothing has
    /// been noted.
    mutating func cell(latestUpdateOf line: ActionLine) {
        guard let note = line.latestNote else { return cell("—") }
        if let day = line.latestNoteOn {
            write(day)
            write(": ")
        }
        write(note)
        endCell()
    }

    /// A cell holding `day` as `YYYY-MM-DD`, or "—" when there is none.
    mutating func cell(dayOrDash day: CalendarDay?) {
        guard let day else { return cell("—") }
        write(day)
        endCell()
    }
}
