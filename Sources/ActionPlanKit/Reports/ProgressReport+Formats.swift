extension ProgressReport: RenderableReport {
    static var templateName: String { "progress" }

    /// The report in the format `options` asks for.
    public func render(_ options: RenderOptions) throws(TemplateError) -> String {
        try rendered(options)
    }

    /// The report as one JSON document.
    func json() -> String {
        ReportJSON.encode(Document(report: self))
    }

    /// The CSV's header row, in words a person reads in Excel.
    static let csvHeader = [
        "Plan", "Section", "Timescale", "ID", "Action", "Owner", "Due", "Original due", "Status", "RAG",
        "RAG reason", "Measure", "Evidence", "Cost", "Latest note", "Latest note on",
    ]

    /// Every action as one CSV row, in section and timescale order, with its reading on the day.
    ///
    /// Dates stay `YYYY-MM-DD` and costs plain numbers, which Excel reads whatever its locale.
    func csv() -> String {
        var writer = CSVWriter()
        writer.append(ProgressReport.csvHeader)
        for group in groups {
            for line in group.actions {
                let action = line.action
                writer.append([
                    plan.name.rawValue, line.recommendation.section ?? "",
                    ReportWords.timescale(line.recommendation.timescale),
                    action.id.description,
                    action.action, action.owner ?? "", action.due?.isoText ?? "",
                    action.originalDue?.isoText ?? "", action.status.label, ReportWords.ragWord(line.colour),
                    line.rating.reason, action.measure ?? "", action.evidence ?? "",
                    action.cost?.description ?? "",
                    line.latestNote ?? "", line.latestNoteOn?.isoText ?? "",
                ])
            }
        }
        return writer.text
    }

    private struct Document: Encodable {
        var report: ProgressReport

        private enum Keys: String, CodingKey {
            case report, asOf, since, amberWindowDays, meeting, meetingDate, author, plan, changes
            case earlierPlans, repeats
        }
        private enum PlanKeys: String, CodingKey {
            case name, authority, source, startDate, statementDue, actions, percentComplete, totalCost, rag
            case groups
        }
        private enum GroupKeys: String, CodingKey {
            case recommendationNumber, recommendation, section, timescale, lead, urgent, percentComplete,
                actions
            case status, rag, themes, repeats
        }
        private enum ChangeKeys: String, CodingKey { case id, on, by, changes, note, reason }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode("progress", forKey: .report)
            try container.encode(report.asOf, forKey: .asOf)
            try container.encode(report.since, forKey: .since)
            try container.encode(report.policy.amberWindow, forKey: .amberWindowDays)
            try container.encode(report.header.meeting, forKey: .meeting)
            try container.encode(report.header.meetingDate, forKey: .meetingDate)
            try container.encode(report.header.author, forKey: .author)
            var plan = container.nestedContainer(keyedBy: PlanKeys.self, forKey: .plan)
            try plan.encode(report.plan.name, forKey: .name)
            try plan.encode(report.plan.source.authority, forKey: .authority)
            try plan.encode(report.plan.source, forKey: .source)
            try plan.encode(report.plan.startDate, forKey: .startDate)
            try plan.encode(report.plan.source.statementDue, forKey: .statementDue)
            try plan.encode(report.plan.actions.count, forKey: .actions)
            try plan.encode(report.percentComplete, forKey: .percentComplete)
            try plan.encode(report.totalCost, forKey: .totalCost)
            try plan.encode(report.ragCounts, forKey: .rag)
            var groups = plan.nestedUnkeyedContainer(forKey: .groups)
            for group in report.groups {
                var item = groups.nestedContainer(keyedBy: GroupKeys.self)
                try item.encode(group.recommendation.number, forKey: .recommendationNumber)
                try item.encode(group.recommendation.text, forKey: .recommendation)
                try item.encode(group.recommendation.lead, forKey: .lead)
                try item.encode(group.recommendation.urgent, forKey: .urgent)
                try item.encode(group.section, forKey: .section)
                try item.encode(group.timescale, forKey: .timescale)
                try item.encode(group.percentComplete, forKey: .percentComplete)
                try item.encode(group.standing.status, forKey: .status)
                try item.encode(group.standing.colour, forKey: .rag)
                try item.encode(group.themes.map(\.slug), forKey: .themes)
                try item.encode(group.repeats, forKey: .repeats)
                try item.encode(group.actions.map(ReportJSON.ActionObject.init), forKey: .actions)
            }
            // `null` when no earlier plan of the council was searched, as against none repeated.
            try container.encode(report.repeats?.earlierPlans, forKey: .earlierPlans)
            try container.encode(report.searchedEarlier ? report.repeats?.repeats : nil, forKey: .repeats)
            var changes = container.nestedUnkeyedContainer(forKey: .changes)
            for change in report.changes {
                var item = changes.nestedContainer(keyedBy: ChangeKeys.self)
                try item.encode(change.id, forKey: .id)
                try item.encode(change.on, forKey: .on)
                try item.encode(change.by, forKey: .by)
                try item.encode(change.what, forKey: .changes)
                try item.encode(change.note, forKey: .note)
                try item.encode(change.reason, forKey: .reason)
            }
        }
    }

    /// The report as templates see it; every name is listed in `Templates/README.md`.
    static let templateFields = TemplateFields<ProgressReport>([
        .text("title") { $0.title },
        .text("asOf") { $0.asOf.written },
        .text("since") { $0.since?.written },
        .text("name") { $0.plan.name.rawValue },
        .text("authority") { $0.plan.source.authority },
        .text("fileName") { $0.plan.source.fileName },
        .text("inspection") { $0.inspectionLine },
        .text("inspectionStart") { $0.plan.source.inspectionStart?.written },
        .text("inspectionEnd") { $0.plan.source.inspectionEnd?.written },
        .text("published") { $0.plan.source.published?.written },
        .text("statementDue") { $0.plan.source.statementDue?.written },
        .text("leadInspector") { $0.plan.source.leadInspector },
        .text("startDate") { $0.plan.startDate.written },
        .list("judgements", judgementFields) { $0.plan.source.judgements },
        .text("totalActionsWords") { ReportWords.count($0.plan.actions.count, "action") },
        .list("rag", RAGCount.templateFields) { $0.ragCounts },
        .text("percentComplete") { String($0.percentComplete) },
        .flag("hasCosts") { $0.hasCosts },
        .text("totalCost") { $0.totalCost.formatted },
        .text("costedActionsWords") { ReportWords.count($0.costedActions, "costed action") },
        .object("header", PaperHeader.templateFields) { $0.header },
        .list("sections", Section.templateFields) { $0.sections },
        .list("groups", ActionGroup.templateFields) { $0.groups },
        .flag("searchedEarlier") { $0.searchedEarlier },
        .text("repeatsHeading") { $0.repeatsHeading },
        .text("repeatsIntro") { $0.repeatsIntro },
        .list("repeated", ActionGroup.templateFields) { $0.repeatedGroups },
        .text("changesHeading") { $0.changesHeading },
        .text("changesWords") { ReportWords.count($0.changes.count, "change") },
        .list("changes", Change.templateFields) { $0.changes },
        .object("chart", ReportChart.templateFields) { ReportChart($0.ragByTimescale) },
    ])

    private static let judgementFields = TemplateFields<Judgement>([
        .text("area") { $0.area },
        .text("grade") { $0.grade },
    ])

}

extension ProgressReport.Section {
    static let templateFields = TemplateFields<Self>([
        .text("name") { $0.name },
        .list("groups", ProgressReport.ActionGroup.templateFields) { $0.groups },
    ])
}

extension ProgressReport.ActionGroup {
    static let templateFields = TemplateFields<Self>([
        .text("heading") { $0.heading },
        .text("number") { String($0.recommendation.number) },
        .text("recommendation") { $0.recommendationText },
        .text("lead") { $0.recommendation.lead },
        .flag("urgent") { $0.recommendation.urgent },
        .text("themes") { $0.themeTitles },
        .list("repeats", PlanRepeats.Earlier.templateFields) { $0.repeats },
        .flag("any") { !$0.actions.isEmpty },
        .text("section") { $0.section },
        .text("timescale") { ReportWords.timescale($0.timescale) },
        .text("percentComplete") { String($0.percentComplete) },
        .text("words") { ReportWords.count($0.actions.count, "action") },
        .list("rows", ActionLine.templateFields) { $0.actions },
    ])
}

extension ProgressReport.Change {
    static let templateFields = TemplateFields<Self>([
        .text("id") { $0.id.description },
        .text("on") { $0.on.written },
        .text("by") { $0.by },
        .text("what") { $0.whatWritten.joined(separator: "; ") },
        .text("note") { $0.note },
        .text("reason") { $0.reason },
    ])
}
