import ActionPlanKit

/// `actionplan show PLAN [ACTION]`: a plan at a glance, or one action in full with its history.
enum ShowCommand: Command {
    static let spec = CommandSpec(
        name: "show",
        summary:
            "show a plan at a glance with its recommendations' themes, or one action in full with its history",
        arguments: [
            ArgumentSpec(name: "PLAN", help: "the plan's name", completion: .plan),
            ArgumentSpec(name: "ACTION", help: "an action ID", count: .optional, completion: .action),
        ],
        options: [
            OptionSpec(
                name: "--as-of", value: "DATE", help: "show it as it stood on this day, YYYY-MM-DD",
                defaultValue: "today"),
            OptionSpec(
                name: "--format", value: "FORMAT", help: "output format", defaultValue: "text",
                choices: ["text", "json"]),
        ],
        examples: [
            "actionplan show dudley-2012", "actionplan show dudley-2012 7 --format json",
        ])

    static func run(_ context: CommandContext) throws {
        let arguments = context.arguments
        let day = try context.asOfDay()
        let name = try context.planName(arguments.positionals[0])
        let plan = try context.store.load(name).asOf(day)
        let policy = RAGPolicy()
        let json = arguments.value("--format") == "json"
        if arguments.positionals.count > 1 {
            let ids = try ActionSelection.parse(arguments.positionals[1])
            guard ids.count == 1, let action = plan.action(ids[0]) else {
                throw PlanError.unknownAction(ids[0], plan: name, suggestion: plan.actions.last?.id)
            }
            let detail = ActionDetail(action, of: plan, on: day, policy: policy)
            context.print(json ? detail.json() : detail.text(width: context.environment.terminalWidth))
            return
        }
        let overview = PlanOverview(plan, on: day, policy: policy)
        context.print(
            json
                ? overview.json()
                : overview.text(
                    width: context.environment.terminalWidth, colour: context.environment.wantsColour))
    }
}
