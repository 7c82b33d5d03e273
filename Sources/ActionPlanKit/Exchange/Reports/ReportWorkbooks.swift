import Foundation

/// The cells every report workbook writes for one action line, so the overdue and progress workbooks agree.
enum ReportWorkbookColumns {
    /// The status cell, in the words of the drop-down.
    static func status(_ line: ActionLine) -> WorkbookCell { .text(PlanSheet.statusWord(line.action.status)) }

    /// The drop-down of statuses on `column` of a sheet with these headers.
    static func statusDropDown(in headers: [String]) -> Worksheet.DropDown? {
        headers.firstIndex(of: "Status").map {
            Worksheet.DropDown(column: $0, values: PlanSheet.statusChoices)
        }
    }

    /// The paper's head as its own sheet, last: the council, the title, then the header's labelled rows,
    /// as every other format prints them.
    static func paperSheet(_ header: PaperHeader, title: String) -> Worksheet {
        var rows: [[WorkbookCell]] = []
        if let council = header.council { rows.append([.text("Council"), .text(council)]) }
        rows.append([.text("Title"), .text(title)])
        rows += header.rows.map { [.text($0.label), .text($0.value)] }
        return Worksheet(name: "Paper", headers: ["Paper", "Detail"], rows: rows)
    }

    /// The RAG summary as its own sheet: each colour, its count and its share.
    static func ragSheet(_ counts: [RAGCount]) -> Worksheet {
        Worksheet(
            name: "RAG summary", headers: ["RAG", "Actions", "Share (%)"],
            rows: counts.map { [.rag($0.rag), .integer($0.count), .integer($0.percentage)] })
    }
}

extension OverdueReport {
    /// The report as an Excel workbook: every listed action on one sheet, its list named in the first
    /// column and its plan's council in the second (so a portfolio filters by council), and the RAG
    /// summary on a second sheet.
    public func workbook() -> Workbook {
        let councils = councilNames
        let headers = [
            "List", "Council", "Plan", "ID", "Action", "Owner", "Due", "Original due", "Days overdue",
            "Status", "RAG",
            "RAG reason", "Latest note", "Latest note on",
        ]
        let lists = [
            ("Overdue", overdue), ("Due soon", dueSoon), ("No due date", noDueDate), ("No owner", noOwner),
        ]
        var rows: [[WorkbookCell]] = []
        for (list, lines) in lists {
            for line in lines {
                let action = line.action
                rows.append([
                    .text(list), .text(councils[line.plan]), .text(line.plan.rawValue),
                    .text(action.id.description),
                    .text(action.action),
                    .text(action.owner), .date(action.due), .date(action.originalDue),
                    line.daysOverdue.map { .integer($0) } ?? .empty, ReportWorkbookColumns.status(line),
                    .rag(line.colour), .text(ReportWords.reason(line.rating)), .text(line.latestNote),
                    .date(line.latestNoteOn),
                ])
            }
        }
        let actions = Worksheet(
            name: "Overdue", headers: headers, rows: rows,
            dropDown: ReportWorkbookColumns.statusDropDown(in: headers))
        return Workbook(
            title: header.title(of: title),
            sheets: [
                actions, ReportWorkbookColumns.ragSheet(ragCounts),
                ReportWorkbookColumns.paperSheet(header, title: title),
            ])
    }
}

extension ProgressReport {
    /// The report as an Excel workbook: every action by section and timescale, and the RAG summary.
    public func workbook() -> Workbook {
        let headers = [
            "Section", "Timescale", "ID", "Recommendation", "Action", "Owner", "Due", "Original due",
            "Status",
            "RAG", "RAG reason", "Measure", "Evidence", "Cost", "Latest note", "Latest note on",
        ]
        var rows: [[WorkbookCell]] = []
        for group in groups {
            for line in group.actions {
                let action = line.action
                rows.append([
                    .text(line.recommendation.section),
                    .text(ReportWords.timescale(line.recommendation.timescale)),
                    .text(action.id.description), .text(line.recommendation.text), .text(action.action),
                    .text(action.owner), .date(action.due), .date(action.originalDue),
                    ReportWorkbookColumns.status(line), .rag(line.colour),
                    .text(ReportWords.reason(line.rating)),
                    .text(action.measure), .text(action.evidence), .money(action.cost),
                    .text(line.latestNote),
                    .date(line.latestNoteOn),
                ])
            }
        }
        let actions = Worksheet(
            name: "Actions", headers: headers, rows: rows,
            dropDown: ReportWorkbookColumns.statusDropDown(in: headers))
        return Workbook(
            title: header.title(of: title),
            sheets: [
                actions, ReportWorkbookColumns.ragSheet(ragCounts),
                ReportWorkbookColumns.paperSheet(header, title: title),
            ])
    }
}
