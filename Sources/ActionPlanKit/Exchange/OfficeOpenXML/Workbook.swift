import Foundation

/// A spreadsheet of typed cells, written as an Excel `.xlsx` workbook by ``data()``.
///
/// Every sheet is a table: a bold header row, frozen and filtered, then the rows. Dates are real
/// Excel dates shown dd/mm/yyyy, amounts are numbers shown in pounds, and RAG cells are filled in
/// their colour and carry the word, so the sheet reads the same printed in black and white.
public struct Workbook: Hashable, Sendable {
    /// The sheets, in tab order.
    public var sheets: [Worksheet]
    /// The workbook's title, shown in File > Properties.
    public var title: String

    /// Creates a workbook.
    public init(title: String, sheets: [Worksheet]) {
        self.title = title
        self.sheets = sheets
    }
}

/// One sheet of a ``Workbook``: a header row and rows of cells under it.
public struct Worksheet: Hashable, Sendable {
    /// The tab's name; cut to Excel's 31 characters, and `[]:*?/\` replaced, when written.
    public var name: String
    /// The column headers.
    public var headers: [String]
    /// The rows under the header, each as wide as ``headers`` or narrower.
    public var rows: [[WorkbookCell]]
    /// A column whose cells are chosen from a drop-down list (data validation), if any.
    public var dropDown: DropDown?

    /// A drop-down list of the values a column's cells may take.
    public struct DropDown: Hashable, Sendable {
        /// The column, counting from 0.
        public var column: Int
        /// The values offered, in order; none may hold a comma, which Excel's list syntax reserves.
        public var values: [String]

        /// Creates a drop-down.
        public init(column: Int, values: [String]) {
            self.column = column
            self.values = values
        }
    }

    /// Creates a sheet.
    public init(name: String, headers: [String], rows: [[WorkbookCell]], dropDown: DropDown? = nil) {
        self.name = name
        self.headers = headers
        self.rows = rows
        self.dropDown = dropDown
    }
}

/// One cell of a ``Worksheet``.
public enum WorkbookCell: Hashable, Sendable {
    /// Nothing.
    case empty
    /// Text, kept exactly (line breaks wrap in the cell).
    case text(String)
    /// A whole number.
    case integer(Int)
    /// An amount, shown in pounds and pence.
    case money(Money)
    /// A date, stored as an Excel date serial and shown dd/mm/yyyy.
    case date(CalendarDay)
    /// A RAG rating: the cell filled in its colour and carrying the word.
    case rag(RAG)

    /// `.text(value)`, or `.empty` when `value` is `nil` or empty.
    public static func text(_ value: String?) -> WorkbookCell {
        guard let value, !value.isEmpty else { return .empty }
        return .text(value)
    }

    /// `.date(day)`, or `.empty` when there is no day.
    public static func date(_ day: CalendarDay?) -> WorkbookCell { day.map { .date($0) } ?? .empty }

    /// `.money(amount)`, or `.empty` when there is none.
    public static func money(_ amount: Money?) -> WorkbookCell { amount.map { .money($0) } ?? .empty }

    /// The word a RAG cell carries, e.g. "Amber"; "None" has no fill.
    public static func word(for rag: RAG) -> String {
        rag.rawValue.prefix(1).uppercased() + rag.rawValue.dropFirst()
    }

    /// The Excel date serial of `day`: days since 30 December 1899, as Excel's 1900 date system counts.
    public static func serial(of day: CalendarDay) -> Int {
        // Excel counts a 29 February 1900 that never was; from 1 March 1900 on, this offset is exact.
        day.daysSinceEpoch + 25_569
    }

    /// The day an Excel date serial names (whole days; a time of day is ignored).
    public static func day(fromSerial serial: Double) -> CalendarDay? {
        guard serial.isFinite, serial >= 61, serial < 2_958_466 else { return nil }
        return CalendarDay(daysSinceEpoch: Int(serial.rounded(.down)) - 25_569)
    }

    /// How many characters wide the cell shows, for fitting its column.
    var displayWidth: Int {
        switch self {
        case .empty: 0
        case .text(let text):
            text.split(separator: "\n", omittingEmptySubsequences: false).map(\.count).max() ?? 0
        case .integer(let number): String(number).count
        case .money(let amount): amount.formatted.count + 3
        case .date: 10
        case .rag(let rag): WorkbookCell.word(for: rag).count
        }
    }
}
