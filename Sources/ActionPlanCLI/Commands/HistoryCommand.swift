import ActionPlanKit

/// `actionplan history PLAN [ACTION]`: every recorded change, revision by revision, oldest first.
enum HistoryCommand: Command {
    static let spec = CommandSpec(
        name: "history", summary: "list every recorded change to a plan, revision by revision",
        arguments: [
            ArgumentSpec(name: "PLAN", help: "the plan's name", completion: .plan),
            ArgumentSpec(
                name: "ACTION", help: "only this action's changes", count: .optional, completion: .action),
        ],
        options: [
            OptionSpec(
                name: "--format", value: "FORMAT", help: "output format", defaultValue: "text",
                choices: ["text", "json"])
        ],
        examples: [
            "actionplan history dudley-2012",
            "actionplan history dudley-2012 7 --format json",
        ],
        discussion:
            "One command makes one revision, however many actions it touched; a correction of the plan itself "
            + "('actionplan plan PLAN --published …') is listed as 'plan:' in its revision, and left out when one "
            + "action's history is asked for. 'actionplan undo' reverts the latest revision by recording a new "
            + "one, so nothing is ever removed from the history.")

    static func run(_ context: CommandContext) throws {
        let arguments = context.arguments
        let name = try context.planName(arguments.positionals[0])
        let plan = try context.store.load(name)
        var selected: [ActionID]?
        if arguments.positionals.count > 1 {
            let ids = try ActionSelection.parse(arguments.positionals[1])
            for id in ids where plan.action(id) == nil {
                throw PlanError.unknownAction(id, plan: name, suggestion: plan.actions.last?.id)
            }
            selected = ids
        }
        let history = PlanHistory(of: plan, actions: selected)
        context.print(
            arguments.value("--format") == "json"
                ? history.json() : history.text(width: context.environment.terminalWidth))
    }
}
