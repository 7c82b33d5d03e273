import Foundation

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

    /// "Red: 12 days overdue (due 9 March 2012)".
    static func rating(_ rating: RAGRating) -> String {
        "\(ragWord(rating.colour)): \(reason(rating))"
    }

    /// A rating's reason as a paper prints it, its dates written out: "12 days overdue (due 9 March 2012)".
    static func reason(_ rating: RAGRating) -> String {
        CalendarDay.writingDates(in: rating.reason)
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

    /// `text` as a sentence: its first letter a capital and a full stop at its end, as a paper prints a
    /// recommendation that the report wrote as the end of "The local authority should:".
    static func sentence(_ text: String) -> String {
        var text = text.trimmingCharacters(in: .whitespaces)
        guard let first = text.first else { return text }
        text = first.uppercased() + text.dropFirst()
        if let last = text.last, !".!?".contains(last) {
            text = text.trimmingCharacters(in: CharacterSet(charactersIn: ";,:")) + "."
        }
        return text
    }

    /// An action's progress commentary: its latest note with the day it took effect, "20 March 2013: Half
    /// of staff trained", or `nil` when nothing has been noted.
    static func progress(_ line: ActionLine) -> String? {
        guard let note = line.latestNote else { return nil }
        return line.latestNoteOn.map { "\($0.written): \(note)" } ?? note
    }

    /// "Immediately", "Within 3 months", "No timescale given": the one wording of a timescale for people.
    static func timescale(_ timescale: Timescale) -> String {
        switch timescale {
        case .immediately: "Immediately"
        case .withinMonths(let count): "Within \(count) month\(count == 1 ? "" : "s")"
        case .withinWeeks(let count): "Within \(count) week\(count == 1 ? "" : "s")"
        case .withinWorkingDays(let count): "Within \(count) working day\(count == 1 ? "" : "s")"
        case .by(let day): "By \(day.written)"
        case .unspecified: "No timescale given"
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

    /// The lines under a report's title naming the authority and the inspection, without file names.
    static func sourceLines(_ plan: ActionPlan) -> [String] {
        var lines: [String] = []
        let source = plan.source
        if let authority = source.authority { lines.append(authority) }
        lines.append(inspectionSentence(source))
        lines.append("Timescales run from \(plan.startDate.written).")
        return lines
    }

    /// "Ofsted inspection 15 to 26 October 2012; report published 30 November 2012; lead inspector
    /// Jane Inspector.", without the publication when a paper's header already gives it.
    static func inspectionSentence(_ source: SourceReport, withPublished: Bool = true) -> String {
        var parts: [String] = []
        if let start = source.inspectionStart, let end = source.inspectionEnd {
            parts.append("Ofsted inspection \(CalendarDay.writtenSpan(from: start, to: end))")
        } else {
            parts.append("Ofsted inspection")
        }
        if withPublished, let published = source.published {
            parts.append("report published \(published.written)")
        }
        if let due = source.statementDue { parts.append("statement of action due \(due.written)") }
        if let lead = source.leadInspector { parts.append("lead inspector \(lead)") }
        return parts.joined(separator: "; ") + "."
    }

    /// A change in words: "by j.smith: status: not started → in progress; note: Audit begun".
    static func changeSummary(_ change: ProgressReport.Change) -> String {
        var parts = change.whatWritten
        if let reason = change.reason { parts.append("reason: \(reason)") }
        if let note = change.note { parts.append("note: \(note)") }
        return "by \(change.by): " + parts.joined(separator: "; ")
    }
}

extension RAG {
    /// The colour as a word a printout without colour still carries: "Red", "None".
    public var word: String { ReportWords.ragWord(self) }
}

extension Timescale {
    /// The timescale as every paper words it: "Within 3 months", "No timescale given".
    public var inWords: String { ReportWords.timescale(self) }
}

extension FieldChange {
    /// The change as a paper words it, dates written out: "status: not started → in progress".
    public var inWords: String { CalendarDay.writingDates(in: ReportWords.change(self)) }
}

extension RAGRating {
    /// The reason as a paper words it, dates written out: "12 days overdue (due 9 March 2012)".
    public var reasonInWords: String { ReportWords.reason(self) }
}

extension TextCells {
    /// A cell holding `line`'s latest update, "1 February 2013: Audit under way", or "—" when nothing
    /// has been noted.
    mutating func cell(latestUpdateOf line: ActionLine) {
        guard let note = line.latestNote else { return cell("—") }
        if let day = line.latestNoteOn {
            write(day.written)
            write(": ")
        }
        write(note)
        endCell()
    }

    /// A cell holding `day` as a table writes it ("9 Mar 2012"), or "—" when there is none.
    mutating func cell(dayOrDash day: CalendarDay?) {
        guard let day else { return cell("—") }
        write(day.writtenShort)
        endCell()
    }
}

extension RAGPolicy {
    /// What a paper shows in the due column of an action with none: "date to be set by 16 August 2023"
    /// while the plan's statement deadline governs it, else "no due date".
    public func undatedDueWords(_ action: Action) -> String {
        undatedDueDeadline(action).map { "\(Self.dateToBeSetBy) \($0.written)" } ?? "no due date"
    }

    /// The statement deadline an action with no due date is to be dated by: its plan's, while it is open.
    func undatedDueDeadline(_ action: Action) -> CalendarDay? {
        guard action.due == nil, action.status.isOpen else { return nil }
        return statementDue
    }

    /// The words before the deadline in ``undatedDueWords(_:)``, which a sheet read back takes for no date.
    static let dateToBeSetBy = "date to be set by"
}
