import ActionPlanKit

/// `actionplan show PLAN [ACTION]`: a plan at a glance, or one action in full with its history.
enum ShowCommand: Command {
    static let spec = CommandSpec(
        name: "show", summary: "show a plan at a glance, or one action in full with its history",
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
            "actionplan show dudley-2012-cabinet", "actionplan show dudley-2012-cabinet 7 --format json",
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
            context.print(
                json
                    ? JSONValue.object([
                        "name": .string(name.rawValue), "asOf": .day(day),
                        "action": ActionFields.json(action, in: plan, on: day, policy: policy, history: true),
                    ]).text
                    : detail(
                        of: action, recommendation: plan.recommendation(of: action), on: day, policy: policy,
                        width: context.environment.terminalWidth))
            return
        }
        if json {
            context.print(
                JSONValue.object([
                    "name": .string(name.rawValue), "asOf": .day(day),
                    "authority": .optional(plan.source.authority), "source": .string(plan.source.fileName),
                    "startDate": .day(plan.startDate),
                    "actions": .array(
                        plan.actions.map { ActionFields.json($0, in: plan, on: day, policy: policy) }),
                ]).text)
            return
        }
        context.print(
            overview(
                of: plan, on: day, policy: policy, width: context.environment.terminalWidth,
                colour: context.environment.wantsColour))
    }

    /// The plan's heading and one row per action.
    static func overview(
        of plan: ActionPlan, on day: CalendarDay, policy: RAGPolicy, width: Int, colour: Bool
    ) -> String {
        var lines = [
            "\(plan.name): \(plan.source.authority ?? "authority not stated"), from \(plan.source.fileName)",
            "Timescales run from \(plan.startDate.written). As at \(day.written):",
            "",
        ]
        let listing = ActionListing(
            parts: [ActionListing.Part(plan, on: day, policy: policy) { _ in true }], asOf: day)
        let table = listing.table(showingPlan: false)
        lines += table.lines(width: width, colour: colour)
        return lines.joined(separator: "\n")
    }

    /// Every field of one action and its history, oldest first.
    static func detail(
        of action: Action, recommendation: Recommendation, on day: CalendarDay, policy: RAGPolicy, width: Int
    ) -> String {
        let rating = policy.rating(of: action, on: day)
        var lines: [String] = []
        func field(_ label: String, _ value: String) {
            lines += TextWrap.wrap(
                value, width: width, indent: (label + ":").padding(16),
                hangingIndent: String(repeating: " ", count: 16))
        }
        field("Action \(action.id)", action.action)
        field(
            "Recommendation",
            "\(recommendation.text) (no. \(recommendation.reportNumber)\(recommendation.section.map { ", \($0)" } ?? ""), \(recommendation.timescale.inWords.lowercased()))"
        )
        field("Owner", action.owner ?? "none assigned")
        if let lead = recommendation.lead { field("Report's lead", lead) }
        var due = action.due?.written ?? "no due date"
        if let original = action.originalDue, original != action.due {
            due += " (originally \(original.written))"
        }
        field("Due", due)
        field("Status", action.status.label)
        field("RAG", "\(rating.colour.word): \(rating.reasonInWords)")
        field("Measure", action.measure ?? "none set")
        field("Evidence", action.evidence ?? "none yet")
        field("Cost", action.cost?.formatted ?? "not estimated")
        lines.append("")
        lines.append(action.history.isEmpty ? "No changes recorded." : "History:")
        for entry in action.history {
            var words = entry.changes.map(\.inWords)
            if let reason = entry.reason { words.append("reason: \(reason)") }
            if let note = entry.note { words.append("note: \(note)") }
            lines += TextWrap.wrap(
                words.joined(separator: "; "), width: width, indent: "  \(entry.on.written), \(entry.by): ",
                hangingIndent: "      ")
        }
        return lines.joined(separator: "\n")
    }
}
