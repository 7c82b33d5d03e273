/// One plan at a glance, as `show PLAN` prints it: where it came from, then a row per action.
public struct PlanOverview: Sendable {
    /// The plan as it stood on the day.
    public let plan: ActionPlan
    /// Its actions, rated on the day.
    public let listing: ActionListing

    /// `plan` as it stood on `day`, rated under `policy`.
    public init(_ plan: ActionPlan, on day: CalendarDay, policy: RAGPolicy) {
        self.plan = plan
        listing = ActionListing(
            parts: [ActionListing.Part(plan, on: day, policy: policy, rollingUp: true) { _ in true }],
            asOf: day)
    }

    /// The plan's heading and its table of actions, `width` columns wide; a recommendation with several
    /// actions has a row above them, its status and RAG rolled up from theirs.
    public func text(width: Int, colour: Bool) -> String {
        var lines = [
            "\(plan.name): \(plan.source.authority ?? "authority not stated"), from \(plan.source.fileName)",
            "Timescales run from \(plan.startDate.written)."
                + (plan.source.statementDue.map { " Statement of action due \($0.written)." } ?? "")
                + " As at \(listing.asOf.written):",
            "",
        ]
        lines += listing.table(showingPlan: false, rollingUp: true).lines(width: width, colour: colour)
        if !plan.recommendations.isEmpty {
            lines += ["", "Themes of each recommendation, main first:"]
            lines += themeTable.lines(width: width, colour: false, indent: "  ")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A row per recommendation: its number (as its actions' IDs start) and its themes' titles.
    private var themeTable: TextTable {
        var table = TextTable([
            TextTable.Column(heading: "Rec", alignRight: true),
            TextTable.Column(heading: "Themes", wraps: true, minimumWidth: 20),
        ])
        for recommendation in plan.recommendations {
            table.append([
                String(recommendation.number),
                recommendation.themeList.map(\.title).joined(separator: "; "),
            ])
        }
        return table
    }

    /// The plan as one JSON document: where it came from, and its actions as every report writes them.
    public func json() -> String {
        ReportJSON.encode(Document(overview: self))
    }

    private struct Document: Encodable {
        var overview: PlanOverview

        private enum Keys: String, CodingKey {
            case name, asOf, authority, source, startDate, published, statementDue, recommendations, actions
        }

        func encode(to encoder: any Encoder) throws {
            let plan = overview.plan
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(plan.name, forKey: .name)
            try container.encode(overview.listing.asOf, forKey: .asOf)
            try container.encode(plan.source.authority, forKey: .authority)
            try container.encode(plan.source.fileName, forKey: .source)
            try container.encode(plan.startDate, forKey: .startDate)
            try container.encode(plan.source.published, forKey: .published)
            try container.encode(plan.source.statementDue, forKey: .statementDue)
            let policy = overview.listing.parts.first?.lines.first?.policy ?? RAGPolicy()
            try container.encode(
                plan.standings(on: overview.listing.asOf, policy: policy), forKey: .recommendations)
            try container.encode(
                overview.listing.parts.flatMap(\.lines).map(ReportJSON.ActionObject.init), forKey: .actions)
        }
    }
}
