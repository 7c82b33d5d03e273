import ActionPlanKit

/// `actionplan generate REPORT`: writes `Plans/NAME.json` with one action per recommendation.
enum GenerateCommand: Command {
    static let spec = CommandSpec(
        name: "generate", summary: "create an action plan from a report: one dated action per recommendation",
        arguments: [
            ArgumentSpec(name: "REPORT", help: "the report: text (any form) or PDF", completion: .file)
        ],
        options: [
            OptionSpec(
                name: "--name", value: "NAME", help: "the plan's name",
                defaultValue:
                    "<council>-<year>, e.g. medway-2013 (-2, -3 when taken; with --force the plain name), "
                    + "else the report's file name"),
            OptionSpec(
                name: "--from", value: "DATE",
                help: "the day timescales run from, YYYY-MM-DD",
                defaultValue: "the publication date, else the inspection's last day"),
            OptionSpec(
                name: "--published", value: "DATE",
                help:
                    "the report's publication date, YYYY-MM-DD, where the report does not print it (it is on "
                    + "the report's web page); the statement of action is due 70 working days after it",
                defaultValue: "the date the report prints"),
            OptionSpec(
                name: "--owner", value: "NAME", help: "owner of every action",
                defaultValue: "the body the recommendation names, else none"),
            OptionSpec(
                name: "--default-months", value: "N",
                help: "give recommendations with no timescale a due date N months from the start",
                defaultValue: "no due date"),
            OptionSpec(
                name: "--immediate-days", value: "N", help: "days from the start that 'immediately' is due",
                defaultValue: "0"),
            OptionSpec(name: "--force", value: nil, help: "replace an existing plan of the same name"),
            OptionSpec(
                name: "--discard-history", value: nil,
                help: "with --force, replace a plan that has recorded changes (the old file is archived)"),
        ],
        examples: [
            "actionplan generate reports/dudley-2012-cabinet.txt",
            "actionplan generate reports/south-gloucestershire-2017-sif.txt --name south-glos --default-months 6",
        ])

    static func run(_ context: CommandContext) throws {
        let arguments = context.arguments
        let start = try arguments.day("--from")
        let policy = DueDatePolicy(
            immediateDays: try arguments.integer("--immediate-days", in: 0...366) ?? 0,
            defaultMonths: try arguments.integer("--default-months", in: 1...120),
            calendar: try context.calendar())
        let owner = try arguments.text("--owner")
        if let name = arguments.value("--name"), name.hasSuffix(".json") {
            throw UsageError(
                "--name '\(name)' is a file name, not a plan name",
                hint: "give the name without .json: --name \(name.dropLast(5))", command: spec.name)
        }
        let name = try arguments.value("--name").map(context.planName)
        let published = try arguments.pastDay("--published", what: "a report's publication")
        var file = try ReportFile.read(arguments.positionals[0])
        if let published { file.report.published = published }
        guard start != nil || file.report.published != nil || file.report.inspectionEnd != nil else {
            throw CLIFailure(
                where: file.path,
                what: "the report states no publication or inspection dates, so timescales have no start",
                hint: "give the start date with --from YYYY-MM-DD", status: .dataError)
        }
        var plan = try ActionPlan.generate(
            from: file.report, name: name ?? PlanName(derivingFrom: file.fileName), fileName: file.fileName,
            sha256: file.sha256, start: start, owner: owner, policy: policy)
        let store = context.store
        if name == nil, let council = PlanName(council: plan.source) {
            // --force means "replace the plan of this name", so it never moves on to a numbered one.
            plan.name = arguments.has("--force") ? council : store.unusedName(like: council)
        }
        if arguments.has("--discard-history") && !arguments.has("--force") {
            throw UsageError("--discard-history only goes with --force", command: spec.name)
        }
        let archived = try store.create(
            plan, replacing: arguments.has("--force"), discardingHistory: arguments.has("--discard-history"))
        if let archived { context.print("The plan it replaces, with its history, is kept as \(archived)") }
        context.print(
            summary(
                of: plan, path: store.path(of: plan.name), report: file.report, explicitStart: start != nil,
                explicitPublished: published != nil))
        // Other plans are only read to say this; one that cannot be read does not undo the plan written.
        if let others = try? RepeatsCommand.sameCouncil(as: plan, in: context, warn: false), !others.isEmpty {
            let repeats = PlanRepeats.find(for: plan, among: others)
            if !repeats.earlierPlans.isEmpty {
                context.print("\(repeats.summary) See: actionplan repeats \(plan.name)")
            }
        }
    }

    /// When the statement of action is due, or that the publication date is missing and how to give it.
    static func statement(of plan: ActionPlan) -> String {
        guard let due = plan.source.statementDue, let published = plan.source.published else {
            return "statement of action deadline unknown: the report does not print its publication date; "
                + "give it with --published YYYY-MM-DD (the date on the report's web page), "
                + "or later with: actionplan plan \(plan.name) --published YYYY-MM-DD"
        }
        return "statement of action due \(due.written) "
            + "(\(WorkingCalendar.statementWorkingDays) working days after publication on \(published.written))"
    }

    /// The council the plan is for, or what the reader could not tell and how to say it.
    static func council(of plan: ActionPlan) -> String {
        let source = plan.source
        let fix = "set it with: actionplan plan \(plan.name) --authority \"COUNCIL\""
        guard let name = source.authority else { return "council not found in the report; \(fix)" }
        guard let code = source.authorityCode else {
            return "council \"\(name)\" as printed is not one the table knows; \(fix)"
        }
        return "council \(name) (\(code))"
    }

    /// What was written: the file, the count, the start date and why, and the due dates.
    static func summary(
        of plan: ActionPlan, path: String, report: Report, explicitStart: Bool,
        explicitPublished: Bool = false
    ) -> String {
        let why =
            explicitStart
            ? "given with --from"
            : plan.startDate == report.published
                ? (explicitPublished
                    ? "the publication date given with --published" : "the report's publication date")
                : "the inspection's last day (no publication date stated)"
        var lines = [
            "Created \(path): \(plan.actions.count) actions from \(plan.source.fileName)",
            "  start date \(plan.startDate), \(why)",
            "  " + statement(of: plan),
            "  " + council(of: plan),
        ]
        var groups: [(due: CalendarDay?, timescale: Timescale, count: Int)] = []
        for action in plan.actions {
            let timescale = plan.recommendation(of: action).timescale
            if let index = groups.firstIndex(where: {
                $0.due == action.due && $0.timescale == timescale
            }) {
                groups[index].count += 1
            } else {
                groups.append((action.due, timescale, 1))
            }
        }
        for group in groups.sorted(by: { ($0.due?.daysSinceEpoch ?? .max) < ($1.due?.daysSinceEpoch ?? .max) }
        ) {
            let when =
                group.due.map { "due \($0)" }
                ?? plan.source.statementDue.map { "date to be set by \($0.written)" } ?? "no due date"
            lines.append(
                "  \(String(group.count).leftPadding(3)) \(when) (\(group.timescale.inWords.prefix(1).lowercased() + group.timescale.inWords.dropFirst()))"
            )
        }
        lines.append("Next: assign owners, e.g. actionplan update \(plan.name) 1 --owner \"Head of Service\"")
        return lines.joined(separator: "\n")
    }
}

extension String {
    /// The string right-aligned in `width` characters.
    func leftPadding(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
