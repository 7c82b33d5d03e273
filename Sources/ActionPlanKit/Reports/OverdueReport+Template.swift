extension OverdueReport {
    /// The report as templates see it; every name is listed in `Templates/README.md`.
    static let templateFields = TemplateFields<OverdueReport>([
        .text("title") { $0.title },
        .object("header", PaperHeader.templateFields) { $0.header },
        .text("asOf") { $0.asOf.written },
        .text("amberWindow") { String($0.policy.amberWindow) },
        .flag("multiplePlans") { $0.plans.count > 1 },
        .text("planNames") { $0.plans.map(\.name.rawValue).joined(separator: ", ") },
        .list("plans", PlanHeading.templateFields) { $0.plans },
        .list("leftOut", LeftOutPlan.templateFields) { $0.leftOut },
        .text("totalActions") { String($0.totalActions) },
        .text("totalActionsWords") { ReportWords.count($0.totalActions, "action") },
        .list("rag", RAGCount.templateFields) { $0.ragCounts },
        .object("overdue", ActionList.templateFields) { ActionList($0.overdue, "action") },
        .flag("byOwner") { $0.byOwner },
        .list("ageing", AgeingBucket.templateFields) { $0.ageing },
        .object("dueSoon", ActionList.templateFields) { ActionList($0.dueSoon, "action") },
        .object("undatedPastDeadline", ActionList.templateFields) {
            ActionList($0.undatedPastDeadline, "open action")
        },
        .object("noDueDate", ActionList.templateFields) { ActionList($0.noDueDate, "open action") },
        .object("noOwner", ActionList.templateFields) { ActionList($0.noOwner, "open action") },
        .object("chart", ReportChart.templateFields) { ReportChart($0.ragByTimescale) },
        .list("owners", OwnerGroup.templateFields) { $0.byOwner ? $0.ownerGroups : [] },
        .object("returns", RoundReturns.templateFields) { $0.byOwner ? $0.returns : nil },
    ])

    /// A list of actions as templates see it: `rows`, `any` (not empty), `count` and `words` ("3 actions").
    struct ActionList {
        var lines: [ActionLine]
        var noun: String

        init(_ lines: [ActionLine], _ noun: String) {
            self.lines = lines
            self.noun = noun
        }

        static let templateFields = TemplateFields<ActionList>([
            .list("rows", ActionLine.templateFields) { $0.lines },
            .flag("any") { !$0.lines.isEmpty },
            .text("count") { String($0.lines.count) },
            .text("words") { ReportWords.count($0.lines.count, $0.noun) },
        ])
    }
}

extension OverdueReport.PlanHeading {
    static let templateFields = TemplateFields<Self>([
        .text("name") { $0.name.rawValue },
        .text("authority") { $0.authority },
        .text("council") { $0.council.name },
        .text("region") { $0.council.region },
        .text("actions") { String($0.actionCount) },
        .text("actionsWords") { ReportWords.count($0.actionCount, "action") },
        .text("overdue") { String($0.overdueCount) },
    ])
}

extension LeftOutPlan {
    static let templateFields = TemplateFields<Self>([
        .text("name") { $0.name.rawValue },
        .text("startDate") { $0.startDate.written },
        .text("sentence") { $0.sentence },
    ])
}

extension OverdueReport.AgeingBucket {
    static let templateFields = TemplateFields<Self>([
        .text("label") { $0.label },
        .text("count") { String($0.count) },
    ])
}

extension OverdueReport.OwnerGroup {
    static let templateFields = TemplateFields<Self>([
        .text("owner") { $0.owner ?? "No owner" },
        .text("sinceRound") { $0.sinceRound },
        .object("overdue", OverdueReport.ActionList.templateFields) {
            OverdueReport.ActionList($0.actions, "action")
        },
    ])
}
