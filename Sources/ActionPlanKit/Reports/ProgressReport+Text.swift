extension ProgressReport {
    /// The report as text for a terminal `width` columns wide.
    func text(width: Int, colour: Bool) -> String {
        var out: [String] = []
        func say(_ line: String) { out.append(contentsOf: line.wrapped(to: width)) }
        if let council = header.council { say(council) }
        say(title)
        var headerRows = header
        headerRows.council = nil
        if !headerRows.rows.isEmpty {
            out.append("")
            out.append(contentsOf: headerRows.textLines(width: width))
        }
        out.append("")
        say(inspectionLine)
        say("Timescales run from \(plan.startDate.written).")
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
        for section in sections {
            if let name = section.name {
                out.append("")
                say(name)
            }
            for group in section.groups {
                out.append("")
                // With several actions, the recommendation's own standing is rolled up from theirs.
                let rolledUp =
                    group.actions.count > 1
                    ? "; overall \(group.standing.status.label), \(ReportWords.ragWord(group.standing.colour))"
                    : ""
                say(
                    "\(group.heading); \(ReportWords.count(group.actions.count, "action")), "
                        + "\(group.percentComplete)% complete" + rolledUp)
                let urgency = group.recommendation.urgent ? "Urgent: " : ""
                out.append(
                    contentsOf: (urgency + group.recommendationText).wrapped(to: width - 2).map { "  " + $0 })
                if let lead = group.recommendation.lead { say("  The report names \(lead) to lead.") }
                if !group.themes.isEmpty {
                    out.append(
                        contentsOf: "Themes: \(group.themeTitles)".wrapped(to: width - 2).map { "  " + $0 })
                }
                for line in group.repeatLines {
                    out.append(contentsOf: line.wrapped(to: width - 2).map { "  " + $0 })
                }
                guard !group.actions.isEmpty else {
                    out.append("  No action planned yet.")
                    continue
                }
                out.append(
                    contentsOf: actionTable(group.actions).lines(width: width, colour: colour, indent: "  "))
            }
        }
        if searchedEarlier {
            out.append("")
            say(repeatsHeading)
            out.append(contentsOf: repeatsIntro.wrapped(to: width - 2).map { "  " + $0 })
            if repeatLines.isEmpty { out.append("  None.") }
            for line in repeatLines {
                let lines = line.wrapped(to: max(width - 4, 20))
                out.append("  " + lines[0])
                out.append(contentsOf: lines.dropFirst().map { "    " + $0 })
            }
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

    /// The table of a recommendation's actions with their progress: the latest note and its date.
    private func actionTable(_ lines: [ActionLine]) -> TextTable {
        var table = TextTable([
            TextTable.Column(heading: "ID", alignRight: true),
            // On a narrow terminal the measure, status, cost and then owner give way to the progress.
            TextTable.Column(heading: "Action", wraps: true, minimumWidth: 14, weight: 4),
            TextTable.Column(heading: "Owner", wraps: true, minimumWidth: 8, dropOrder: 4),
            TextTable.Column(heading: "Due"),
            TextTable.Column(heading: "Status", wraps: true, minimumWidth: 7, dropOrder: 2),
            TextTable.Column(heading: "RAG", wraps: true, minimumWidth: 10, weight: 2),
            TextTable.Column(heading: "Progress", wraps: true, minimumWidth: 10, weight: 3),
            TextTable.Column(heading: "Measure", wraps: true, minimumWidth: 10, weight: 2, dropOrder: 1),
        ])
        if hasCosts {
            table.columns.append(TextTable.Column(heading: "Cost", alignRight: true, dropOrder: 3))
        }
        table.colouredColumn = 5
        for line in lines {
            let action = line.action
            table.append(
                [
                    action.id.description, line.actionUnderRecommendation, action.owner ?? "—",
                    action.due?.writtenShort ?? "—",
                    action.status.label, ReportWords.rating(line.rating), ReportWords.progress(line) ?? "—",
                    action.measure ?? "—",
                ] + (hasCosts ? [action.cost?.formatted ?? ""] : []), colour: ANSIColour(line.colour))
        }
        return table
    }
}
