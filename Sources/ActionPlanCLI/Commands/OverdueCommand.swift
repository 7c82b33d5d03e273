import ActionPlanKit
import Foundation

/// `actionplan overdue [PLAN...]`: the overdue report for cabinet.
enum OverdueCommand: Command {
    static let spec = CommandSpec(
        name: "overdue", summary: "print the overdue report for cabinet, across every plan or those named",
        arguments: [
            ArgumentSpec(
                name: "PLAN", help: "plans to report on (default: every plan)", count: .many,
                completion: .plan)
        ],
        options: [
            .includingArchived,
            OptionSpec(
                name: "--as-of", value: "DATE",
                help: "report the plans as they stood on this day, YYYY-MM-DD", defaultValue: "today"),
            .reportFormat,
            OptionSpec(
                name: "--by-owner", value: nil,
                help:
                    "group the overdue actions by owner, and show who has sent nothing since the last returns round"
            ),
            .authorityFilter, .regionFilter,
            .meeting, .meetingDate, .author,
            .template, .output,
        ],
        examples: [
            "actionplan overdue --as-of 2012-04-01",
            "actionplan overdue --by-owner --as-of 2012-07-31",
            "actionplan overdue dudley-2012 --format html --output overdue.html",
            "actionplan overdue --as-of 2012-04-01 --output overdue.xlsx",
            "actionplan overdue --as-of 2012-04-01 --format docx --output overdue.docx",
            "actionplan overdue --as-of 2013-06-30 --region \"West Midlands\"",
        ])

    static func run(_ context: CommandContext) throws {
        let day = try context.asOfDay()
        let office = try context.officeFormat(command: spec.name)
        let options = try context.renderOptions()
        let policy = RAGPolicy()
        let filter = try context.councilFilter(command: spec.name)
        // A plan that had not started on the day has nothing to report, and is named as left out instead.
        let (parts, leftOut) = try context.mapAdmittedPlans(
            context.arguments.positionals, on: day, admitting: filter
        ) { OverdueReport.PlanPart(standing: $0, on: day, policy: policy) }
        let report = try OverdueReport(
            parts: parts, asOf: day, policy: policy, byOwner: context.arguments.has("--by-owner"),
            presenting: try context.presenting()
        ).withReturns(context).leavingOut(leftOut)
        if let office {
            let data =
                switch office {
                case .xlsx: try report.workbook().data()
                case .docx: try report.wordDocument().data()
                }
            try context.emit(binary: data, as: office, command: spec.name)
        } else {
            try context.emit(utf8: report.renderUTF8(options))
        }
        releaseInBackground(consume parts)
        releaseInBackground(consume report)
    }

}

extension OverdueReport {
    /// The report grouped by owner with who has answered the latest round sent on or before its day,
    /// counting only the actions of its plans; any other report as it is.
    ///
    /// The plans are read again whole: the report's summaries keep too little of their history to tell
    /// whether anything was recorded since the round.
    fileprivate consuming func withReturns(_ context: CommandContext) throws -> OverdueReport {
        guard byOwner else { return self }
        let day = asOf
        if let round = try context.store.latestRound(onOrBefore: day) {
            let sent = round.sent
            // Only the plans the round sent actions of can hold returns to it.
            let inRound = round.planNames
            let activity = try context.store.map(plans.map(\.name).filter(inRound.contains)) {
                PlanActivity($0, from: sent, through: day)
            }
            returns = RoundReturns(round, asOf: day, activity: activity)
        } else {
            returns = RoundReturns(noRoundAsOf: day)
        }
        return self
    }
}

extension OptionSpec {
    /// `--meeting NAME`: the meeting a paper goes to, its "Report to".
    static let meeting = OptionSpec(
        name: "--meeting", value: "NAME", help: "the meeting the paper goes to, e.g. Cabinet (\"Report to\")",
        defaultValue: "the plan's saved meeting")
    /// `--meeting-date DATE`: the day of that meeting.
    static let meetingDate = OptionSpec(
        name: "--meeting-date", value: "DATE", help: "the day of the meeting, YYYY-MM-DD",
        defaultValue: "the plan's saved date")
    /// `--author NAME`: who presents the paper, its "Report of".
    static let author = OptionSpec(
        name: "--author", value: "NAME", help: "who presents the paper (\"Report of\")",
        defaultValue: "the plan's saved author")
    /// `--format` of the cabinet reports: every ``OutputFormat``.
    static let reportFormat = OptionSpec(
        name: "--format", value: "FORMAT",
        help: "output format; xlsx or docx when --output names such a file",
        defaultValue: "text",
        choices: OutputFormat.allCases.map(\.rawValue) + OfficeFormat.allCases.map(\.rawValue))
    /// `--template FILE`: a user's own template for the Markdown and HTML reports.
    static let template = OptionSpec(
        name: "--template", value: "FILE", help: "render through your own template (markdown, html)",
        defaultValue: "the built-in template", completion: .file)
    /// `--output FILE`: where a report is written instead of standard output.
    static let output = OptionSpec(
        name: "--output", value: "FILE",
        help: "write the report to FILE, a new or regular file; - is standard output",
        defaultValue: "standard output",
        completion: .file)
}

extension CommandContext {
    /// The meeting, its date and the author given with `--meeting`, `--meeting-date` and `--author`;
    /// what is not given comes from the plans' saved settings.
    func presenting() throws -> PlanSettings {
        PlanSettings(
            meeting: try arguments.text("--meeting"), meetingDate: try arguments.day("--meeting-date"),
            author: try arguments.text("--author"))
    }

    /// The format, width, colour and template that `--format`, `--template`, `--output` and the terminal ask for.
    func renderOptions() throws -> RenderOptions {
        let format = arguments.value("--format").flatMap(OutputFormat.init(rawValue:)) ?? .text
        var template: String?
        if let path = arguments.value("--template") {
            let data: Data
            do {
                data = try RegularFile.read(path, limit: RegularFile.inputLimit)
            } catch {
                throw CLIFailure(
                    where: path,
                    what: error == .missing
                        ? "no such template file" : "cannot read the template: \(error.reason)",
                    hint: "copy one of the files in Templates/ and edit it",
                    status: error == .missing ? .noInput : .ioError)
            }
            guard let text = String(data: data, encoding: .utf8) else {
                throw CLIFailure(where: path, what: "the template is not UTF-8 text", status: .dataError)
            }
            template = text
        }
        let toTerminal = outputPath == nil
        return RenderOptions(
            format: format,
            width: toTerminal && environment.outputIsTerminal ? environment.terminalWidth : 100,
            colour: toTerminal && environment.wantsColour, template: template)
    }
}
