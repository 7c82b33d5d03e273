/// Actions of one or more plans rated on a day, as `list` and `show` print them: a table, JSON or CSV.
///
/// Made a plan at a time (``Part``), so a portfolio's plans can be read, cut down to the actions listed
/// and let go of one at a time, several at once.
public struct ActionListing: Sendable {
    /// One plan's listed actions.
    public struct Part: Sendable {
        /// The plan's name.
        public var name: PlanName
        /// The authority the plan's report names, if it does.
        public var authority: String?
        /// The plan's statement of action deadline, where its report's publication date is known.
        public var statementDue: CalendarDay?
        /// The actions listed, in plan order, as they stood on the day.
        public var lines: [ActionLine]
        /// The standing of each recommendation with several actions, by number.
        public var rollUps: [Int: RecommendationStanding] = [:]

        /// The actions of `plan` (as it stood on `day`) that `includes` keeps, rated under `policy`.
        public init(
            _ plan: ActionPlan, on day: CalendarDay, policy: RAGPolicy, including includes: (Action) -> Bool
        ) {
            name = plan.name
            authority = plan.source.authority
            statementDue = plan.source.statementDue
            // The plan's own statement deadline rates its undated actions.
            let policy = policy.applying(to: plan)
            lines = plan.actions.filter(includes).map { action in
                ActionLine(
                    plan: plan.name, action: action, recommendation: plan.recommendation(of: action), on: day,
                    policy: policy)
            }
            // Only a plan with more actions than recommendations has one with several.
            if plan.actions.count > plan.recommendations.count {
                for standing in plan.standings(on: day, policy: policy) where standing.actions.count > 1 {
                    rollUps[standing.recommendation.number] = standing
                }
            }
        }
    }

    /// The day the actions are rated on.
    public let asOf: CalendarDay
    /// The plans, in the order given.
    public let parts: [Part]

    /// A listing of `parts` on `asOf`.
    public init(parts: [Part], asOf: CalendarDay) {
        self.parts = parts
        self.asOf = asOf
    }

    /// The number of actions listed.
    public var count: Int { parts.reduce(0) { $0 + $1.lines.count } }

    /// The actions as one table `width` columns wide, with a Plan column when `showingPlan`; with
    /// `rollingUp`, a recommendation with several actions has a row above them, its status and RAG
    /// rolled up from theirs.
    public func table(showingPlan: Bool, rollingUp: Bool = false) -> TextTable {
        var columns = [
            TextTable.Column(heading: "ID", alignRight: true),
            TextTable.Column(heading: "Action", wraps: true, minimumWidth: 16, weight: 4),
            TextTable.Column(heading: "Owner", wraps: true, minimumWidth: 8),
            TextTable.Column(heading: "Due"),
            TextTable.Column(heading: "Status", wraps: true, minimumWidth: 11),
            TextTable.Column(heading: "RAG"),
        ]
        if showingPlan {
            columns.insert(TextTable.Column(heading: "Plan", wraps: true, minimumWidth: 8), at: 0)
        }
        var table = TextTable(columns)
        table.colouredColumn = columns.count - 1
        for part in parts {
            var shown = Set<Int>()
            for line in part.lines {
                let action = line.action
                if rollingUp, let standing = part.rollUps[action.recommendationNumber],
                    shown.insert(action.recommendationNumber).inserted
                {
                    var row = [
                        "Rec \(standing.recommendation.number)",
                        ("Recommendation: " + standing.recommendation.text).shortened(
                            to: ActionLine.shortLength),
                        "\(standing.actions.count) actions", "—", standing.status.label, standing.colour.word,
                    ]
                    if showingPlan { row.insert(part.name.rawValue, at: 0) }
                    table.append(row, rag: standing.colour)
                }
                var row = [
                    // An urgent recommendation's action is marked, so nobody reads it as routine.
                    action.id.description, (line.recommendation.urgent ? "Urgent: " : "") + line.shortAction,
                    action.owner ?? "—",
                    action.due?.writtenShort ?? "no due date", action.status.label, line.colour.word,
                ]
                if showingPlan { row.insert(part.name.rawValue, at: 0) }
                table.append(row, rag: line.colour)
            }
        }
        return table
    }

    /// The table of every plan's actions and their count, or a line saying none match.
    public func text(width: Int, colour: Bool) -> String {
        let count = count
        guard count > 0 else { return "No actions match.\n" }
        return table(showingPlan: true).text(width: width, colour: colour)
            + "\n\(ReportWords.count(count, "action")), as of \(asOf)\n"
    }

    /// The listing as one JSON document: the day, and each plan's actions as every report writes them.
    public func json() -> String {
        var writer = JSONWriter()
        writer.object { document in
            document.member("asOf", .string(asOf.isoText))
            document.member("plans")
            document.array { plans in
                for part in parts {
                    plans.element()
                    plans.object { plan in
                        plan.member("actions")
                        plan.array { actions in
                            for line in part.lines {
                                actions.element()
                                ReportJSON.write(line, to: &actions)
                            }
                        }
                        plan.member("authority", .optional(part.authority))
                        plan.member("name", .string(part.name.rawValue))
                        plan.member("statementDue", .optional(part.statementDue?.isoText))
                    }
                }
            }
        }
        return writer.text()
    }

    /// The listing as CSV for Excel: one row per action.
    public func csv() -> String {
        var writer = CSVWriter()
        writer.append(["Plan", "ID", "Action", "Owner", "Due", "Status", "RAG", "RAG reason"])
        for part in parts {
            for line in part.lines {
                let action = line.action
                writer.append([
                    part.name.rawValue, action.id.description, action.action, action.owner ?? "",
                    action.due?.isoText ?? "", action.status.label, line.colour.word, line.rating.reason,
                ])
            }
        }
        return writer.text
    }
}
