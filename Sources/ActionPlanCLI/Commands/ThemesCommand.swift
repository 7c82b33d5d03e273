import ActionPlanKit
import Foundation

/// `actionplan themes [PLAN...]`: what inspectors asked for, counted by theme over plans, councils and years.
enum ThemesCommand: Command {
    static let spec = CommandSpec(
        name: "themes", summary: "count recommendations by theme across plans, councils and years",
        arguments: [
            ArgumentSpec(
                name: "PLAN", help: "plans to count (default: every plan); with --explain, PLAN and N",
                count: .many, completion: .plan)
        ],
        options: [
            .includingArchived,
            OptionSpec(
                name: "--by", value: "GROUP", help: "count per council or per year",
                defaultValue: "no grouping",
                choices: ThemeTally.Grouping.allCases.map(\.rawValue)),
            OptionSpec(
                name: "--format", value: "FORMAT", help: "output format", defaultValue: "text",
                choices: ["text", "json", "csv", "html"]),
            OptionSpec(
                name: "--explain", value: nil,
                help:
                    "show which words decided the themes of recommendation N of PLAN: themes --explain PLAN N"
            ),
            .output,
        ],
        examples: [
            "actionplan themes", "actionplan themes --by year --format html --output themes.html",
            "actionplan themes --explain south-gloucestershire-2017 2",
        ])

    static func run(_ context: CommandContext) throws {
        let arguments = context.arguments
        if arguments.has("--explain") {
            try explain(context)
            return
        }
        let grouping = arguments.value("--by").flatMap(ThemeTally.Grouping.init(rawValue:))
        // Through the summary cache, as the plans stand today; themes are the recommendations', so each
        // plan is let go of its actions as it is read.
        let plans = try context.mapPlans(arguments.positionals, on: context.environment.today) { plan in
            var recommendations = plan
            recommendations.actions = []
            return recommendations
        }
        let tally = ThemeTally(plans: plans, by: grouping)
        switch arguments.value("--format") ?? "text" {
        case "json": try context.emit(tally.json())
        case "csv": try context.emit(tally.csv())
        case "html": try context.emit(tally.html())
        default: try context.emit(tally.text())
        }
    }

    /// `--explain PLAN N`: the rules' evidence for one recommendation.
    private static func explain(_ context: CommandContext) throws {
        let positionals = context.arguments.positionals
        guard positionals.count == 2, let number = Int(positionals[1]) else {
            throw UsageError(
                "--explain takes a plan and a recommendation number",
                hint: "actionplan themes --explain PLAN N",
                command: spec.name)
        }
        let name = try context.planName(positionals[0])
        let plan = try context.store.load(name)
        guard let recommendation = plan.recommendation(number) else {
            throw CLIFailure(
                where: name.rawValue, what: "no recommendation \(number)",
                hint: "the plan's recommendations are numbered 1 to \(plan.recommendations.count)",
                status: .usage)
        }
        let classification = ThemeClassifier.standard.classify(recommendation.text)
        let recorded = recommendation.themes.compactMap(Theme.init(rawValue:))
        context.print(
            "Recommendation \(number) of \(name): \(recommendation.text)\n\n"
                + classification.explanation(recorded: recorded.isEmpty ? nil : recorded))
    }
}
