import ActionPlanKit
import Foundation

/// `actionplan list`: the actions of one or more plans, filtered by status or owner.
enum ListCommand: Command {
    static let spec = CommandSpec(
        name: "list", summary: "list actions across plans, filtered by status or owner",
        arguments: [
            ArgumentSpec(
                name: "PLAN", help: "plans to list (default: every plan)", count: .many, completion: .plan)
        ],
        options: [
            .includingArchived,
            OptionSpec(
                name: "--status", value: "STATUS", help: "only actions with this status",
                choices: ActionStatus.allCases.map(\.rawValue)),
            OptionSpec(
                name: "--owner", value: "NAME", help: "only actions whose owner contains NAME (any case)"),
            OptionSpec(
                name: "--as-of", value: "DATE", help: "rate actions as of this day, YYYY-MM-DD",
                defaultValue: "today"),
            OptionSpec(
                name: "--format", value: "FORMAT", help: "output format", defaultValue: "text",
                choices: ["text", "json", "csv"]),
        ],
        examples: [
            "actionplan list --status in-progress",
            "actionplan list dudley-2012 --owner smith --format csv",
        ])

    static func run(_ context: CommandContext) throws {
        let arguments = context.arguments
        let day = try context.asOfDay()
        let status = arguments.value("--status").flatMap(ActionStatus.init(rawValue:))
        let owner = try arguments.text("--owner")?.lowercased()
        let policy = RAGPolicy()
        // Each plan is cut down to the actions shown as it is read, through the summary cache, so a
        // national portfolio is never held whole; `list` shows no history.
        let parts = try context.mapPlans(arguments.positionals, on: day) { plan in
            ActionListing.Part(plan, on: day, policy: policy) { action in
                (status == nil || action.status == status)
                    && (owner == nil || (action.owner?.lowercased().contains(owner!) ?? false))
            }
        }
        let listing = ActionListing(parts: parts, asOf: day)
        // Handed to the output a stretch at a time as it is laid out, never joined into one text.
        switch arguments.value("--format") ?? "text" {
        case "json": try context.emit(streaming: listing.writeJSON)
        case "csv": try context.emit(utf8: listing.csvUTF8())
        default:
            try context.emit(streaming: {
                listing.writeText(
                    width: context.environment.terminalWidth, colour: context.environment.wantsColour, to: $0)
            })
        }
        // Tens of thousands of lines are let go of after the output is written, without waiting.
        releaseInBackground(consume listing)
    }
}
