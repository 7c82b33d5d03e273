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
            let file = try ReportFile.read(paths[0])
            context.print(
                asJSON ? json(file.report, calendar: calendar).text : text(file, calendar: calendar))
            return
        }
        var read: [ReportFile] = []
        var failures: [ErrorReport] = []
        for result in ReportFile.read(paths: paths) {
            switch result {
            case .success(let file): read.append(file)
            case .failure(let error): failures.append(ErrorReport(error, command: spec.name))
            }
        }
        if asJSON {
            // An empty array is written "[]", as jq and people expect, not spread over lines.
            context.print(
                read.isEmpty
                    ? "[]"
                    : JSONValue.array(read.map { json($0.report, file: $0.path, calendar: calendar) }).text)
        } else if !read.isEmpty {
            context.print(
                read.map { "==> \($0.path) <==\n" + text($0, calendar: calendar) }.joined(separator: "\n\n"))
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

    /// The report in the JSON shape PRODUCT.md fixes, with its statement deadline counted on `calendar`.
    static func json(_ report: Report, calendar: WorkingCalendar) -> JSONValue {
        .object(members(report, calendar: calendar))
    }

    /// The report's JSON object with the file it was read from, as one element of a multi-file array.
    static func json(_ report: Report, file: String, calendar: WorkingCalendar) -> JSONValue {
        .object(members(report, calendar: calendar).merging(["file": .string(file)]) { first, _ in first })
    }

    /// The members of a report's JSON object.
    private static func members(_ report: Report, calendar: WorkingCalendar) -> [String: JSONValue] {
        [
            "authority": .optional(report.authority),
            "authorityCode": .optional(report.authorityCode),
            "authorityAsPrinted": .optional(report.authorityAsPrinted),
            "inspectionStart": .day(report.inspectionStart),
            "inspectionEnd": .day(report.inspectionEnd),
            "published": .day(report.published),
            "statementDue": .day(report.statementDue(in: calendar)),
            "leadInspector": .optional(report.leadInspector),
            "judgements": .array(
                report.judgements.map { .object(["area": .string($0.area), "grade": .string($0.grade)]) }),
            "recommendations": .array(
                report.recommendations.map { recommendation in
                    .object([
                        "number": .number(recommendation.number),
                        "section": .optional(recommendation.section),
                        "timescale": .string(recommendation.timescale.description),
                        "text": .string(recommendation.text),
                        "lead": .optional(recommendation.lead),
                        "line": recommendation.line.map(JSONValue.number) ?? .null,
                        "urgent": .bool(recommendation.urgent),
                    ])
                }),
        ]
    }

    /// "Sutton (E09000029), printed "London Borough of Sutton"", or what is missing.
    private static func authorityFact(_ report: Report) -> String {
        guard let printed = report.authorityAsPrinted else { return "not found" }
        guard let code = report.authorityCode, let name = report.authority else {
            return "\"\(printed)\" (not a council the table knows)"
        }
        return printed == name ? "\(name) (\(code))" : "\(name) (\(code)), printed \"\(printed)\""
    }

    /// The report as a person reads it: the facts, then the recommendations under their lists.
    static func text(_ file: ReportFile, calendar: WorkingCalendar) -> String {
        let report = file.report
        var lines: [String] = []
        func fact(_ label: String, _ value: String) { lines.append((label + ":").padding(17) + value) }
        fact("Report", file.fileName)
        fact("Authority", authorityFact(report))
        switch (report.inspectionStart, report.inspectionEnd) {
        case (let start?, let end?): fact("Inspection", start == end ? "\(start)" : "\(start) to \(end)")
        case (let start?, nil): fact("Inspection", "from \(start)")
        case (nil, let end?): fact("Inspection", "ended \(end)")
        case (nil, nil): fact("Inspection", "dates not found")
        }
        fact("Published", report.published?.description ?? "not stated")
        fact(
            "Statement due",
            report.statementDue(in: calendar).map {
                "\($0) (\(WorkingCalendar.statementWorkingDays) working days after publication)"
            } ?? "not known: no publication date stated")
        fact("Lead inspector", report.leadInspector ?? "not found")
        if !report.judgements.isEmpty {
            lines.append("Judgements:")
            for judgement in report.judgements { lines.append("  \(judgement.area): \(judgement.grade)") }
        }
        let count = report.recommendations.count
        lines.append("")
        lines.append("\(count) recommendation\(count == 1 ? "" : "s"):")
        var heading: (String?, Timescale)?
        for recommendation in report.recommendations {
            if heading == nil || heading!.0 != recommendation.section
                || heading!.1 != recommendation.timescale
            {
                heading = (recommendation.section, recommendation.timescale)
                let title = [recommendation.section, recommendation.timescale.heading].compactMap { $0 }
                lines.append("")
                let joined = title.joined(separator: ", ")
                lines.append(joined.prefix(1).uppercased() + joined.dropFirst() + ":")
            }
            let item = "\(recommendation.number). \(recommendation.text)"
            lines += TextWrap.wrap(item, width: 96, indent: "  ", hangingIndent: "     ")
            lines.append(
                "     line \(recommendation.line.map(String.init) ?? "unknown")"
                    + (recommendation.lead.map { "; lead: \($0)" } ?? "")
                    + (recommendation.urgent ? "; URGENT" : ""))
        }
        return lines.joined(separator: "\n")
    }
}

extension Timescale {
    /// The timescale as a heading: "Immediately", "Within 3 months", "By 31 March 2014", "No timescale given".
    var heading: String { inWords }
}
