import ActionPlanKit

/// `actionplan parse REPORT`: what would be extracted from a report; writes nothing.
enum ParseCommand: Command {
    static let spec = CommandSpec(
        name: "parse", summary: "show what would be extracted from a report; writes nothing",
        arguments: [
            ArgumentSpec(name: "REPORT", help: "the report: text (any form) or PDF", completion: .file)
        ],
        options: [
            OptionSpec(
                name: "--format", value: "FORMAT", help: "output format", defaultValue: "text",
                choices: ["text", "json"])
        ],
        examples: ["actionplan parse reports/sutton-2013-protection.txt --format json"])

    static func run(_ context: CommandContext) throws {
        let file = try ReportFile.read(context.arguments.positionals[0])
        if context.arguments.value("--format") == "json" {
            context.print(json(file.report).text)
        } else {
            context.print(text(file))
        }
    }

    /// The report in the JSON shape PRODUCT.md fixes.
    static func json(_ report: Report) -> JSONValue {
        .object([
            "authority": .optional(report.authority),
            "inspectionStart": .day(report.inspectionStart),
            "inspectionEnd": .day(report.inspectionEnd),
            "published": .day(report.published),
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
                        "line": .number(recommendation.line),
                    ])
                }),
        ])
    }

    /// The report as a person reads it: the facts, then the recommendations under their lists.
    static func text(_ file: ReportFile) -> String {
        let report = file.report
        var lines: [String] = []
        func fact(_ label: String, _ value: String) { lines.append((label + ":").padding(17) + value) }
        fact("Report", file.fileName)
        fact("Authority", report.authority ?? "not found")
        switch (report.inspectionStart, report.inspectionEnd) {
        case (let start?, let end?): fact("Inspection", start == end ? "\(start)" : "\(start) to \(end)")
        case (let start?, nil): fact("Inspection", "from \(start)")
        case (nil, let end?): fact("Inspection", "ended \(end)")
        case (nil, nil): fact("Inspection", "dates not found")
        }
        fact("Published", report.published?.description ?? "not stated")
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
                "     line \(recommendation.line)" + (recommendation.lead.map { "; lead: \($0)" } ?? ""))
        }
        return lines.joined(separator: "\n")
    }
}

extension Timescale {
    /// The timescale as a heading: "Immediately", "Within 3 months", "No timescale given".
    var heading: String {
        switch self {
        case .immediately: "Immediately"
        case .withinMonths(let count): "Within \(count) month\(count == 1 ? "" : "s")"
        case .withinWeeks(let count): "Within \(count) week\(count == 1 ? "" : "s")"
        case .unspecified: "No timescale given"
        }
    }
}
