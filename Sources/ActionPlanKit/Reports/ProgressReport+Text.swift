extension ProgressReport {
    /// The report as text for a terminal `width` columns wide.
    func text(width: Int, colour: Bool) -> String {
        var out: [String] = [title]
        func say(_ line: String) { out.append(contentsOf: line.wrapped(to: width)) }
        out.append(contentsOf: ReportWords.sourceLines(plan).flatMap { $0.wrapped(to: width) })
        out.append("")
        if !plan.source.judgements.isEmpty {
            say("Judgements")
            var judgements = TextTable([
                TextTable.Column(heading: "Area", wraps: true, minimumWidth: 20, weight: 2),
                TextTable.Column(heading: "Grade", wraps: true, minimumWidth: 12),
            ])
            for judgement in plan.source.judgements { judgements.append([judgement.area, judgement.grade]) }
            out.append(contentsOf: judgements.lines(width: width, colour: colour, indent: "  "))
            out.append("")
        }
        say("Summary of \(ReportWords.count(plan.actions.count, "action")) by RAG")
        out.append(
            contentsOf: ReportWords.ragSummary(ragCounts).lines(width: width, colour: colour, indent: "  "))
        out.append("")
        say("\(percentComplete)% complete (completed or signed off, leaving out dropped actions)")
        if hasCosts {
            say(
                "Total cost \(totalCost.formatted) across \(ReportWords.count(costedActions, "costed action"))"
            )
        }
        for group in groups {
            out.append("")
            say(
                "\(group.heading): \(ReportWords.count(group.actions.count, "action")), "
                    + "\(group.percentComplete)% complete")
            var table = TextTable([
                TextTable.Column(heading: "ID", alignRight: true),
                TextTable.Column(heading: "Action", wraps: true, minimumWidth: 16, weight: 5),
                TextTable.Column(heading: "Owner", wraps: true, minimumWidth: 8),
                TextTable.Column(heading: "Due"),
                TextTable.Column(heading: "Status", wraps: true, minimumWidth: 7, dropOrder: 2),
                TextTable.Column(heading: "RAG", wraps: true, minimumWidth: 10, weight: 2),
                TextTable.Column(heading: "Measure", wraps: true, minimumWidth: 10, weight: 2, dropOrder: 1),
            ])
            if hasCosts {
                table.columns.append(TextTable.Column(heading: "Cost", alignRight: true, dropOrder: 3))
            }
            table.colouredColumn = 5
            for line in group.actions {
                let action = line.action
                table.append(
                    [
                        action.id.description, action.action, action.owner ?? "—",
                        action.due?.writtenShort ?? "—",
                        action.status.label, ReportWords.rating(line.rating), action.measure ?? "—",
                    ] + (hasCosts ? [action.cost?.formatted ?? ""] : []), colour: ANSIColour(line.colour))
            }
            out.append(contentsOf: table.lines(width: width, colour: colour, indent: "  "))
        }
        out.append("")
        say("\(changesHeading): \(ReportWords.count(changes.count, "change"))")
        if changes.isEmpty { out.append("  None.") }
        for change in changes {
            // A written date has no fixed width, so each change starts a paragraph with a hanging indent.
            let lines = ("\(change.on.written), action \(change.id), " + ReportWords.changeSummary(change))
                .wrapped(to: max(width - 4, 20))
            out.append("  " + lines[0])
            out.append(contentsOf: lines.dropFirst().map { "    " + $0 })
        }
        return out.joined(separator: "\n") + "\n"
    }
}
