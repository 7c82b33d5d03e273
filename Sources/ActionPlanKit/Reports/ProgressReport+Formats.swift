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

    /// Every action as one CSV row, in section and timescale order, with its reading on the day.
    func csv() -> String {
        var writer = CSVWriter()
        writer.append([
            "plan", "section", "timescale", "id", "action", "owner", "due", "originalDue", "status", "rag",
            "ragReason", "measure", "evidence", "cost", "latestNote", "latestNoteOn",
        ])
        for group in groups {
            for line in group.actions {
                let action = line.action
                writer.append([
                    plan.name.rawValue, action.section ?? "", action.timescale.description,
                    action.id.description,
                    action.action, action.owner ?? "", action.due?.isoText ?? "",
                    action.originalDue?.isoText ?? "", action.status.rawValue, line.colour.rawValue,
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

        private enum Keys: String, CodingKey { case report, asOf, since, amberWindowDays, plan, changes }
        private enum PlanKeys: String, CodingKey {
            case name, authority, source, startDate, actions, percentComplete, totalCost, rag, groups
        }
        private enum GroupKeys: String, CodingKey { case section, timescale, percentComplete, actions }
        private enum ChangeKeys: String, CodingKey { case id, on, by, changes, note, reason }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode("progress", forKey: .report)
            try container.encode(report.asOf, forKey: .asOf)
            try container.encode(report.since, forKey: .since)
            try container.encode(report.policy.amberWindow, forKey: .amberWindowDays)
            var plan = container.nestedContainer(keyedBy: PlanKeys.self, forKey: .plan)
            try plan.encode(report.plan.name, forKey: .name)
            try plan.encode(report.plan.source.authority, forKey: .authority)
            try plan.encode(report.plan.source, forKey: .source)
            try plan.encode(report.plan.startDate, forKey: .startDate)
            try plan.encode(report.plan.actions.count, forKey: .actions)
            try plan.encode(report.percentComplete, forKey: .percentComplete)
            try plan.encode(report.totalCost, forKey: .totalCost)
            try plan.encode(report.ragCounts, forKey: .rag)
            var groups = plan.nestedUnkeyedContainer(forKey: .groups)
            for group in report.groups {
                var item = groups.nestedContainer(keyedBy: GroupKeys.self)
                try item.encode(group.section, forKey: .section)
                try item.encode(group.timescale, forKey: .timescale)
                try item.encode(group.percentComplete, forKey: .percentComplete)
                try item.encode(group.actions.map(ReportJSON.ActionObject.init), forKey: .actions)
            }
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

    /// The report as template data; every name is listed in `Templates/README.md`.
    var templateValue: TemplateValue {
        let source = plan.source
        return [
            "title": .text(title),
            "asOf": .text(asOf.description),
            "since": .describing(since),
            "name": .text(plan.name.rawValue),
            "authority": .optional(source.authority),
            "fileName": .text(source.fileName),
            "inspectionStart": .describing(source.inspectionStart),
            "inspectionEnd": .describing(source.inspectionEnd),
            "published": .describing(source.published),
            "leadInspector": .optional(source.leadInspector),
            "startDate": .text(plan.startDate.description),
            "judgements": .list(
                source.judgements.map { ["area": .text($0.area), "grade": .text($0.grade)] }),
            "totalActionsWords": .text(ReportWords.count(plan.actions.count, "action")),
            "rag": .list(ragCounts.map(\.templateValue)),
            "percentComplete": .text(String(percentComplete)),
            "totalCost": .text(totalCost.formatted),
            "costedActionsWords": .text(ReportWords.count(costedActions, "costed action")),
            "groups": .list(
                groups.map { group in
                    [
                        "heading": .text(group.heading), "section": .optional(group.section),
                        "timescale": .text(ReportWords.timescale(group.timescale)),
                        "percentComplete": .text(String(group.percentComplete)),
                        "words": .text(ReportWords.count(group.actions.count, "action")),
                        "rows": .list(group.actions.map(\.templateValue)),
                    ]
                }),
            "changesHeading": .text(changesHeading),
            "changesWords": .text(ReportWords.count(changes.count, "change")),
            "changes": .list(
                changes.map { change in
                    [
                        "id": .text(change.id.description), "on": .text(change.on.description),
                        "by": .text(change.by), "what": .text(change.what.joined(separator: "; ")),
                        "note": .optional(change.note), "reason": .optional(change.reason),
                    ]
                }),
            "chart": ReportChart(ragByTimescale).templateValue,
        ]
    }
}
