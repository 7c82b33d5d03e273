extension OverdueReport {
    /// The report as aligned tables for a terminal `width` columns wide.
    func text(width: Int, colour: Bool) -> String {
        var out: [String] = [title]
        func say(_ line: String) { out.append(contentsOf: line.wrapped(to: width)) }
        out.append(contentsOf: planLines.flatMap { $0.wrapped(to: width) })
        out.append("")
        say("Summary of \(ReportWords.count(totalActions, "action")) by RAG")
        out.append(contentsOf: ReportWords.ragSummary(ragCounts, width: width, colour: colour))
        out.append("")
        say("Overdue: \(ReportWords.count(overdue.count, "action"))")
        if overdue.isEmpty {
            out.append("  None.")
        } else if byOwner {
            for group in ownerGroups {
                out.append("")
                out.append("  \(group.owner ?? "No owner") (\(group.actions.count))")
                out.append(
                    contentsOf: overdueTable(group.actions).lines(width: width, colour: colour, indent: "  "))
            }
        } else if showsPlan {
            // One table per plan, most overdue plan first: a Plan column would leave the action no room.
            for group in planGroups(overdue) {
                out.append("")
                out.append("  \(group.heading) (\(group.lines.count))")
                out.append(
                    contentsOf: overdueTable(group.lines, withPlan: false).lines(
                        width: width, colour: colour, indent: "  "))
            }
        } else {
            out.append(contentsOf: overdueTable(overdue).lines(width: width, colour: colour, indent: "  "))
        }
        out.append("")
        say("Ageing of overdue actions")
        var ageingTable = TextTable([
            TextTable.Column(heading: "Days overdue"), TextTable.Column(heading: "Actions", alignRight: true),
        ])
        for bucket in ageing { ageingTable.append([bucket.label, String(bucket.count)]) }
        out.append(contentsOf: ageingTable.lines(width: width, colour: colour, indent: "  "))
        out.append("")
        say("Due in the next \(policy.amberWindow) days: \(ReportWords.count(dueSoon.count, "action"))")
        out.append(contentsOf: shortList(dueSoon, width: width, colour: colour))
        out.append("")
        say("No due date: \(ReportWords.count(noDueDate.count, "open action"))")
        out.append(contentsOf: shortList(noDueDate, width: width, colour: colour))
        out.append("")
        say("No owner: \(ReportWords.count(noOwner.count, "open action"))")
        out.append(contentsOf: shortList(noOwner, width: width, colour: colour))
        return out.joined(separator: "\n") + "\n"
    }

    /// "Overdue actions as at 2013-03-01".
    var title: String { "Overdue actions as at \(asOf)" }

    private var planLines: [String] {
        plans.map { plan in
            let authority = plan.authority.map { " (\($0))" } ?? ""
            return "Plan \(plan.name)\(authority): \(ReportWords.count(plan.actionCount, "action")), "
                + "\(plan.overdueCount) overdue"
        }
    }

    private var showsPlan: Bool { plans.count > 1 }

    /// `lines` split by plan, keeping their order, each plan where its first line falls.
    private func planGroups(_ lines: [ActionLine]) -> [(heading: String, lines: [ActionLine])] {
        var authorities: [PlanName: String] = [:]
        for plan in plans { authorities[plan.name] = plan.authority }
        var order: [PlanName] = []
        var groups: [PlanName: [ActionLine]] = [:]
        for line in lines {
            if groups[line.plan] == nil { order.append(line.plan) }
            groups[line.plan, default: []].append(line)
        }
        return order.map { name in
            (authorities[name].map { "\($0): \(name)" } ?? name.description, groups[name] ?? [])
        }
    }

    private func overdueTable(_ lines: [ActionLine], withPlan: Bool? = nil) -> TextTable {
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
        for line in lines {
            var row = [
                line.action.id.description, line.shortAction, line.action.owner ?? "—",
                line.action.due?.isoText ?? "—", line.daysOverdue.map(String.init) ?? "",
                line.action.status.label, ReportWords.latestUpdate(line),
            ]
            if showsPlan { row.insert(line.plan.description, at: 0) }
            table.append(row, colour: ANSIColour(line.colour))
        }
        return table
    }

    private func shortList(_ lines: [ActionLine], width: Int, colour: Bool) -> [String] {
        guard !lines.isEmpty else { return ["  None."] }
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
        for line in lines {
            var row = [
                line.action.id.description, line.shortAction, line.action.owner ?? "—",
                line.action.due?.isoText ?? "—", ReportWords.rating(line.rating),
            ]
            if showsPlan { row.insert(line.plan.description, at: 0) }
            table.append(row, colour: ANSIColour(line.colour))
        }
        return table.lines(width: width, colour: colour, indent: "  ")
    }
}
