/// What was read from one report, as `parse` prints it: the facts, then the recommendations.
public struct ReportSummary: Sendable {
    /// The report file and what was read from it.
    public let file: ReportFile
    /// The calendar the written statement's deadline is counted on.
    public let calendar: WorkingCalendar

    /// The summary of `file`, its statement deadline counted on `calendar`.
    public init(_ file: ReportFile, calendar: WorkingCalendar) {
        self.file = file
        self.calendar = calendar
    }

    /// The report as a person reads it: the facts, then the recommendations under their lists.
    public func text() -> String {
        let report = file.report
        var lines: [String] = []
        func fact(_ label: String, _ value: String) {
            lines.append(label + ":" + String(repeating: " ", count: Swift.max(1, 16 - label.count)) + value)
        }
        fact("Report", file.fileName)
        fact("Title", report.title ?? "not found")
        fact("Authority", authorityFact)
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
        lines.append("")
        lines.append("\(ReportWords.count(report.recommendations.count, "recommendation")):")
        var heading: (String?, Timescale)?
        for recommendation in report.recommendations {
            if heading == nil || heading!.0 != recommendation.section
                || heading!.1 != recommendation.timescale
            {
                heading = (recommendation.section, recommendation.timescale)
                let title = [recommendation.section, recommendation.timescale.inWords].compactMap { $0 }
                let joined = title.joined(separator: ", ")
                lines.append("")
                lines.append(joined.prefix(1).uppercased() + joined.dropFirst() + ":")
            }
            lines += "\(recommendation.number). \(recommendation.text)".wrapped(
                to: 96, indent: "  ", hangingIndent: "     ")
            lines.append(
                "     line \(recommendation.line.map(String.init) ?? "unknown")"
                    + (recommendation.lead.map { "; lead: \($0)" } ?? "")
                    + (recommendation.urgent ? "; URGENT" : ""))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// "Sutton (E09000029), printed "London Borough of Sutton"", or what is missing.
    private var authorityFact: String {
        let report = file.report
        guard let printed = report.authorityAsPrinted else { return "not found" }
        guard let code = report.authorityCode, let name = report.authority else {
            return "\"\(printed)\" (not a council the table knows)"
        }
        return printed == name ? "\(name) (\(code))" : "\(name) (\(code)), printed \"\(printed)\""
    }

    /// The report in the JSON shape PRODUCT.md fixes.
    public func json() -> String {
        ReportJSON.encode(Document(summary: self, withFile: false))
    }

    /// Several reports as one JSON array, each object with the `file` it was read from; `[]` for none.
    public static func json(_ summaries: [ReportSummary]) -> String {
        // An empty array is written "[]", as jq and people expect, not spread over lines.
        summaries.isEmpty
            ? "[]\n" : ReportJSON.encode(summaries.map { Document(summary: $0, withFile: true) })
    }

    private struct Document: Encodable {
        var summary: ReportSummary
        var withFile: Bool

        private enum Keys: String, CodingKey {
            case title, authority, authorityCode, authorityAsPrinted, inspectionStart, inspectionEnd,
                published
            case statementDue, leadInspector, judgements, recommendations, file
        }
        private enum RecommendationKeys: String, CodingKey {
            case number, section, timescale, text, lead, line, urgent
        }

        func encode(to encoder: any Encoder) throws {
            let report = summary.file.report
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(report.title, forKey: .title)
            try container.encode(report.authority, forKey: .authority)
            try container.encode(report.authorityCode, forKey: .authorityCode)
            try container.encode(report.authorityAsPrinted, forKey: .authorityAsPrinted)
            try container.encode(report.inspectionStart, forKey: .inspectionStart)
            try container.encode(report.inspectionEnd, forKey: .inspectionEnd)
            try container.encode(report.published, forKey: .published)
            try container.encode(report.statementDue(in: summary.calendar), forKey: .statementDue)
            try container.encode(report.leadInspector, forKey: .leadInspector)
            try container.encode(report.judgements, forKey: .judgements)
            var list = container.nestedUnkeyedContainer(forKey: .recommendations)
            for recommendation in report.recommendations {
                var item = list.nestedContainer(keyedBy: RecommendationKeys.self)
                try item.encode(recommendation.number, forKey: .number)
                try item.encode(recommendation.section, forKey: .section)
                try item.encode(recommendation.timescale.description, forKey: .timescale)
                try item.encode(recommendation.text, forKey: .text)
                try item.encode(recommendation.lead, forKey: .lead)
                try item.encode(recommendation.line, forKey: .line)
                try item.encode(recommendation.urgent, forKey: .urgent)
            }
            if withFile { try container.encode(summary.file.path, forKey: .file) }
        }
    }
}
