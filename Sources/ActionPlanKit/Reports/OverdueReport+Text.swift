extension OverdueReport {
    /// The report as aligned tables for a terminal `width` columns wide.
    func text(width: Int, colour: Bool) -> String { textOutput(width: width, colour: colour).text }

    /// ``text(width:colour:)`` as runs of UTF-8, in order, as the parts were laid out.
    func textUTF8(width: Int, colour: Bool) -> [[UInt8]] { textOutput(width: width, colour: colour).runs }

    private func textOutput(width: Int, colour: Bool) -> TextOutput {
        // The long lists are laid out in parts on every core, which the output keeps as they are.
        var out = TextOutput(capacity: 1 << 16)
        if let council = header.council { out.wrapped(council, width: width) }
        out.line(title)
        var headerRows = header
        headerRows.council = nil
        if !headerRows.rows.isEmpty {
            out.blank()
            for line in headerRows.textLines(width: width) { out.line(line) }
            out.blank()
        }
        // A national portfolio lists thousands of plans; their lines are laid out several runs at once.
        // Plans of several councils are listed under their councils.
        let headings = plans
        let naming = showsPlan
        let grouped = spansCouncils ? councilPlanLines : []
        let count = spansCouncils ? grouped.count : headings.count
        let runs = chunks(of: count, into: count / 512 + 1)
        out.appendConcurrently(runs.count) { run, part in
            part.reserveCapacity(128 * runs[run].count)
            for index in runs[run] {
                if grouped.isEmpty {
                    part.wrapped(OverdueReport.planLine(headings[index], naming: naming), width: width)
                } else {
                    part.wrapped(grouped[index], width: width)
                }
            }
        }
        for plan in leftOut { out.wrapped(plan.sentence, width: width) }
        out.blank()
        out.wrapped("Summary of \(ReportWords.count(totalActions, "action")) by RAG", width: width)
        ReportWords.ragSummary(ragCounts).write(to: &out, width: width, colour: colour, indent: "  ")
        out.blank()
        out.wrapped("Overdue: \(ReportWords.count(overdue.count, "action"))", width: width)
        if overdue.isEmpty {
            out.line("  None.")
        } else if byOwner {
            let groups = ownerGroups
            out.appendConcurrently(groups.count) { index, part in
                part.blank()
                part.lines(
                    ownerHeading(groups[index]).wrapped(to: width, indent: "  ", hangingIndent: "    "))
                overdueTable(groups[index].actions, Array(groups[index].actions.indices)).write(
                    to: &part, width: width, colour: colour, indent: "  ")
            }
        } else if showsPlan {
            // One table per plan, most overdue plan first: a Plan column would leave the action no room.
            let groups = planGroups()
            out.appendConcurrently(groups.count) { index, part in
                // A row is rarely more than five lines of a hundred characters.
                part.reserveCapacity(600 * (groups[index].lines.count + 3))
                part.blank()
                part.line("  \(groups[index].heading) (\(groups[index].lines.count))")
                overdueTable(overdue, groups[index].lines, withPlan: false).write(
                    to: &part, width: width, colour: colour, indent: "  ")
            }
        } else {
            overdueTable(overdue, Array(overdue.indices)).write(
                to: &out, width: width, colour: colour, indent: "  ")
        }
        if byOwner { writeReturns(to: &out, width: width, colour: colour) }
        if !undatedPastDeadline.isEmpty {
            out.blank()
            out.wrapped(
                "No due date set by the statement deadline: "
                    + ReportWords.count(undatedPastDeadline.count, "open action"),
                width: width)
            shortList(undatedPastDeadline, to: &out, width: width, colour: colour)
        }
        // With nothing overdue, a table of zeros says nothing the line "Overdue: 0 actions" has not.
        if !overdue.isEmpty {
            out.blank()
            out.wrapped("Ageing of overdue actions", width: width)
            var ageingTable = TextTable([
                TextTable.Column(heading: "Days overdue"),
                TextTable.Column(heading: "Actions", alignRight: true),
            ])
            for bucket in ageing { ageingTable.append([bucket.label, String(bucket.count)]) }
            ageingTable.write(to: &out, width: width, colour: colour, indent: "  ")
        }
        out.blank()
        out.wrapped(
            "Due in the next \(policy.amberWindow) days: \(ReportWords.count(dueSoon.count, "action"))",
            width: width)
        shortList(dueSoon, to: &out, width: width, colour: colour)
        out.blank()
        out.wrapped("No due date: \(ReportWords.count(noDueDate.count, "open action"))", width: width)
        shortList(noDueDate, to: &out, width: width, colour: colour)
        out.blank()
        out.wrapped("No owner: \(ReportWords.count(noOwner.count, "open action"))", width: width)
        shortList(noOwner, to: &out, width: width, colour: colour)
        return out
    }

    /// "Overdue actions as at 1 March 2013".
    public var title: String { "Overdue actions as at \(asOf.written)" }

    /// "Dudley Metropolitan Borough Council: 13 actions, 4 overdue"; the plan's name is added when a
    /// report covers several plans (a council may have two), and stands alone when no council is named.
    private static func planLine(_ plan: PlanHeading, naming: Bool) -> String {
        let who =
            switch (plan.authority, naming) {
            case (let authority?, false): authority
            case (let authority?, true): "\(authority) (\(plan.name))"
            case (nil, _): "Plan \(plan.name)"
            }
        return "\(who): \(ReportWords.count(plan.actionCount, "action")), \(plan.overdueCount) overdue"
    }

    private var showsPlan: Bool { plans.count > 1 }

    /// The overdue lines split by plan, as indices into ``overdue``, each plan where its first line falls;
    /// over several councils, a council's plans follow one another, the council where its first line falls.
    private func planGroups() -> [(heading: String, lines: [Int])] {
        var groupOfPlan = [Int?](repeating: nil, count: plans.count)
        var groups: [(heading: String, lines: [Int], council: Int)] = []
        var councilRank: [String: Int] = [:]
        let byCouncil = spansCouncils
        for (index, planIndex) in overduePlans.enumerated() {
            if let group = groupOfPlan[planIndex] {
                groups[group].lines.append(index)
            } else {
                groupOfPlan[planIndex] = groups.count
                let plan = plans[planIndex]
                let rank = councilRank[plan.council.key] ?? councilRank.count
                councilRank[plan.council.key] = rank
                let heading =
                    byCouncil
                    ? "\(plan.council.name): \(plan.name)"
                    : plan.authority.map { "\($0): \(plan.name)" } ?? plan.name.description
                groups.append((heading, [index], byCouncil ? rank : 0))
            }
        }
        // A stable sort: within a council, plans stay most overdue first.
        return groups.enumerated().sorted {
            ($0.element.council, $0.offset) < ($1.element.council, $1.offset)
        }
        .map { ($0.element.heading, $0.element.lines) }
    }

    /// The table of `lines[shown]`, in that order.
    private func overdueTable(_ lines: [ActionLine], _ shown: [Int], withPlan: Bool? = nil) -> TextTable {
        let showsPlan = withPlan ?? self.showsPlan
        var columns = [
            TextTable.Column(heading: "ID", alignRight: true),
            TextTable.Column(heading: "Action", wraps: true, minimumWidth: 16, weight: 4),
            TextTable.Column(heading: "Owner", wraps: true, minimumWidth: 8),
            TextTable.Column(heading: "Due"), TextTable.Column(heading: "Days", alignRight: true),
            TextTable.Column(heading: "Status", wraps: true, minimumWidth: 11, dropOrder: 2),
            TextTable.Column(
                heading: "Latest update", wraps: true, minimumWidth: 10, weight: 3, dropOrder: 1),
        ]
        if showsPlan {
            columns.insert(TextTable.Column(heading: "Plan", wraps: true, minimumWidth: 8), at: 0)
        }
        var table = TextTable(columns)
        table.colouredColumn = showsPlan ? 5 : 4
        table.append(rowsFor: shown) { index, cells in
            let line = lines[index]
            OverdueReport.leadingCells(of: line, withPlan: showsPlan, to: &cells)
            cells.cell(line.daysOverdue.map(String.init) ?? "")
            cells.cell(line.action.status.label)
            cells.cell(latestUpdateOf: line)
            return ANSIColour(line.colour)
        }
        return table
    }

    /// The cells every table of actions starts with: the plan (when shown), the ID, the action cut short,
    /// the owner and the due date.
    ///
    /// Each field is read from the line in place: an `Action` passed along would be copied whole.
    private static func leadingCells(of line: ActionLine, withPlan: Bool, to cells: inout TextCells) {
        if withPlan { cells.cell(line.plan.description) }
        cells.cell(line.action.id.description)
        if line.recommendation.urgent {
            cells.cell(shortening: "Urgent: " + line.action.action, to: ActionLine.shortLength)
        } else {
            cells.cell(shortening: line.action.action, to: ActionLine.shortLength)
        }
        cells.cell(line.action.owner ?? "—")
        cells.cell(dayOrDash: line.action.due)
    }

    private func shortList(_ lines: [ActionLine], to out: inout TextOutput, width: Int, colour: Bool) {
        guard !lines.isEmpty else {
            out.line("  None.")
            return
        }
        var columns = [
            TextTable.Column(heading: "ID", alignRight: true),
            TextTable.Column(heading: "Action", wraps: true, minimumWidth: 16, weight: 4),
            TextTable.Column(heading: "Owner", wraps: true, minimumWidth: 8),
            TextTable.Column(heading: "Due"),
            TextTable.Column(heading: "RAG", wraps: true, minimumWidth: 10, weight: 2),
        ]
        if showsPlan {
            columns.insert(TextTable.Column(heading: "Plan", wraps: true, minimumWidth: 8), at: 0)
        }
        var table = TextTable(columns)
        table.colouredColumn = columns.count - 1
        let showsPlan = showsPlan
        table.append(rowsFor: lines) { line, cells in
            OverdueReport.leadingCells(of: line, withPlan: showsPlan, to: &cells)
            cells.cell(ReportWords.rating(line.rating))
            return ANSIColour(line.colour)
        }
        table.write(to: &out, width: width, colour: colour, indent: "  ")
    }
}
