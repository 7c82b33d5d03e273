extension OverdueReport {
    /// The report as template data; every name is listed in `Templates/README.md`.
    var templateValue: TemplateValue {
        var fields: [String: TemplateValue] = [
            "title": .text(title),
            "asOf": .text(asOf.description),
            "amberWindow": .text(String(policy.amberWindow)),
            "multiplePlans": .bool(plans.count > 1),
            "planNames": .text(plans.map(\.name.rawValue).joined(separator: ", ")),
            "plans": .list(
                plans.map { plan in
                    [
                        "name": .text(plan.name.rawValue), "authority": .optional(plan.authority),
                        "actions": .text(String(plan.actionCount)),
                        "overdue": .text(String(plan.overdueCount)),
                    ]
                }),
            "totalActions": .text(String(totalActions)),
            "totalActionsWords": .text(ReportWords.count(totalActions, "action")),
            "rag": .list(ragCounts.map(\.templateValue)),
            "overdue": OverdueReport.list(overdue, "action"),
            "byOwner": .bool(byOwner),
            "ageing": .list(ageing.map { ["label": .text($0.label), "count": .text(String($0.count))] }),
            "dueSoon": OverdueReport.list(dueSoon, "action"),
            "noDueDate": OverdueReport.list(noDueDate, "open action"),
            "noOwner": OverdueReport.list(noOwner, "open action"),
            "chart": ReportChart(ragByTimescale).templateValue,
        ]
        if byOwner {
            fields["owners"] = .list(
                ownerGroups.map { group in
                    [
                        "owner": .text(group.owner ?? "No owner"),
                        "overdue": OverdueReport.list(group.actions, "action"),
                    ]
                })
        }
        return .object(fields)
    }

    /// A list of actions as templates see it: `rows`, `any` (not empty), `count` and `words` ("3 actions").
    static func list(_ lines: [ActionLine], _ noun: String) -> TemplateValue {
        [
            "rows": .list(lines.map(\.templateValue)), "any": .bool(!lines.isEmpty),
            "count": .text(String(lines.count)),
            "words": .text(ReportWords.count(lines.count, noun)),
        ]
    }
}
