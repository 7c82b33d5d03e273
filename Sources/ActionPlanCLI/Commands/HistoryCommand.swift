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
            "actionplan history dudley-2012-cabinet",
            "actionplan history dudley-2012-cabinet 7 --format json",
        ],
        discussion:
            "One command makes one revision, however many actions it touched; 'actionplan undo' reverts the "
            + "latest revision by recording a new one, so nothing is ever removed from the history.")

    /// One revision: the entries of every action it touched.
    struct Revision {
        var number: Int
        var entries: [(action: ActionID, entry: HistoryEntry)]
    }

    static func run(_ context: CommandContext) throws {
        let arguments = context.arguments
        let name = try context.planName(arguments.positionals[0])
        let plan = try context.store.load(name)
        var actions = plan.actions
        if arguments.positionals.count > 1 {
            let ids = try ActionSelection.parse(arguments.positionals[1])
            for id in ids where plan.action(id) == nil {
                throw PlanError.unknownAction(id, plan: name, suggestion: plan.actions.last?.id)
            }
            actions = actions.filter { ids.contains($0.id) }
        }
        let revisions = revisions(of: actions)
        if arguments.value("--format") == "json" {
            context.print(json(name: name, revisions).text)
        } else {
            context.print(text(name: name, revisions, width: context.environment.terminalWidth))
        }
    }

    /// The entries of `actions` grouped by revision, in revision order.
    static func revisions(of actions: [Action]) -> [Revision] {
        var byNumber: [Int: [(action: ActionID, entry: HistoryEntry)]] = [:]
        for action in actions {
            for entry in action.history { byNumber[entry.revision, default: []].append((action.id, entry)) }
        }
        return byNumber.keys.sorted().map { Revision(number: $0, entries: byNumber[$0]!) }
    }

    private static func text(name: PlanName, _ revisions: [Revision], width: Int) -> String {
        guard !revisions.isEmpty else { return "\(name): no changes recorded since the plan was generated." }
        var lines: [String] = []
        for revision in revisions {
            let first = revision.entries[0].entry
            lines.append(
                "Revision \(revision.number): \(first.on.written), by \(first.by) (recorded \(first.recorded))"
            )
            for (id, entry) in revision.entries {
                var words = entry.changes.map(\.inWords)
                if let reason = entry.reason { words.append("reason: \(reason)") }
                if let note = entry.note { words.append("note: \(note)") }
                let indent = "  action \(id): "
                lines += TextWrap.wrap(
                    words.joined(separator: "; "), width: width, indent: indent,
                    hangingIndent: String(repeating: " ", count: indent.count))
            }
        }
        return lines.joined(separator: "\n")
    }

    private static func json(name: PlanName, _ revisions: [Revision]) -> JSONValue {
        .object([
            "name": .string(name.rawValue),
            "revisions": .array(
                revisions.map { revision in
                    let first = revision.entries[0].entry
                    return .object([
                        "revision": .number(revision.number), "on": .day(first.on), "by": .string(first.by),
                        "recorded": .string(first.recorded),
                        "actions": .array(
                            revision.entries.map { id, entry in
                                .object([
                                    "id": .string(id.description), "note": .optional(entry.note),
                                    "reason": .optional(entry.reason),
                                    "changes": .array(
                                        entry.changes.map {
                                            .object([
                                                "field": .string($0.field.rawValue),
                                                "from": .optional($0.from),
                                                "to": .optional($0.to),
                                            ])
                                        }),
                                ])
                            }),
                    ])
                }),
        ])
    }
}
