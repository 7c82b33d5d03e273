import ActionPlanKit

/// `actionplan report PLAN`: the full progress report for cabinet or scrutiny.
enum ReportCommand: Command {
    static let spec = CommandSpec(
        name: "report",
        summary:
            "print the full progress report on one plan for cabinet, or progress across plans by council",
        arguments: [
            ArgumentSpec(
                name: "PLAN",
                help: "the plan's name; several (or none, for every plan) for progress by council",
                count: .many, completion: .plan)
        ],
        options: [
            .includingArchived,
            OptionSpec(
                name: "--as-of", value: "DATE", help: "report the plan as it stood on this day, YYYY-MM-DD",
                defaultValue: "today"),
            OptionSpec(
                name: "--since", value: "DATE", help: "list the changes recorded after this day, YYYY-MM-DD",
                defaultValue: "no list of changes"),
            .reportFormat,
            .meeting, .meetingDate, .author,
            .template, .output,
            .authorityFilter, .regionFilter,
        ],
        examples: [
            "actionplan report dudley-2012 --as-of 2012-06-30 --since 2012-03-31",
            "actionplan report dudley-2012 --format html --output progress.html",
            "actionplan report dudley-2012 --as-of 2012-06-30 --output progress.xlsx",
            "actionplan report dudley-2012 --as-of 2012-06-30 --output paper.docx",
            "actionplan report --as-of 2013-06-30 --region London",
        ],
        discussion:
            "With one PLAN, the paper for cabinet: each recommendation with its actions, their latest "
            + "progress and the earlier recommendations it repeats. With several plans, none (every plan), or "
            + "--authority or --region, a table of progress by council instead, as text, json or csv; "
            + "--since, --meeting, --meeting-date, --author and --template belong to one plan's paper.")

    static func run(_ context: CommandContext) throws {
        let arguments = context.arguments
        let day = try context.asOfDay()
        let since = try arguments.day("--since")
        if let since, since > day {
            throw UsageError("--since \(since) is after --as-of \(day)", command: spec.name)
        }
        let filter = try context.councilFilter(command: spec.name)
        if arguments.positionals.count != 1 || filter.isLimited {
            try national(context, on: day, filter: filter)
            return
        }
        let office = try context.officeFormat(command: spec.name)
        let options = try context.renderOptions()
        let plan = try context.store.load(try context.planName(arguments.positionals[0]))
        if let leftOut = LeftOutPlan(plan, asOf: day) {
            throw UsageError(
                "--as-of \(day) is before plan '\(plan.name)' started: \(leftOut.reason), so there is nothing to report",
                hint: "report as of \(plan.startDate) or later", command: spec.name)
        }
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

    /// Progress across the plans named (every plan when none is), limited by `filter`, by council.
    private static func national(_ context: CommandContext, on day: CalendarDay, filter: CouncilFilter) throws
    {
        let arguments = context.arguments
        // A paper tells one plan's story; across plans there is a table, in the forms tools read.
        for option in ["--since", "--meeting", "--meeting-date", "--author", "--template"]
        where arguments.value(option) != nil {
            throw UsageError(
                "\(option) is for one plan's paper",
                hint: "name one plan: actionplan report PLAN \(option) …",
                command: spec.name)
        }
        let options = try context.renderOptions()
        let office = try context.officeFormat(command: spec.name)
        guard office == nil, [.text, .json, .csv].contains(options.format) else {
            throw UsageError(
                "progress across plans is printed as text, json or csv",
                hint:
                    "name one plan for a \(office?.rawValue ?? options.format.rawValue) paper: actionplan report PLAN",
                command: spec.name)
        }
        let policy = RAGPolicy()
        // A plan that had not started on the day is named as left out, as `overdue` does.
        let (rows, leftOut) = try context.mapAdmittedPlans(
            arguments.positionals, on: day, admitting: filter
        ) { NationalProgress.PlanRow(standing: $0, on: day, policy: policy) }
        let report = NationalProgress(rows: rows, asOf: day, scope: filter.scope, leftOut: leftOut)
        switch options.format {
        case .json: try context.emit(report.json())
        case .csv: try context.emit(report.csv())
        default: try context.emit(report.text(width: options.width, colour: options.colour))
        }
    }
}
