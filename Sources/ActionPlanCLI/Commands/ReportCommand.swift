import ActionPlanKit

/// `actionplan report PLAN`: the full progress report for cabinet or scrutiny.
enum ReportCommand: Command {
    static let spec = CommandSpec(
        name: "report", summary: "print the full progress report on one plan for cabinet or scrutiny",
        arguments: [ArgumentSpec(name: "PLAN", help: "the plan's name", completion: .plan)],
        options: [
            OptionSpec(
                name: "--as-of", value: "DATE", help: "report the plan as it stood on this day, YYYY-MM-DD",
                defaultValue: "today"),
            OptionSpec(
                name: "--since", value: "DATE", help: "list the changes recorded after this day, YYYY-MM-DD",
                defaultValue: "no list of changes"),
            .reportFormat,
            .meeting, .meetingDate, .author,
            .template, .output,
        ],
        examples: [
            "actionplan report dudley-2012 --as-of 2012-06-30 --since 2012-03-31",
            "actionplan report dudley-2012 --format html --output progress.html",
            "actionplan report dudley-2012 --as-of 2012-06-30 --output progress.xlsx",
            "actionplan report dudley-2012 --as-of 2012-06-30 --output paper.docx",
        ])

    static func run(_ context: CommandContext) throws {
        let arguments = context.arguments
        let day = try context.asOfDay()
        let since = try arguments.day("--since")
        if let since, since > day {
            throw UsageError("--since \(since) is after --as-of \(day)", command: spec.name)
        }
        let office = try context.officeFormat(command: spec.name)
        let options = try context.renderOptions()
        let plan = try context.store.load(try context.planName(arguments.positionals[0]))
        // The same council's earlier plans in the folder, searched for recommendations this one repeats.
        let earlier = try RepeatsCommand.sameCouncil(as: plan, in: context, warn: false)
        let report = ProgressReport(
            plan: plan, asOf: day, since: since, presenting: try context.presenting(),
            repeats: PlanRepeats.find(for: plan, among: earlier))
        if let office {
            let data =
                switch office {
                case .xlsx: try report.workbook().data()
                case .docx: try report.wordDocument().data()
                }
            try context.emit(binary: data, as: office, command: spec.name)
        } else {
            try context.emit(report.render(options))
        }
    }
}
