import ActionPlanKit

/// `actionplan add PLAN REC --action TEXT`: adds another action under a recommendation.
enum AddCommand: Command {
    static let spec = CommandSpec(
        name: "add", summary: "add an action under a recommendation; prints its new ID",
        arguments: [
            ArgumentSpec(name: "PLAN", help: "the plan's name", completion: .plan),
            ArgumentSpec(
                name: "REC", help: "the recommendation's number, as the first part of its action IDs"),
        ],
        options: [
            OptionSpec(
                name: "--action", value: "TEXT", help: "the council's wording of the new action (required)"),
            OptionSpec(name: "--owner", value: "NAME", help: "the officer or body responsible"),
            OptionSpec(name: "--due", value: "DATE", help: "when it is due, YYYY-MM-DD"),
            OptionSpec(name: "--measure", value: "TEXT", help: "how success will be judged"),
            OptionSpec(
                name: "--by", value: "NAME", help: "who is adding it", defaultValue: "your login name"),
            OptionSpec(
                name: "--on", value: "DATE", help: "the day it was agreed, YYYY-MM-DD", defaultValue: "today"),
        ],
        examples: [
            "actionplan add dudley-2011 3 --action \"Audit 40 health assessments\" --owner \"Designated Nurse\" --due 2012-06-30"
        ],
        discussion:
            "The new action's ID is the recommendation's number and its place among that recommendation's "
            + "actions: 3.2, then 3.3. IDs are never given twice, even after 'undo' withdraws an action.")

    static func run(_ context: CommandContext) throws {
        let arguments = context.arguments
        let name = try context.planName(arguments.positionals[0])
        let text = arguments.positionals[1]
        guard let number = Int(text), number > 0, !text.hasPrefix("0") else {
            throw UsageError(
                "'\(text)' is not a recommendation number; give the number its actions' IDs start with, e.g. 3",
                command: spec.name)
        }
        guard let wording = try arguments.text("--action") else {
            throw UsageError("give the new action's wording with --action \"...\"", command: spec.name)
        }
        let new = ActionPlan.NewAction(
            action: wording, owner: try arguments.text("--owner"), due: try arguments.day("--due"),
            measure: try arguments.text("--measure"))
        let author = ChangeAuthor(
            by: try arguments.text("--by") ?? context.environment.userName,
            on: try arguments.day("--on") ?? context.environment.today, recorded: context.environment.now)
        let (id, revision) = try context.store.modify(name) { plan in
            try plan.checkChangeDay(author.on, today: context.environment.today)
            let id = try plan.add(new, to: number, author: author)
            return (id, plan.revision)
        }
        context.print(id.description)
        context.environment.standardError(
            "Added action \(id) under recommendation \(number) of \(context.store.path(of: name)), revision \(revision)\n"
        )
    }
}
