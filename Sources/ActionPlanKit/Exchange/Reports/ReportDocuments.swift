import Foundation

/// The pieces the Word papers share: the header block, the RAG tables and the action tables.
enum ReportDocumentParts {
    typealias Run = WordDocument.Run
    typealias Cell = WordDocument.Cell

    /// The head of a paper, as every format prints it: the council, the paper's title, then the
    /// header's labelled rows ("Report to", "Date of meeting", "Report of", "Ofsted report").
    static func head(_ header: PaperHeader, title: String) -> [WordDocument.Block] {
        var blocks: [WordDocument.Block] = []
        if let council = header.council { blocks.append(.paragraph([Run(council, bold: true)])) }
        blocks.append(.heading(title, level: 0))
        for row in header.rows {
            blocks.append(.paragraph([Run("\(row.label): ", bold: true), Run(row.value)]))
        }
        return blocks
    }

    /// The RAG summary as a table: each colour's cell filled, its count and share.
    static func ragTable(_ counts: [RAGCount]) -> WordDocument.Table {
        WordDocument.Table(
            headers: ["RAG", "Actions", "Share"], widths: [2, 1, 1],
            rows: counts.map { count in
                .cells([
                    .rag(count.rag, word: ReportWords.ragWord(count.rag), reason: nil),
                    Cell(String(count.count)),
                    Cell("\(count.percentage)%"),
                ])
            })
    }

    /// The chart of RAG by timescale as a table: one row per timescale, one column per colour.
    static func chartTable(_ byTimescale: [Timescale: [RAG: Int]]) -> WordDocument.Table {
        let timescales = byTimescale.keys.sorted { $0.urgency < $1.urgency }
        return WordDocument.Table(
            headers: ["Timescale"] + RAG.allCases.map(ReportWords.ragWord), widths: [4, 1, 1, 1, 1, 1],
            rows: timescales.map { timescale in
                .cells(
                    [Cell(ReportWords.timescale(timescale))]
                        + RAG.allCases.map { Cell(String(byTimescale[timescale]?[$0] ?? 0)) })
            })
    }

    /// The progress commentary of a line: its latest note and the day it was made.
    static func commentary(_ line: ActionLine) -> Cell {
        guard let note = line.latestNote else { return Cell("") }
        return Cell(runs: [Run(note)] + (line.latestNoteOn.map { [Run("\n(\($0.written))")] } ?? []))
    }

    static func rag(_ line: ActionLine) -> Cell {
        .rag(line.colour, word: ReportWords.ragWord(line.colour), reason: ReportWords.reason(line.rating))
    }
}

extension ProgressReport {
    /// The report as a Word document: the same content as the HTML paper, A4 landscape.
    public func wordDocument() -> WordDocument {
        typealias Run = WordDocument.Run
        typealias Cell = WordDocument.Cell
        var blocks = ReportDocumentParts.head(header, title: title)
        blocks.append(.paragraph([Run(inspectionLine)]))
        var summary = [
            Run("Timescales run from \(plan.startDate.written). "),
            Run("\(percentComplete)% complete", bold: true),
            Run(" (completed or signed off, leaving out dropped actions)."),
        ]
        if hasCosts {
            summary += [
                Run(" Total cost "), Run(totalCost.formatted, bold: true),
                Run(" across \(ReportWords.count(costedActions, "costed action"))."),
            ]
        }
        blocks.append(.paragraph(summary))
        blocks.append(.heading("Judgements", level: 1))
        if plan.source.judgements.isEmpty {
            blocks.append(.paragraph([Run("None recorded.")]))
        } else {
            blocks.append(
                .table(
                    WordDocument.Table(
                        headers: ["Area", "Grade"], widths: [3, 1],
                        rows: plan.source.judgements.map { .cells([Cell($0.area), Cell($0.grade)]) })))
        }
        blocks.append(
            .heading("Summary of \(ReportWords.count(plan.actions.count, "action")) by RAG", level: 1))
        blocks.append(.table(ReportDocumentParts.ragTable(ragCounts)))
        blocks.append(.heading("RAG by timescale", level: 2))
        blocks.append(.table(ReportDocumentParts.chartTable(ragByTimescale)))
        var headers = ["ID", "Action", "Owner", "Due", "Status", "RAG", "Progress", "Success measure"]
        var widths = [1, 6, 3, 2, 3, 3, 5, 4]
        if hasCosts {
            headers.append("Cost")
            widths.append(2)
        }
        for group in groups {
            blocks.append(.heading(group.heading, level: 1))
            blocks.append(
                .paragraph([
                    Run(
                        "\(ReportWords.count(group.actions.count, "action")), \(group.percentComplete)% complete."
                    )
                ]))
            if !group.themes.isEmpty {
                blocks.append(.paragraph([Run("Themes: ", bold: true), Run(group.themeTitles)]))
            }
            for line in group.repeatLines { blocks.append(.paragraph([Run(line)])) }
            var rows: [WordDocument.Row] = []
            var shown: Int?
            for line in group.actions {
                let action = line.action
                // Actions sit under their recommendation, named once above them.
                if shown != action.recommendationNumber {
                    shown = action.recommendationNumber
                    rows.append(
                        .banner([
                            Run("Recommendation \(line.recommendation.reportNumber): ", bold: true),
                            Run(line.recommendation.text),
                        ]))
                }
                var cells = [
                    Cell(action.id.description), Cell(action.action), Cell(action.owner ?? "no owner"),
                    Cell(action.due?.written ?? "no due date"), Cell(action.status.label),
                    ReportDocumentParts.rag(line), ReportDocumentParts.commentary(line),
                    Cell(action.measure ?? "none set"),
                ]
                if hasCosts { cells.append(Cell(action.cost?.formatted ?? "")) }
                rows.append(.cells(cells))
            }
            blocks.append(.table(WordDocument.Table(headers: headers, widths: widths, rows: rows)))
        }
        if searchedEarlier {
            blocks.append(.heading(repeatsHeading, level: 1))
            blocks.append(.paragraph([Run(repeatsIntro)]))
            blocks += (repeatLines.isEmpty ? ["None."] : repeatLines).map { .paragraph([Run($0)]) }
        }
        blocks.append(.heading("\(changesHeading): \(ReportWords.count(changes.count, "change"))", level: 1))
        if changes.isEmpty {
            blocks.append(.paragraph([Run("None.")]))
        } else {
            blocks.append(
                .table(
                    WordDocument.Table(
                        headers: ["Date", "Action", "By", "What changed", "Note"], widths: [2, 1, 2, 6, 5],
                        rows: changes.map { change in
                            var what = [Run(change.whatWritten.joined(separator: "; "))]
                            if let reason = change.reason { what.append(Run("\nReason: \(reason)")) }
                            return .cells([
                                Cell(change.on.written), Cell(change.id.description), Cell(change.by),
                                Cell(runs: what), Cell(change.note ?? ""),
                            ])
                        })))
        }
        blocks.append(
            .paragraph([Run("Produced by actionplan. Each RAG rating is shown by colour and word.")]))
        return WordDocument(title: header.title(of: title), blocks: blocks)
    }
}

extension OverdueReport {
    /// The report as a Word document: the same content as the HTML paper, A4 landscape.
    public func wordDocument() -> WordDocument {
        typealias Run = WordDocument.Run
        typealias Cell = WordDocument.Cell
        var blocks = ReportDocumentParts.head(header, title: title)
        for plan in plans {
            let council = plan.authority.map { "\($0): " } ?? ""
            blocks.append(
                .paragraph([
                    Run(council, bold: true),
                    Run(
                        "\(plan.name), \(ReportWords.count(plan.actionCount, "action")), \(plan.overdueCount) overdue"
                    ),
                ]))
        }
        blocks.append(.heading("Summary of \(ReportWords.count(totalActions, "action")) by RAG", level: 1))
        blocks.append(.table(ReportDocumentParts.ragTable(ragCounts)))
        blocks.append(.heading("RAG by timescale", level: 2))
        blocks.append(.table(ReportDocumentParts.chartTable(ragByTimescale)))
        blocks.append(.heading("Overdue: \(ReportWords.count(overdue.count, "action"))", level: 1))
        if !overdue.isEmpty {
            blocks.append(
                .table(
                    WordDocument.Table(
                        headers: ["Days overdue", "Actions"], widths: [1, 1],
                        rows: ageing.map { .cells([Cell($0.label), Cell(String($0.count))]) })))
        }
        let headers = ["Plan", "ID", "Action", "Owner", "Due", "Days overdue", "Status", "RAG", "Progress"]
        let widths = [3, 1, 6, 3, 2, 2, 3, 3, 5]
        func row(_ line: ActionLine) -> WordDocument.Row {
            let action = line.action
            return .cells([
                Cell(line.plan.rawValue), Cell(action.id.description), Cell(action.action),
                Cell(action.owner ?? "no owner"), Cell(action.due?.written ?? "no due date"),
                Cell(line.daysOverdue.map(String.init) ?? ""), Cell(action.status.label),
                ReportDocumentParts.rag(line), ReportDocumentParts.commentary(line),
            ])
        }
        func table(_ lines: [ActionLine]) -> WordDocument.Block {
            .table(WordDocument.Table(headers: headers, widths: widths, rows: lines.map(row)))
        }
        if byOwner {
            var rows: [WordDocument.Row] = []
            for group in ownerGroups {
                rows.append(.banner([Run(ownerHeading(group), bold: true)]))
                rows += group.actions.map(row)
            }
            if !rows.isEmpty {
                blocks.append(.table(WordDocument.Table(headers: headers, widths: widths, rows: rows)))
            }
        } else if !overdue.isEmpty {
            blocks.append(table(overdue))
        }
        for (heading, lines) in [
            ("Due in the next \(policy.amberWindow) days", dueSoon), ("No due date", noDueDate),
            ("No owner", noOwner),
        ] {
            blocks.append(.heading("\(heading): \(ReportWords.count(lines.count, "action"))", level: 1))
            if !lines.isEmpty { blocks.append(table(lines)) }
        }
        blocks.append(
            .paragraph([Run("Produced by actionplan. Each RAG rating is shown by colour and word.")]))
        return WordDocument(title: header.title(of: title), blocks: blocks)
    }
}
