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
            "actionplan list dudley-2012-cabinet --owner smith --format csv",
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
        switch arguments.value("--format") ?? "text" {
        case "json": context.print(listing.json())
        case "csv": context.print(listing.csv())
        default:
            context.print(
                listing.text(
                    width: context.environment.terminalWidth, colour: context.environment.wantsColour))
        }
    }
}

/// The fields of an action as every JSON output names them (PRODUCT.md).
enum ActionFields {
    /// The action's fields on `day`, with its RAG rating and days overdue.
    static func json(
        _ action: Action, in plan: ActionPlan, on day: CalendarDay, policy: RAGPolicy, history: Bool = false
    )
        -> JSONValue
    {
        let rating = policy.rating(of: action, on: day)
        let recommendation = plan.recommendation(of: action)
        var fields: [String: JSONValue] = [
            "id": .string(action.id.description),
            "recommendationNumber": .number(action.recommendationNumber),
            "recommendation": .string(recommendation.text),
            "action": .string(action.action),
            "section": .optional(recommendation.section),
            "timescale": .string(recommendation.timescale.description),
            "owner": .optional(action.owner),
            "lead": .optional(recommendation.lead),
            "due": .day(action.due),
            "originalDue": .day(action.originalDue),
            "status": .string(action.status.rawValue),
            "rag": .string(rating.colour.rawValue),
            "ragReason": .string(rating.reason),
            "measure": .optional(action.measure),
            "evidence": .optional(action.evidence),
            "cost": .optional(action.cost?.description),
            "daysOverdue": policy.daysOverdue(action, on: day).map(JSONValue.number) ?? .null,
        ]
        if history {
            fields["history"] = .array(
                action.history.map { entry in
                    .object([
                        "revision": .number(entry.revision),
                        "on": .day(entry.on),
                        "recorded": .string(entry.recorded),
                        "by": .string(entry.by),
                        "note": .optional(entry.note),
                        "reason": .optional(entry.reason),
                        "changes": .array(
                            entry.changes.map {
                                .object([
                                    "field": .string($0.field.rawValue), "from": .optional($0.from),
                                    "to": .optional($0.to),
                                ])
                            }),
                    ])
                })
        }
        return .object(fields)
    }
}
