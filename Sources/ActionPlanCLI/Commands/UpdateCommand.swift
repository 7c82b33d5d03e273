import ActionPlanKit
import Foundation

/// `actionplan update PLAN ACTION[,ACTION...]`: records progress, every change kept in history.
enum UpdateCommand: Command {
    static let spec = CommandSpec(
        name: "update", summary: "record progress on actions; every change is kept in the history",
        arguments: [
            ArgumentSpec(name: "PLAN", help: "the plan's name", completion: .plan),
            ArgumentSpec(
                name: "ACTION",
                help: "an action ID, or several: 3 or 1,4 or 2-5; with --themes, a recommendation",
                completion: .action),
        ],
        options: [
            OptionSpec(
                name: "--status", value: "STATUS", help: "the new status",
                choices: ActionStatus.allCases.map(\.rawValue)),
            OptionSpec(
                name: "--owner", value: "NAME", help: "the officer or body responsible (\"\" clears it)"),
            OptionSpec(
                name: "--due", value: "DATE",
                help: "a new due date, YYYY-MM-DD (needs --reason once one is set)"),
            OptionSpec(name: "--reason", value: "TEXT", help: "why: needed to reschedule or drop"),
            OptionSpec(name: "--action", value: "TEXT", help: "the council's own wording of the action"),
            OptionSpec(name: "--measure", value: "TEXT", help: "how success will be judged"),
            OptionSpec(name: "--evidence", value: "TEXT", help: "the evidence that it is done"),
            OptionSpec(
                name: "--cost", value: "AMOUNT", help: "estimated cost in pounds, e.g. 12500 or £12,500.50"),
            OptionSpec(name: "--note", value: "TEXT", help: "a progress note"),
            OptionSpec(
                name: "--themes", value: "SLUGS",
                help:
                    "set a recommendation's themes: 1 to 3 THEMES.md slugs, main first, e.g. workforce,health"
            ),
            OptionSpec(
                name: "--by", value: "NAME", help: "who is making the change", defaultValue: "your login name"
            ),
            OptionSpec(
                name: "--on", value: "DATE", help: "the day the change took effect, YYYY-MM-DD",
                defaultValue: "today"),
        ],
        examples: [
            "actionplan update dudley-2012 11 --status in-progress --note \"Health plan drafted\"",
            "actionplan update dudley-2012 2,4-6 --owner \"Head of Safeguarding\"",
            "actionplan update dudley-2012 11 --due 2018-03-31 --reason \"New system delayed by supplier\"",
            "actionplan update dudley-2012 4 --themes quality-assurance,recording-and-systems",
        ])

    static func run(_ context: CommandContext) throws {
        let arguments = context.arguments
        if arguments.value("--themes") != nil {
            try setThemes(context)
            return
        }
        let name = try context.planName(arguments.positionals[0])
        let ids = try ActionSelection.parse(arguments.positionals[1])
        var update = ActionUpdate(
            status: arguments.value("--status").flatMap(ActionStatus.init(rawValue:)),
            owner: arguments.value("--owner").map { $0.trimmingCharacters(in: .whitespaces) },
            due: try arguments.day("--due"), action: try arguments.text("--action"),
            measure: arguments.value("--measure"), evidence: arguments.value("--evidence"),
            note: try arguments.text("--note"), reason: try arguments.text("--reason"))
        if let text = arguments.value("--cost") {
            guard let cost = Money(text) else {
                throw UsageError(
                    "'\(text)' is not an amount for --cost; expected pounds such as 12500 or 12,500.50",
                    command: spec.name)
            }
            update.cost = cost
        }
        let author = ChangeAuthor(
            by: try arguments.text("--by") ?? context.environment.userName,
            on: try arguments.day("--on") ?? context.environment.today, recorded: context.environment.now)
        let (updated, entries) = try context.store.modify(name) { plan in
            try plan.checkChangeDay(author.on, today: context.environment.today)
            let entries = try plan.apply(update, to: ids, author: author)
            return (plan, entries)
        }
        let revision = entries.first?.revision
        context.print(
            report(
                of: updated, ids: ids, revision: revision, path: context.store.path(of: name), author: author)
        )
    }

    /// What changed, action by action, and where it was recorded.
    private static func report(
        of plan: ActionPlan, ids: [ActionID], revision: Int?, path: String, author: ChangeAuthor
    ) -> String {
        var lines: [String] = []
        for id in ids {
            guard let action = plan.action(id) else { continue }
            guard let entry = action.history.last, entry.revision == revision else {
                lines.append("Action \(id): no change (the values given are already recorded)")
                continue
            }
            let changes = entry.changes.map(\.inWords)
            let summary = (changes + (entry.note == nil ? [] : ["note added"])).joined(separator: "; ")
            lines.append("Action \(id): \(summary)")
        }
        if let revision {
            lines.append(
                "Recorded in \(path) as revision \(revision), by \(author.by) on \(author.on.written)")
        }
        return lines.joined(separator: "\n")
    }
}
