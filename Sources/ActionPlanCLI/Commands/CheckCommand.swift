import ActionPlanKit

/// `actionplan check [PLAN...]`: validates plan files and flags what keeps actions from being SMART.
enum CheckCommand: Command {
    static let spec = CommandSpec(
        name: "check", summary: "validate plan files; flag actions with no owner, due date or measure",
        arguments: [
            ArgumentSpec(
                name: "PLAN", help: "the plans to check (default: every plan)", count: .many,
                completion: .plan)
        ],
        options: [
            .includingArchived,
            OptionSpec(
                name: "--as-of", value: "DATE", help: "the day to judge overdue actions on, YYYY-MM-DD",
                defaultValue: "today"),
            OptionSpec(
                name: "--stale-days", value: "N",
                help: "flag overdue actions with no update for more than N days", defaultValue: "28"),
            OptionSpec(
                name: "--format", value: "FORMAT", help: "output format", defaultValue: "text",
                choices: ["text", "json"]),
            OptionSpec(
                name: "--verbose", value: nil, help: "list every warning, not only their counts per plan"),
        ],
        examples: [
            "actionplan check", "actionplan check dudley-2012 --as-of 2012-06-30 --verbose",
        ],
        discussion:
            "Errors (exit status 65) mean a file is not a valid plan or its values contradict its history. "
            + "Warnings (exit status 0) are SMART gaps: no owner, no due date, no success measure, or overdue "
            + "with no recent update.")

    static func run(_ context: CommandContext) throws {
        let arguments = context.arguments
        let store = context.store
        let names = try arguments.positionals.map(context.planName)
        let day = try context.asOfDay()
        let rules = PlanCheck.Rules(staleAfterDays: try arguments.integer("--stale-days", in: 0...3650) ?? 28)
        let archived = names.isEmpty && context.includesArchive ? try store.archive.names() : []
        let checked = (names.isEmpty ? try store.names() : names) + archived
        if checked.isEmpty {
            throw CLIFailure(
                where: store.directory, what: "no plans found",
                hint:
                    "create one with 'actionplan generate REPORT', or point --plans at the folder that holds them",
                status: .noInput)
        }
        let summary = CheckSummary(
            plans: checked, asOf: day,
            findings: try store.check(names, today: day, rules: rules, cache: context.summaryCache())
                + (archived.isEmpty ? [] : try store.archive.check([], today: day, rules: rules)))
        context.print(
            arguments.value("--format") == "json"
                ? summary.json() : summary.text(verbose: arguments.has("--verbose")))
        if summary.errors > 0 {
            throw CLIFailure(
                where: store.directory,
                what: "\(summary.errors) error\(summary.errors == 1 ? "" : "s") found in the plan files",
                hint: "the lines above name each file, field and action", status: .dataError)
        }
    }
}
