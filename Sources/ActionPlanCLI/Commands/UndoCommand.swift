import ActionPlanKit

/// `actionplan undo PLAN`: reverts the latest revision by recording a new one.
enum UndoCommand: Command {
    static let spec = CommandSpec(
        name: "undo",
        summary: "revert the latest recorded change to a plan (itself recorded, so it can be undone)",
        arguments: [ArgumentSpec(name: "PLAN", help: "the plan's name", completion: .plan)],
        options: [
            OptionSpec(name: "--note", value: "TEXT", help: "why the change is being reverted"),
            OptionSpec(
                name: "--by", value: "NAME", help: "who is reverting it", defaultValue: "your login name"),
            OptionSpec(
                name: "--on", value: "DATE", help: "the day the reversal takes effect, YYYY-MM-DD",
                defaultValue: "today"),
        ],
        examples: [
            "actionplan undo dudley-2012",
            "actionplan undo dudley-2012 --note \"wrong action updated\"",
        ],
        discussion:
            "Every change of the latest revision is reverted, on every action it touched and on the plan's "
            + "header, name or themes if it changed them. Nothing is deleted: "
            + "the history keeps the reverted revision and adds the undo, so a second undo restores the change."
    )

    static func run(_ context: CommandContext) throws {
        let arguments = context.arguments
        let name = try context.planName(arguments.positionals[0])
        let author = ChangeAuthor(
            by: try arguments.text("--by") ?? context.environment.userName,
            on: try arguments.day("--on") ?? context.environment.today, recorded: context.environment.now)
        let note = try arguments.text("--note")
        // Undoing a rename moves the file back: the message names the file as it now is.
        let (undone, revision, nameNow) = try context.store.modify(name) { plan in
            try plan.checkChangeDay(author.on, today: context.environment.today)
            let undone = try plan.undo(author: author, note: note)
            return (undone, plan.revision, plan.name)
        }
        var lines: [String] = []
        for (id, entry) in zip(undone.actions, undone.entries) {
            let changes = entry.changes.map(\.inWords)
            let summary =
                changes.isEmpty
                ? "nothing to revert (only a note was added)" : changes.joined(separator: "; ")
            lines.append("Action \(id): \(summary)")
        }
        if let entry = undone.planEntry {
            let changes = entry.changes.map(\.inWords)
            lines.append("Plan: " + (changes.isEmpty ? "nothing to revert" : changes.joined(separator: "; ")))
        }
        lines.append(
            "Reverted revision \(undone.revision) of \(context.store.path(of: nameNow)), recorded as revision \(revision) "
                + "by \(author.by) on \(author.on.written)")
        context.print(lines.joined(separator: "\n"))
    }
}
