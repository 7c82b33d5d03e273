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
        // Each plan is cut down to the actions shown as it is read, so a national portfolio is never
        // held whole; `list` shows no history.
        let selected = try context.mapPlans(arguments.positionals) { stored in
            var plan = stored.asOf(day)
            plan.actions = plan.actions.filter { action in
                (status == nil || action.status == status)
                    && (owner == nil || (action.owner?.lowercased().contains(owner!) ?? false))
            }
            for index in plan.actions.indices { plan.actions[index].history = [] }
            return plan
        }
        switch arguments.value("--format") ?? "text" {
        case "json":
            context.print(
                JSONValue.object([
                    "asOf": .day(day),
                    "plans": .array(
                        selected.map { plan in
                            .object([
                                "name": .string(plan.name.rawValue),
                                "authority": .optional(plan.source.authority),
                                "actions": .array(
                                    plan.actions.map {
                                        ActionFields.json($0, in: plan, on: day, policy: policy)
                                    }),
                            ])
                        }),
                ]).text)
        case "csv":
            var rows = [["Plan", "ID", "Action", "Owner", "Due", "Status", "RAG", "RAG reason"]]
            for plan in selected {
                for action in plan.actions {
                    let rating = policy.rating(of: action, on: day)
                    rows.append([
                        plan.name.rawValue, action.id.description, action.action, action.owner ?? "",
                        action.due?.description ?? "", action.status.label, rating.colour.word,
                        rating.reason,
                    ])
                }
            }
            context.print("\u{FEFF}" + CSV.text(rows))
        default:
            var table = ListCommand.actionTable(withPlan: true)
            for plan in selected {
                for action in plan.actions {
                    ListCommand.append(action, plan: plan.name, to: &table, on: day, policy: policy)
                }
            }
            let count = table.rowCount
            context.print(
                count == 0
                    ? "No actions match."
                    : table.text(
                        width: context.environment.terminalWidth, colour: context.environment.wantsColour)
                        + "\n\(count) action\(count == 1 ? "" : "s"), as of \(day)")
        }
    }
}

extension ListCommand {
    /// The table `list` and `show` print: one row per action, the RAG column coloured.
    static func actionTable(withPlan: Bool) -> TextTable {
        var columns = [
            TextTable.Column(heading: "ID", alignRight: true),
            TextTable.Column(heading: "Action", wraps: true, minimumWidth: 16, weight: 4),
            TextTable.Column(heading: "Owner", wraps: true, minimumWidth: 8),
            TextTable.Column(heading: "Due"),
            TextTable.Column(heading: "Status", wraps: true, minimumWidth: 11),
            TextTable.Column(heading: "RAG"),
        ]
        if withPlan { columns.insert(TextTable.Column(heading: "Plan", wraps: true, minimumWidth: 8), at: 0) }
        var table = TextTable(columns)
        table.colouredColumn = columns.count - 1
        return table
    }

    /// Appends `action`'s row to a table from ``actionTable(withPlan:)``; `plan` fills its Plan column, if any.
    static func append(
        _ action: Action, plan: PlanName?, to table: inout TextTable, on day: CalendarDay, policy: RAGPolicy
    ) {
        let rating = policy.rating(of: action, on: day)
        var row = [
            action.id.description, TextWrap.shorten(action.action, to: 60), action.owner ?? "—",
            action.due?.writtenShort ?? "no due date", action.status.label, rating.colour.word,
        ]
        if let plan { row.insert(plan.rawValue, at: 0) }
        table.append(row, rag: rating.colour)
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
