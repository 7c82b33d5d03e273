/// A plan's header as `plan PLAN` prints it: the council, the report, its dates, how the council
/// presents the plan, and how far it has come.
public struct PlanHeaderView: Sendable {
    /// The plan.
    public let plan: ActionPlan

    /// The header of `plan`.
    public init(_ plan: ActionPlan) {
        self.plan = plan
    }

    /// The header as labelled lines; a field the plan lacks says so, and how to set it where a command can.
    public func text() -> String {
        let source = plan.source
        let set = { (option: String) in "not set; set it with: actionplan plan \(plan.name) \(option)" }
        var council = set("--authority \"COUNCIL\"")
        if let name = source.authority {
            council =
                name
                + (source.authorityCode.map { " (\($0))" }
                    ?? " (no ONS code; set the council with: actionplan plan \(plan.name) --authority \"COUNCIL\")")
            if let printed = source.authorityAsPrinted, printed != name {
                council += ", printed \"\(printed)\""
            }
        }
        var inspected = "not stated"
        if let start = source.inspectionStart, let end = source.inspectionEnd {
            inspected = CalendarDay.writtenSpan(from: start, to: end)
        } else if let day = source.inspectionEnd ?? source.inspectionStart {
            inspected = day.written
        }
        let meeting = [plan.settings.meeting, plan.settings.meetingDate?.written].compactMap { $0 }
        let corrections = plan.history.count
        let actions = plan.actions.count { $0.exists }
        let rows: [(String, String)] = [
            ("Council", council),
            ("Report", source.title ?? set("--title \"TITLE\"")),
            ("File", source.fileName),
            ("Inspected", inspected),
            ("Published", source.published?.written ?? set("--published YYYY-MM-DD")),
            (
                "Statement due",
                source.statementDue.map {
                    "\($0.written) (\(WorkingCalendar.statementWorkingDays) working days after publication)"
                } ?? "unknown until the publication date is set"
            ),
            ("Timescales from", plan.startDate.written),
            (
                "Meeting",
                meeting.isEmpty
                    ? set("--meeting M --meeting-date YYYY-MM-DD") : meeting.joined(separator: ", ")
            ),
            ("Author", plan.settings.author ?? set("--author \"NAME\"")),
            (
                "Contents",
                "\(plan.recommendations.count) recommendation\(plan.recommendations.count == 1 ? "" : "s"), "
                    + "\(actions) action\(actions == 1 ? "" : "s")"
            ),
            (
                "Revision",
                "\(plan.revision)"
                    + (corrections == 0
                        ? "" : " (\(corrections) to the plan itself; see: actionplan history \(plan.name))")
            ),
        ]
        let width = rows.map(\.0.count).max() ?? 0
        let lines = rows.map { label, value in
            label + ":" + String(repeating: " ", count: width - label.count + 2) + value
        }
        return "\(plan.name)\n" + lines.joined(separator: "\n") + "\n"
    }

    /// The header as one JSON document, every field present (`null` when the plan lacks it).
    public func json() -> String {
        ReportJSON.encode(Document(plan: plan))
    }

    private struct Document: Encodable {
        var plan: ActionPlan

        private enum Keys: String, CodingKey {
            case name, authority, authorityCode, authorityAsPrinted, title, fileName, inspectionStart
            case inspectionEnd, published, statementDue, startDate, meeting, meetingDate, author
            case recommendations, actions, revision, history
        }

        func encode(to encoder: any Encoder) throws {
            let source = plan.source
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(plan.name, forKey: .name)
            try container.encode(source.authority, forKey: .authority)
            try container.encode(source.authorityCode, forKey: .authorityCode)
            try container.encode(source.authorityAsPrinted, forKey: .authorityAsPrinted)
            try container.encode(source.title, forKey: .title)
            try container.encode(source.fileName, forKey: .fileName)
            try container.encode(source.inspectionStart, forKey: .inspectionStart)
            try container.encode(source.inspectionEnd, forKey: .inspectionEnd)
            try container.encode(source.published, forKey: .published)
            try container.encode(source.statementDue, forKey: .statementDue)
            try container.encode(plan.startDate, forKey: .startDate)
            try container.encode(plan.settings.meeting, forKey: .meeting)
            try container.encode(plan.settings.meetingDate, forKey: .meetingDate)
            try container.encode(plan.settings.author, forKey: .author)
            try container.encode(plan.recommendations.count, forKey: .recommendations)
            try container.encode(plan.actions.count { $0.exists }, forKey: .actions)
            try container.encode(plan.revision, forKey: .revision)
            try container.encode(plan.history, forKey: .history)
        }
    }
}
