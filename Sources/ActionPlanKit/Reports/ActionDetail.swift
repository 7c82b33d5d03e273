/// Every field of one action and its history, as `show PLAN ACTION` prints it.
public struct ActionDetail: Sendable {
    /// The plan's name.
    public let plan: PlanName
    /// The action as it stood on the day, with its history, rating and recommendation.
    public let line: ActionLine

    /// `action` of `plan` (as it stood on `day`), rated under `policy`.
    public init(_ action: Action, of plan: ActionPlan, on day: CalendarDay, policy: RAGPolicy) {
        self.plan = plan.name
        line = ActionLine(
            plan: plan.name, action: action, recommendation: plan.recommendation(of: action), on: day,
            policy: policy.applying(to: plan))
    }

    /// The fields, one to a line wrapped to `width` columns, then the history, oldest first.
    public func text(width: Int) -> String {
        let action = line.action
        let recommendation = line.recommendation
        let rating = line.rating
        var lines: [String] = []
        func field(_ label: String, _ value: String) {
            let indent = label + ":" + String(repeating: " ", count: Swift.max(1, 15 - label.count))
            lines += value.wrapped(
                to: width, indent: indent, hangingIndent: String(repeating: " ", count: 16))
        }
        field("Action \(action.id)", action.action)
        field(
            "Recommendation",
            "\(recommendation.text) (no. \(recommendation.reportNumber)"
                + "\(recommendation.section.map { ", \($0)" } ?? ""), "
                + "\(recommendation.timescale.inWords.lowercased()))")
        field("Themes", recommendation.themeList.map(\.title).joined(separator: "; "))
        field("Owner", action.owner ?? "none assigned")
        if let lead = recommendation.lead { field("Report's lead", lead) }
        if recommendation.urgent { field("Urgent", "the report asks for this as a matter of urgency") }
        var due = action.due?.written ?? line.policy.undatedDueWords(action)
        if let original = action.originalDue, original != action.due {
            due += " (originally \(original.written))"
        }
        field("Due", due)
        field("Status", action.status.label)
        field("RAG", "\(rating.colour.word): \(rating.reasonInWords)")
        field("Measure", action.measure ?? "none set")
        field("Evidence", action.evidence ?? "none yet")
        field("Cost", action.cost?.formatted ?? "not estimated")
        lines.append("")
        lines.append(action.history.isEmpty ? "No changes recorded." : "History:")
        for entry in action.history {
            lines += entry.inWords.wrapped(
                to: width, indent: "  \(entry.on.written), \(entry.by): ", hangingIndent: "      ")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The action as one JSON document: its fields as every report writes them, with its history.
    public func json() -> String {
        ReportJSON.encode(Document(detail: self))
    }

    private struct Document: Encodable {
        var detail: ActionDetail

        private enum Keys: String, CodingKey { case name, asOf, action }
        private enum HistoryKey: String, CodingKey { case history }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(detail.plan, forKey: .name)
            try container.encode(detail.line.day, forKey: .asOf)
            try container.encode(ActionWithHistory(line: detail.line), forKey: .action)
        }
    }

    /// The action's report fields, its `history` and its recommendation's `themes` (slugs, main first).
    private struct ActionWithHistory: Encodable {
        var line: ActionLine

        private enum Key: String, CodingKey { case history, themes }

        func encode(to encoder: any Encoder) throws {
            try ReportJSON.ActionObject(line: line).encode(to: encoder)
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(line.action.history.map(ReportJSON.EntryObject.init), forKey: .history)
            try container.encode(line.recommendation.themeList.map(\.slug), forKey: .themes)
        }
    }
}
