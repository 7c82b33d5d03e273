/// A plan as a Markdown table for committee papers: one row per action, every value escaped.
public enum PlanMarkdown {
    /// The plan as Markdown: a heading, the report it answers, and a table rated on `day`.
    public static func text(of plan: ActionPlan, asOf day: CalendarDay, policy: RAGPolicy = RAGPolicy())
        -> String
    {
        let policy = policy.applying(to: plan)
        let hasSections = plan.recommendations.contains { $0.section != nil }
        var header = ["ID", "No."]
        if hasSections { header.append("Section") }
        header += ["Action", "Lead/Owner", "Due", "Status", "RAG", "Progress"]
        // A paper is titled by its council, not by the plan's or the report's file name.
        var lines = ["# Action plan: \(escaped(plan.source.authority ?? plan.name.rawValue))", ""]
        lines += [escaped(ReportWords.inspectionSentence(plan.source)) + " As at \(day.written).", ""]
        lines.append(row(header))
        lines.append(row(header.map { _ in "---" }))
        for action in plan.actions {
            let rating = policy.rating(of: action, on: day)
            let recommendation = plan.recommendation(of: action)
            var cells = [action.id.description, String(recommendation.reportNumber)]
            if hasSections { cells.append(escaped(recommendation.section ?? "")) }
            cells += [
                escaped(action.action),
                escaped(action.owner ?? "not assigned"),
                action.due?.written ?? policy.undatedDueWords(action),
                escaped(action.status.label),
                escaped("\(rating.colour.word): \(rating.reasonInWords)"),
                escaped(PlanSheet.latestNote(of: action) ?? ""),
            ]
            lines.append(row(cells))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func row(_ cells: [String]) -> String {
        "| " + cells.joined(separator: " | ") + " |"
    }

    /// `value` safe inside a table cell: Markdown and HTML characters escaped, line breaks as `<br>`.
    ///
    /// A `|` would end the cell and `<` could open a tag in the rendered paper, so nothing an officer
    /// typed can change the table's shape or inject markup.
    static func escaped(_ value: String) -> String {
        guard let text = SheetCell.text(value) else { return "" }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 16)
        // Every character escaped is ASCII, which UTF-8 never uses inside a longer sequence.
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\\"), UInt8(ascii: "|"), UInt8(ascii: "*"), UInt8(ascii: "_"),
                UInt8(ascii: "`"),
                UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "~"), UInt8(ascii: "#"):
                bytes += [UInt8(ascii: "\\"), byte]
            case UInt8(ascii: "<"): bytes += Array("&lt;".utf8)
            case UInt8(ascii: ">"): bytes += Array("&gt;".utf8)
            case UInt8(ascii: "&"): bytes += Array("&amp;".utf8)
            case UInt8(ascii: "\n"): bytes += Array("<br>".utf8)
            default: bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
