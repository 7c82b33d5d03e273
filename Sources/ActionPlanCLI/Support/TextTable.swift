/// An aligned plain-text table that fits a terminal width by shortening one flexible column.
struct TextTable {
    /// The column headings.
    var headings: [String]
    /// The rows, each as many cells as there are headings.
    var rows: [[String]] = []
    /// The column shortened (at a word boundary) when the table is too wide.
    var flexibleColumn: Int

    /// The table as lines no wider than `width` (unless even the fixed columns are wider).
    func render(width: Int) -> String {
        guard !headings.isEmpty else { return "" }
        var widths = headings.indices.map { column in
            ([headings[column]] + rows.map { $0[column] }).map(\.count).max() ?? 0
        }
        let separators = 2 * (headings.count - 1)
        let fixed = widths.enumerated().filter { $0.offset != flexibleColumn }.map(\.element).reduce(0, +)
        widths[flexibleColumn] = max(12, min(widths[flexibleColumn], width - fixed - separators))
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { column, cell in
                let text = column == flexibleColumn ? TextWrap.shorten(cell, to: widths[column]) : cell
                return column == cells.count - 1 ? text : text.padding(widths[column])
            }.joined(separator: "  ")
        }
        var lines = [line(headings), line(widths.map { String(repeating: "-", count: $0) })]
        lines += rows.map(line)
        return lines.map { String($0.reversed().drop { $0 == " " }.reversed()) }.joined(separator: "\n")
    }
}
