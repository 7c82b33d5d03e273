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
        /// The standing of each recommendation with several actions, by number, when the part was
        /// made for rolling up (see ``ActionListing/table(showingPlan:rollingUp:)``); empty otherwise.
        public var rollUps: [Int: RecommendationStanding] = [:]

        /// The actions of `plan` (as it stood on `day`) that `includes` keeps, rated under `policy`;
        /// with `rollingUp`, the standings of its recommendations with several actions too.
        public init(
            _ plan: ActionPlan, on day: CalendarDay, policy: RAGPolicy, rollingUp: Bool = false,
            including includes: (Action) -> Bool
        ) {
            name = plan.name
            authority = plan.source.authority
            statementDue = plan.source.statementDue
            // The plan's own statement deadline rates its undated actions.
            let policy = policy.applying(to: plan)
            // A listing shows no history, only each action's latest note, which its line keeps.
            lines = plan.actions.filter(includes).map { action in
                ActionLine(
                    plan: plan.name, action: action, recommendation: plan.recommendation(of: action), on: day,
                    policy: policy, colour: policy.colour(of: action, on: day),
                    daysOverdue: policy.daysOverdue(action, on: day), keepingHistory: false)
            }
            // Only a plan with more actions than recommendations has one with several.
            if rollingUp && plan.actions.count > plan.recommendations.count {
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
    /// rolled up from theirs. The rows of a long listing are made on every core.
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
        // Each row is a line of a part, or the roll-up row above a recommendation's first line.
        var rows: [(part: Int, line: Int, rollUp: Bool)] = []
        for (partIndex, part) in parts.enumerated() {
            var shown = Set<Int>()
            for (lineIndex, line) in part.lines.enumerated() {
                let number = line.action.recommendationNumber
                if rollingUp, part.rollUps[number] != nil, shown.insert(number).inserted {
                    rows.append((partIndex, lineIndex, true))
                }
                rows.append((partIndex, lineIndex, false))
            }
        }
        let parts = parts
        table.append(rowsFor: rows) { row, cells in
            let part = parts[row.part]
            if showingPlan { cells.cell(part.name.rawValue) }
            let line = part.lines[row.line]
            if row.rollUp, let standing = part.rollUps[line.action.recommendationNumber] {
                cells.cell("Rec \(standing.recommendation.number)")
                cells.cell(
                    ("Recommendation: " + standing.recommendation.text).shortened(to: ActionLine.shortLength))
                cells.cell("\(standing.actions.count) actions")
                cells.cell("—")
                cells.cell(standing.status.label)
                cells.cell(standing.colour.word)
                return ANSIColour(standing.colour)
            }
            let action = line.action
            cells.cell(action.id.description)
            // An urgent recommendation's action is marked, so nobody reads it as routine; the action
            // is cut as ``ActionLine/shortAction`` cuts it, straight into the cell.
            if line.recommendation.urgent { cells.write("Urgent: ") }
            cells.cell(shortening: action.action, to: ActionLine.shortLength)
            cells.cell(action.owner ?? "—")
            cells.cell(action.due?.writtenShort ?? line.policy.undatedDueWords(action))
            cells.cell(action.status.label)
            cells.cell(line.colour.word)
            return ANSIColour(line.colour)
        }
        return table
    }

    /// The table of every plan's actions and their count, or a line saying none match.
    public func text(width: Int, colour: Bool) -> String {
        String(decoding: textUTF8(width: width, colour: colour).joined(), as: UTF8.self)
    }

    /// ``text(width:colour:)`` as runs of UTF-8 that follow one another, laid out on every core and
    /// never copied into one buffer.
    public func textUTF8(width: Int, colour: Bool) -> [[UInt8]] {
        var runs: [[UInt8]] = []
        writeText(width: width, colour: colour) { runs.append($0) }
        return runs
    }

    /// Hands ``text(width:colour:)`` to `sink` as runs of UTF-8 that follow one another, a stretch of
    /// rows at a time as they are laid out (on every core), so a portfolio's table is never held whole.
    public func writeText(width: Int, colour: Bool, to sink: ([UInt8]) -> Void) {
        let count = count
        guard count > 0 else { return sink(Array("No actions match.\n".utf8)) }
        var output = TextOutput()
        table(showingPlan: true).write(to: &output, width: width, colour: colour) { $0.flush(to: sink) }
        output.blank()
        output.line("\(ReportWords.count(count, "action")), as of \(asOf)")
        output.flush(to: sink)
    }

    /// The listing as one JSON document: the day, and each plan's actions as every report writes them.
    public func json() -> String {
        var runs: [[UInt8]] = []
        writeJSON { runs.append($0) }
        return String(decoding: runs.joined(), as: UTF8.self)
    }

    /// Hands ``json()`` to `sink` as runs of UTF-8 that follow one another: the plans are written a
    /// few hundred at a time, each on one of the cores, and handed over as they were written.
    public func writeJSON(to sink: ([UInt8]) -> Void) {
        var writer = JSONWriter()
        writer.object { document in
            document.member("asOf", .day(asOf))
            document.member("plans")
            document.array { plans in
                let parts = parts
                for stretch in chunks(of: parts.count, into: (parts.count + 255) / 256) {
                    let written = JSONWriter.concurrently(
                        stretch.count, startingFrom: plans.writerForNextValue
                    ) {
                        index, plan in
                        let part = parts[stretch.lowerBound + index]
                        plan.object { plan in
                            plan.member("actions")
                            plan.array { actions in
                                for line in part.lines {
                                    actions.element()
                                    ReportJSON.write(line, to: &actions)
                                }
                            }
                            plan.member("authority", .optional(part.authority))
                            plan.member("name", .string(part.name.rawValue))
                            plan.member("statementDue", .optional(part.statementDue))
                        }
                    }
                    for part in written { plans.append(part: part) }
                    plans.flush(to: sink)
                }
            }
        }
        for run in writer.utf8() { sink(run) }
    }

    /// The listing as CSV for Excel: one row per action.
    public func csv() -> String {
        String(decoding: csvUTF8().joined(), as: UTF8.self)
    }

    /// ``csv()`` as runs of UTF-8 that follow one another: the header, then the rows a stretch at a
    /// time, the stretches written on several cores.
    public func csvUTF8() -> [[UInt8]] {
        var header = CSVWriter()
        header.append(["Plan", "ID", "Action", "Owner", "Due", "Status", "RAG", "RAG reason"])
        let parts = parts
        let rows = parts.indices.flatMap { part in parts[part].lines.indices.map { (part, $0) } }
        let stretches = chunks(of: rows.count, into: (rows.count + 999) / 1000)
        return [header.bytes]
            + concurrentMap(stretches.count) { stretch in
                var writer = CSVWriter(byteOrderMark: false)
                for (part, index) in rows[stretches[stretch]] {
                    let line = parts[part].lines[index]
                    let action = line.action
                    writer.append([
                        parts[part].name.rawValue, action.id.description, action.action, action.owner ?? "",
                        action.due?.isoText ?? "", action.status.label, line.colour.word, line.rating.reason,
                    ])
                }
                return writer.bytes
            }
    }
}
