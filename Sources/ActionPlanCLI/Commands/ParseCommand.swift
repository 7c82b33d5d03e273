import ActionPlanKit

/// `actionplan parse REPORT [REPORT...]`: what would be extracted from reports; writes nothing.
enum ParseCommand: Command {
    static let spec = CommandSpec(
        name: "parse", summary: "show what would be extracted from reports; writes nothing",
        arguments: [
            ArgumentSpec(name: "REPORT", help: "the report: text (any form) or PDF", completion: .file),
            ArgumentSpec(
                name: "REPORT", help: "more reports, read at once on every processor core", count: .many,
                completion: .file),
        ],
        options: [
            OptionSpec(
                name: "--format", value: "FORMAT", help: "output format", defaultValue: "text",
                choices: ["text", "json"])
        ],
        examples: [
            "actionplan parse reports/sutton-2013-protection.txt --format json",
            "actionplan parse reports/*.txt --format json | jq '.[] | {file, count: (.recommendations | length)}'",
        ],
        discussion:
            "With several reports, text output gives one block per report under a '==> REPORT <==' line, and "
            + "JSON output one array of the reports' objects, each with its \"file\". A report that cannot be "
            + "read is named on standard error and the others are still read; the exit status is then the "
            + "highest of their statuses. The statement of action deadline (statementDue) is 70 working days "
            + "after the stated publication date, counted on the England and Wales calendar plus any days "
            + "listed in bank-holidays.txt in the plans folder.")

    static func run(_ context: CommandContext) throws {
        let paths = context.arguments.positionals
        let asJSON = context.arguments.value("--format") == "json"
        let calendar = try context.calendar()
        guard paths.count > 1 else {
            let summary = ReportSummary(try ReportFile.read(paths[0]), calendar: calendar)
            context.print(asJSON ? summary.json() : summary.text())
            return
        }
        var read: [ReportSummary] = []
        var failures: [ErrorReport] = []
        for result in ReportFile.read(paths: paths) {
            switch result {
            case .success(let file): read.append(ReportSummary(file, calendar: calendar))
            case .failure(let error): failures.append(ErrorReport(error, command: spec.name))
            }
        }
        if asJSON {
            context.print(ReportSummary.json(read))
        } else if !read.isEmpty {
            context.print(read.map { "==> \($0.file.path) <==\n" + $0.text() }.joined(separator: "\n"))
        }
        for failure in failures { context.environment.standardError(failure.text) }
        guard let worst = failures.map(\.status).max(by: { $0.rawValue < $1.rawValue }) else { return }
        throw CLIFailure(
            where: "actionplan parse",
            what: read.isEmpty
                ? "none of the \(paths.count) reports could be read"
                : "\(failures.count) of \(paths.count) reports could not be read; the others were",
            hint: nil, status: worst)
    }
}
