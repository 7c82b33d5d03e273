/// Why a file exchanged with Excel or Outlook could not be read; nothing was imported or applied.
public enum ExchangeError: Error, Hashable, Sendable {
    /// A quoted CSV field opened on `row` (as a spreadsheet numbers it) is never closed.
    case unterminatedQuote(row: Int)
    /// A quoted CSV field on `row` is followed by text before the next separator, e.g. `"ab"c`.
    case textAfterQuote(row: Int, field: Int)
    /// The file has no header row: it is empty or holds only blank lines.
    case emptySheet
    /// The file is not text but a workbook or other binary file; `found` says what it looks like.
    case notCSV(found: String)
    /// The sheet has faults, each naming its row and column; listed all at once so one edit fixes them.
    case invalidSheet([SheetProblem])
    /// The file is a zip archive but not a workbook that can be read; `reason` says why.
    case unreadableWorkbook(reason: String)
}

extension ExchangeError: CustomStringConvertible {
    /// What is wrong, naming the row and column a spreadsheet user would look at.
    public var description: String {
        switch self {
        case .unterminatedQuote(let row):
            "row \(row): a quoted cell is never closed (a '\"' is missing); the rest of the file was read "
                + "as one cell"
        case .textAfterQuote(let row, let field):
            "row \(row), cell \(field): text follows a closing '\"'; write a quote inside a quoted cell "
                + "as '\"\"'"
        case .emptySheet:
            "the sheet is empty; expected a header row (ID, Action, Lead/Owner, …) as written by "
                + "'actionplan export'"
        case .notCSV(let found):
            "the file is \(found), not CSV; in Excel choose File > Save As > 'CSV UTF-8 (Comma delimited)' "
                + "and import that file"
        case .unreadableWorkbook(let reason):
            "cannot read the workbook: \(reason); open it in Excel or LibreOffice and save it again as an Excel "
                + "workbook (.xlsx)"
        case .invalidSheet(let problems):
            if problems.count == 1 {
                problems[0].description + "; nothing was imported"
            } else {
                "the sheet has \(problems.count) problems; nothing was imported:\n"
                    + problems.map { "  " + $0.description }.joined(separator: "\n")
            }
        }
    }
}

/// One fault or warning about a spreadsheet, located as a spreadsheet user would find it.
public struct SheetProblem: Hashable, Sendable, CustomStringConvertible {
    /// The row as a spreadsheet numbers it (the header is row 1), or `nil` for the sheet as a whole.
    public var row: Int?
    /// The column's header as written in the sheet, or `nil` for the whole row.
    public var column: String?
    /// What is wrong, e.g. `'2012-02-30' is not a date (YYYY-MM-DD or DD/MM/YYYY)`.
    public var message: String

    /// Creates a problem report.
    public init(row: Int?, column: String?, message: String) {
        self.row = row
        self.column = column
        self.message = message
    }

    /// The problem as one line: `row 7, column "Due": '2012-02-30' is not a date …`.
    public var description: String {
        var place: [String] = []
        if let row { place.append("row \(row)") }
        if let column { place.append("column \"\(column)\"") }
        return place.isEmpty ? message : place.joined(separator: ", ") + ": " + message
    }
}
