import Foundation

extension PlanSheet {
    /// Reads an edited sheet's bytes (an `.xlsx` workbook, or UTF-8, UTF-16 or Windows-1252 CSV) as updates to `plan`.
    ///
    /// A workbook's first sheet is read cell by cell (``WorkbookReader``) and then checked exactly as
    /// a CSV file's rows are.
    /// - Parameters:
    ///   - data: The `.xlsx` or `.csv` file as saved by Excel or another spreadsheet.
    ///   - plan: The plan the sheet was exported from.
    ///   - day: The day RAG ratings are compared on, to warn about edited RAG cells.
    /// - Throws: ``ExchangeError`` listing every fault; then nothing may be applied.
    public static func importing(
        _ data: Data, into plan: ActionPlan, asOf day: CalendarDay, policy: RAGPolicy = RAGPolicy()
    ) throws(ExchangeError) -> SheetImport {
        try importing(records: records(in: data), into: plan, asOf: day, policy: policy)
    }

    /// The rows of a workbook or CSV file, told apart by their first bytes.
    public static func records(in data: Data) throws(ExchangeError) -> [CSVRecord] {
        guard data.starts(with: [0x50, 0x4B, 0x03, 0x04]) else { return try CSV.records(in: data) }
        do {
            return try WorkbookReader.rows(data)
        } catch {
            throw .unreadableWorkbook(reason: error.description)
        }
    }

    /// Reads an edited sheet's CSV text as updates to `plan`; see ``importing(_:into:asOf:policy:)``.
    public static func importing(
        text: String, into plan: ActionPlan, asOf day: CalendarDay, policy: RAGPolicy = RAGPolicy()
    ) throws(ExchangeError) -> SheetImport {
        try importing(records: CSV.records(in: text), into: plan, asOf: day, policy: policy)
    }

    /// Matches each row to its action by the ID column, checks every cell, and gathers the updates.
    ///
    /// Rows are matched by ID, never by position, so sorted or filtered sheets import correctly.
    /// Columns are found by header, in any order; unknown columns are ignored with a warning.
    public static func importing(
        records: [CSVRecord], into plan: ActionPlan, asOf day: CalendarDay, policy: RAGPolicy
    ) throws(ExchangeError) -> SheetImport {
        let policy = policy.applying(to: plan)
        guard let headerIndex = records.firstIndex(where: { !$0.isBlank }) else { throw .emptySheet }
        let header = records[headerIndex]
        var problems: [SheetProblem] = []
        var warnings: [SheetProblem] = []
        let layout = SheetLayout(header: header, problems: &problems, warnings: &warnings)
        guard layout.index(of: .id) != nil else {
            problems.append(
                SheetProblem(
                    row: header.row, column: nil,
                    message: "no \"ID\" column; keep the ID column from 'actionplan export' so rows can be "
                        + "matched to actions"))
            throw .invalidSheet(problems)
        }
        if layout.index(of: .revision) == nil {
            let message =
                "the sheet has no \"Revision\" column, so changes made to the plan since it was exported "
                + "cannot be told from edits in the sheet"
            warnings.append(SheetProblem(row: nil, column: nil, message: message))
        }
        let actions = Dictionary(plan.actions.map { ($0.id, $0) }) { first, _ in first }
        var rowsByID: [ActionID: Int] = [:]
        var changes: [SheetChange] = []
        var foreignRows: [Int] = []
        var unnamedWarned = Set<Int>()
        for record in records[(headerIndex + 1)...] where !record.isBlank {
            guard layout.checkWidth(of: record, problems: &problems) else { continue }
            for index in layout.unnamedColumns where !unnamedWarned.contains(index) {
                guard index < record.fields.count, !record.fields[index].allSatisfy(\.isWhitespace) else {
                    continue
                }
                unnamedWarned.insert(index)
                let message =
                    "column \(SheetLayout.letter(of: index)) has no header, so its cells are ignored"
                warnings.append(SheetProblem(row: record.row, column: nil, message: message))
            }
            guard
                let action = identify(
                    record, layout: layout, plan: plan, actions: actions, seen: &rowsByID, problems: &problems
                )
            else { continue }
            if layout.index(of: .recommendation) != nil,
                SheetCell.text(layout.cell(.recommendation, in: record))
                    != SheetCell.text(plan.recommendation(of: action).text)
            {
                foreignRows.append(record.row)
            }
            var reader = SheetRowReader(
                record: record, layout: layout, action: action,
                recommendation: plan.recommendation(of: action),
                rating: policy.rating(of: action, on: day),
                plausibleColours: plausibleColours(of: action, from: plan.startDate, to: day, policy: policy),
                plan: (plan.name, plan.revision))
            if let change = reader.change() { changes.append(change) }
            problems += reader.problems
            warnings += reader.warnings
        }
        // IDs run 1, 2, 3 in every plan, so a sheet from another plan would match; its recommendations won't.
        if !rowsByID.isEmpty && foreignRows.count * 2 > rowsByID.count {
            let message =
                "the recommendations on \(foreignRows.count) of \(rowsByID.count) rows differ from plan "
                + "'\(plan.name)'; the sheet seems to come from another plan (export a fresh one with "
                + "'actionplan export \(plan.name)')"
            problems.insert(
                SheetProblem(row: nil, column: layout.header(of: .recommendation), message: message), at: 0)
        }
        if !problems.isEmpty { throw .invalidSheet(problems) }
        let missing = plan.actions.map(\.id).filter { rowsByID[$0] == nil }
        if !missing.isEmpty {
            let list = missing.map(\.description).joined(separator: ", ")
            let message =
                missing.count == 1
                ? "action \(list) is not in the sheet and is left as it is"
                : "actions \(list) are not in the sheet and are left as they are"
            warnings.append(
                SheetProblem(
                    row: nil, column: nil, message: message))
        }
        let order = Dictionary(uniqueKeysWithValues: plan.actions.enumerated().map { ($1.id, $0) })
        changes.sort { order[$0.id, default: 0] < order[$1.id, default: 0] }
        return SheetImport(changes: changes, warnings: warnings)
    }

    /// The colours `action`, as it stands, shows on some day from `start` to `day`.
    ///
    /// Ratings change only on a few days (the plan's start, when the due date comes within the amber
    /// window, the due date, the day after it, and today), so rating those days finds them all.
    static func plausibleColours(
        of action: Action, from start: CalendarDay, to day: CalendarDay, policy: RAGPolicy
    ) -> Set<RAG> {
        var days = [start, day]
        if let due = action.due { days += [due.adding(days: -policy.amberWindow), due, due.adding(days: 1)] }
        let inRange = days.filter { start <= $0 && $0 <= day }
        return Set((inRange.isEmpty ? [day] : inRange).map { policy.rating(of: action, on: $0).colour })
    }

    /// The action a row's ID names, or `nil` after recording why the row cannot be matched.
    private static func identify(
        _ record: CSVRecord, layout: SheetLayout, plan: ActionPlan, actions: [ActionID: Action],
        seen: inout [ActionID: Int],
        problems: inout [SheetProblem]
    ) -> Action? {
        let column = layout.header(of: .id)
        let cell = layout.cell(.id, in: record).trimmingCharacters(in: .whitespaces)
        func refuse(_ message: String) -> Action? {
            problems.append(SheetProblem(row: record.row, column: column, message: message))
            return nil
        }
        guard !cell.isEmpty else {
            return refuse(
                "empty; every row needs the ID of the action it updates (import cannot add actions)")
        }
        guard let id = ActionID(cell) else {
            return refuse("'\(cell)' is not an action ID (a whole number such as 3)")
        }
        guard let action = actions[id] else {
            let hint = plan.nearestAction(to: id).map { "; did you mean \($0)?" } ?? ""
            return refuse("plan '\(plan.name)' has no action \(id)\(hint)")
        }
        if let earlier = seen[id] {
            return refuse("action \(id) is already on row \(earlier); each action may appear only once")
        }
        seen[id] = record.row
        return action
    }
}

/// Where each known column sits in a sheet, found from its header row.
struct SheetLayout {
    /// The column index of each known column.
    private var indices: [SheetColumn: Int] = [:]
    /// Each known column's header as the sheet writes it, for messages.
    private var headers: [SheetColumn: String] = [:]
    /// The number of cells in the header row, trailing empty ones excluded.
    let width: Int
    /// The indices of columns with an empty header cell.
    private(set) var unnamedColumns: [Int] = []

    /// Reads the header row, reporting duplicate columns as problems and unknown ones as warnings.
    init(header: CSVRecord, problems: inout [SheetProblem], warnings: inout [SheetProblem]) {
        width = (header.fields.lastIndex { !$0.allSatisfy(\.isWhitespace) } ?? -1) + 1
        for (index, cell) in header.fields.prefix(width).enumerated() {
            let name = cell.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !name.isEmpty else {
                unnamedColumns.append(index)
                continue
            }
            guard let column = SheetColumn(header: name) else {
                warnings.append(
                    SheetProblem(
                        row: header.row, column: name, message: "not a column actionplan reads; ignored"))
                continue
            }
            if let first = headers[column] {
                problems.append(
                    SheetProblem(
                        row: header.row, column: name,
                        message: "column \"\(first)\" already holds \(column.header); keep only one of them"))
                continue
            }
            indices[column] = index
            headers[column] = name
        }
    }

    /// The column's letter as a spreadsheet shows it: 0 is A, 25 is Z, 26 is AA.
    static func letter(of index: Int) -> String {
        var number = index + 1
        var letters = ""
        while number > 0 {
            let remainder = (number - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + remainder))) + letters
            number = (number - 1) / 26
        }
        return letters
    }

    /// The index of `column`, or `nil` when the sheet does not have it.
    func index(of column: SheetColumn) -> Int? { indices[column] }

    /// The header the sheet uses for `column`, or its standard header when the sheet lacks it.
    func header(of column: SheetColumn) -> String { headers[column] ?? column.header }

    /// The text of `column` in `record`; empty when the column is missing.
    func cell(_ column: SheetColumn, in record: CSVRecord) -> String {
        guard let index = indices[column], index < record.fields.count else { return "" }
        return record.fields[index]
    }

    /// Whether `record` has as many cells as the header; a ragged row is recorded as a problem.
    ///
    /// Extra empty cells at the end are allowed: spreadsheets add them when a cell beyond the
    /// table was once touched.
    func checkWidth(of record: CSVRecord, problems: inout [SheetProblem]) -> Bool {
        let used = (record.fields.lastIndex { !$0.allSatisfy(\.isWhitespace) } ?? -1) + 1
        guard record.fields.count < width || used > width else { return true }
        let count = record.fields.count < width ? record.fields.count : used
        problems.append(
            SheetProblem(
                row: record.row, column: nil,
                message: "\(count) cells, but the header has \(width); the row was split or cut short, "
                    + "or a cell holds an unquoted comma"))
        return false
    }
}
