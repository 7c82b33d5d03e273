import ActionPlanKit

/// `actionplan rename PLAN NEW`: gives a plan a new name, moving its file; its history goes with it.
enum RenameCommand: Command {
    static let spec = CommandSpec(
        name: "rename", summary: "give a plan a new name (its file moves; its history goes with it)",
        arguments: [
            ArgumentSpec(name: "PLAN", help: "the plan's name", completion: .plan),
            ArgumentSpec(name: "NEW", help: "the new name: letters, digits, '-', '_' and '.'"),
        ],
        options: [
            OptionSpec(
                name: "--by", value: "NAME", help: "who is renaming it", defaultValue: "your login name")
        ],
        examples: ["actionplan rename dudley-2011 dudley-2011-cabinet"],
        discussion:
            "A plan that already has the new name is never replaced: rename or archive it first. The rename "
            + "is recorded in the plan's history as a revision of its own, so undo reverses it.")

    static func run(_ context: CommandContext) throws {
        let arguments = context.arguments
        let name = try context.planName(arguments.positionals[0])
        let newName = try context.planName(arguments.positionals[1])
        guard newName != name else {
            throw UsageError("the plan is already named '\(name)'", command: spec.name)
        }
        let store = context.store
        let author = ChangeAuthor(
            by: try arguments.text("--by") ?? context.environment.userName, on: context.environment.today,
            recorded: context.environment.now)
        let renamed = try store.rename(name, to: newName) { plan in
            try plan.revise([PlanEdit(.name, to: newName.rawValue)], author: author)
        }
        context.print(
            "Renamed \(store.path(of: name)) to \(store.path(of: newName)), recorded as revision \(renamed.revision) "
                + "by \(author.by) on \(author.on.written)")
    }
}
