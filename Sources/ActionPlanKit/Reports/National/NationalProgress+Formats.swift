extension NationalProgress {
    /// The report as text for a terminal `width` columns wide.
    public func text(width: Int, colour: Bool) -> String {
        var out: [String] = []
        func say(_ line: String) { out.append(contentsOf: line.wrapped(to: width)) }
        say(title)
        if let scope { say(scope.prefix(1).uppercased() + scope.dropFirst() + ".") }
        say(totals)
        for plan in leftOut { say(plan.sentence) }
        out.append("")
        say("Summary of \(ReportWords.count(ragCounts.reduce(0) { $0 + $1.count }, "action")) by RAG")
        out.append(
            contentsOf: ReportWords.ragSummary(ragCounts).lines(width: width, colour: colour, indent: "  "))
        out.append("")
        // The region is left to the JSON and CSV: a column of it would squeeze the numbers a row is read for.
        say("By council")
        var table = TextTable([
            TextTable.Column(heading: "Council", wraps: true, minimumWidth: 10, weight: 2),
            TextTable.Column(heading: "Plan", wraps: true, minimumWidth: 12, weight: 2),
            TextTable.Column(heading: "Actions", alignRight: true),
            TextTable.Column(heading: "Complete", alignRight: true),
            TextTable.Column(heading: "Overdue", alignRight: true),
            TextTable.Column(heading: "Red", alignRight: true),
            TextTable.Column(heading: "Amber", alignRight: true),
            TextTable.Column(heading: "Green", alignRight: true),
            TextTable.Column(heading: "Blue", alignRight: true, dropOrder: 2),
            TextTable.Column(heading: "None", alignRight: true, dropOrder: 1),
        ])
        for group in councils {
            for (index, row) in group.plans.enumerated() {
                // The council is named once, on its first plan's row.
                let first = index == 0
                table.append(
                    [
                        first ? group.council.name : "",
                        row.name.rawValue, String(row.actions), "\(row.percentComplete)%",
                        String(row.overdue),
                    ] + RAG.allCases.map { String(row.count($0)) },
                    colour: row.overdue > 0 ? .red : nil)
            }
        }
        table.colouredColumn = 4
        out.append(contentsOf: table.lines(width: width, colour: colour, indent: "  "))
        return out.joined(separator: "\n") + "\n"
    }

    /// The CSV's header row.
    static let csvHeader = [
        "Council", "Authority code", "Region", "Plan", "Report date", "Actions", "Percent complete",
        "Overdue",
        "Red", "Amber", "Green", "Blue", "None",
    ]

    /// A row per plan, council by council; dates `YYYY-MM-DD`, numbers plain.
    public func csv() -> String {
        var writer = CSVWriter()
        writer.append(NationalProgress.csvHeader)
        for row in rows {
            writer.append(
                [
                    row.council.name, row.council.code ?? "", row.council.region ?? "", row.name.rawValue,
                    row.reportDay.isoText, String(row.actions), String(row.percentComplete),
                    String(row.overdue),
                ] + RAG.allCases.map { String(row.count($0)) })
        }
        return writer.text
    }

    /// The report as one JSON document: `councils`, each with its `plans`, and a `summary`.
    public func json() -> String {
        ReportJSON.encode(Document(report: self))
    }

    private struct Document: Encodable {
        var report: NationalProgress

        private enum Keys: String, CodingKey { case report, asOf, scope, councils, summary, leftOut }
        private enum LeftOutKeys: String, CodingKey { case plan, reason, startDate }
        private enum CouncilKeys: String, CodingKey {
            case council, authorityCode, region, actions, overdue, plans
        }
        private enum PlanKeys: String, CodingKey {
            case name, reportDay, actions, percentComplete, overdue, rag
        }
        private enum SummaryKeys: String, CodingKey { case councils, plans, actions, overdue, rag }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode("national-progress", forKey: .report)
            try container.encode(report.asOf, forKey: .asOf)
            try container.encode(report.scope, forKey: .scope)
            var councils = container.nestedUnkeyedContainer(forKey: .councils)
            for group in report.councils {
                var council = councils.nestedContainer(keyedBy: CouncilKeys.self)
                try council.encode(group.council.name, forKey: .council)
                try council.encode(group.council.code, forKey: .authorityCode)
                try council.encode(group.council.region, forKey: .region)
                try council.encode(group.actions, forKey: .actions)
                try council.encode(group.overdue, forKey: .overdue)
                var plans = council.nestedUnkeyedContainer(forKey: .plans)
                for row in group.plans {
                    var plan = plans.nestedContainer(keyedBy: PlanKeys.self)
                    try plan.encode(row.name, forKey: .name)
                    try plan.encode(row.reportDay, forKey: .reportDay)
                    try plan.encode(row.actions, forKey: .actions)
                    try plan.encode(row.percentComplete, forKey: .percentComplete)
                    try plan.encode(row.overdue, forKey: .overdue)
                    try plan.encode(row.rag, forKey: .rag)
                }
            }
            var leftOut = container.nestedUnkeyedContainer(forKey: .leftOut)
            for plan in report.leftOut {
                var item = leftOut.nestedContainer(keyedBy: LeftOutKeys.self)
                try item.encode(plan.name, forKey: .plan)
                try item.encode(plan.reason, forKey: .reason)
                try item.encode(plan.startDate, forKey: .startDate)
            }
            var summary = container.nestedContainer(keyedBy: SummaryKeys.self, forKey: .summary)
            let rows = report.rows
            try summary.encode(report.councils.count, forKey: .councils)
            try summary.encode(rows.count, forKey: .plans)
            try summary.encode(rows.reduce(0) { $0 + $1.actions }, forKey: .actions)
            try summary.encode(rows.reduce(0) { $0 + $1.overdue }, forKey: .overdue)
            try summary.encode(report.ragCounts, forKey: .rag)
        }
    }
}
