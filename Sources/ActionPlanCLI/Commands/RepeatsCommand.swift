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

    /// The other plans in the folder that could be the same council's: any with a council code the plan's
    /// council has had. A plan file that cannot be read is passed over, as it is not the one asked about,
    /// with a warning when `warn` is set.
    static func sameCouncil(as plan: ActionPlan, in context: CommandContext, warn: Bool = true) throws
        -> [ActionPlan]
    {
        guard plan.source.authorityCode != nil else { return [] }
        let store = context.store
        let others = try store.names().filter { $0 != plan.name }
        return others.compactMap { name in
            do {
                let other = try store.load(name)
                return other.source.authorityCode == nil ? nil : other
            } catch {
                if warn {
                    context.environment.standardError(
                        "warning: \(store.path(of: name)): passed over, it cannot be read: \(error)\n")
                }
                return nil
            }
        }
    }
}
