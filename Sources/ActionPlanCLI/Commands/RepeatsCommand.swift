import ActionPlanKit
import Foundation

/// `actionplan repeats PLAN`: the plan's recommendations that the council had been asked for before.
enum RepeatsCommand: Command {
    static let spec = CommandSpec(
        name: "repeats",
        summary: "find recommendations that repeat ones of the same council's earlier plans, and their fate",
        arguments: [ArgumentSpec(name: "PLAN", help: "the later plan", completion: .plan)],
        options: [
            OptionSpec(
                name: "--format", value: "FORMAT", help: "output format", defaultValue: "text",
                choices: ["text", "json"])
        ],
        examples: [
            "actionplan repeats south-gloucestershire-2017",
            "actionplan repeats south-gloucestershire-2017 --format json",
        ])

    static func run(_ context: CommandContext) throws {
        let arguments = context.arguments
        let name = try context.planName(arguments.positionals[0])
        let plan = try context.store.load(name)
        let repeats = PlanRepeats.find(for: plan, among: try sameCouncil(as: plan, in: context))
        if plan.source.authorityCode == nil {
            context.environment.standardError(
                "warning: \(name): the plan names no council code, so no earlier plan can be matched; "
                    + "set it with: actionplan plan \(name) --authority \"COUNCIL\"\n")
        }
        context.print(arguments.value("--format") == "json" ? repeats.json() : repeats.text())
    }

    /// The other plans in the folder that could be the same council's earlier ones: any dated before the
    /// plan with a council code the plan's council has had. A plan file that cannot be read is passed
    /// over, as it is not the one asked about, with a warning when `warn` is set.
    ///
    /// Candidates are picked from the plans' summaries, through the summary cache where it is current,
    /// so that in a national folder only the council's own plans are read in full.
    static func sameCouncil(as plan: ActionPlan, in context: CommandContext, warn: Bool = true) throws
        -> [ActionPlan]
    {
        let codes = PlanRepeats.councilCodes(of: plan)
        guard !codes.isEmpty else { return [] }
        let store = context.store
        let own = plan.name
        let day = plan.reportDay
        // Every plan is summarised, this one too, so the cache is written back whole.
        let (found, unread) = store.mapReadableSummaries(
            try store.names(), on: context.environment.today, cache: context.summaryCache()
        ) { other -> PlanName? in
            guard other.name != own, other.reportDay < day,
                let code = other.source.authorityCode, codes.contains(code)
            else { return nil }
            return other.name
        }
        var failures = unread.map { "\($0)" }
        let names = found.compactMap { $0 }
        var earlier: [ActionPlan] = []
        for name in names {
            do {
                earlier.append(try store.load(name))
            } catch {
                failures.append("\(store.path(of: name)): \(error)")
            }
        }
        if warn {
            for failure in failures {
                context.environment.standardError(
                    "warning: passed over a plan that cannot be read: \(failure)\n")
            }
        }
        return earlier
    }
}
