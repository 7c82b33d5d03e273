/// A table for a terminal: columns fitted to a width, long cells wrapped at word boundaries.
///
/// When the table is too wide, wrapping columns give up width by weight down to their longest word;
/// if it still does not fit, optional columns are left out, and only then are words split.
public struct TextTable: Sendable {
    /// One column: its heading, how it aligns, and whether it may wrap to share out the width.
    public struct Column: Sendable {
        /// The heading shown above the column.
        public var heading: String
        /// Whether cells align to the right (numbers) rather than the left.
        public var alignRight = false
        /// Wrapping columns give up width when the table is too wide; the others keep theirs.
        public var wraps = false
        /// The narrowest a wrapping column may become when words must be split.
        public var minimumWidth = 8
        /// The column's claim on spare width relative to other wrapping columns.
        public var weight = 1
        /// Columns with a number may be left out of a narrow table, the lowest number first.
        public var dropOrder: Int?

        /// Creates a column.
        public init(
            heading: String, alignRight: Bool = false, wraps: Bool = false, minimumWidth: Int = 8,
            weight: Int = 1,
            dropOrder: Int? = nil
        ) {
            self.heading = heading
            self.alignRight = alignRight
            self.wraps = wraps
            self.minimumWidth = minimumWidth
            self.weight = weight
            self.dropOrder = dropOrder
        }
    }

    var columns: [Column]
    /// The rows appended so far.
    public private(set) var rows: [[String]] = []
    /// Optional per-row colour, applied to the words of one column so alignment is unaffected.
    var rowColours: [ANSIColour?] = []
    /// The column whose cells take their row's colour.
    public var colouredColumn: Int?

    static let gap = 2

    /// Creates an empty table with `columns`.
    public init(_ columns: [Column]) { self.columns = columns }

    /// Appends a row whose `colouredColumn` cell shows in the colour of `rag` on a colour terminal.
    public mutating func append(_ row: [String], rag: RAG?) {
        append(row, colour: rag.flatMap(ANSIColour.init))
    }

    mutating func append(_ row: [String], colour: ANSIColour? = nil) {
        rows.append(row)
        rowColours.append(colour)
    }

    /// The table's lines, at most `width` columns wide unless even its fixed columns are wider.
    public func lines(width: Int, colour: Bool, indent: String = "") -> [String] {
        let available = max(width - indent.count, 20)
        var table = self
        // Leaving out a column reads better than splitting words, so words are split only as a last resort.
        var natural = table.naturalWidths
        while true {
            if let widths = table.fit(available, splitWords: false, natural: natural) {
                return table.render(widths, colour: colour).map { indent + $0 }
            }
            let droppable = table.columns.indices.filter { table.columns[$0].dropOrder != nil }
            guard
                let drop = droppable.min(by: { table.columns[$0].dropOrder! < table.columns[$1].dropOrder! })
            else { break }
            table.remove(column: drop)
            natural.remove(at: drop)
        }
        let widths =
            table.fit(available, splitWords: true, natural: natural)
            ?? table.minimumWidths(splitWords: true, natural: natural)
        return table.render(widths, colour: colour).map { indent + $0 }
    }

    private mutating func remove(column: Int) {
        columns.remove(at: column)
        for index in rows.indices { rows[index].remove(at: column) }
        if let coloured = colouredColumn {
            colouredColumn = coloured == column ? nil : coloured > column ? coloured - 1 : coloured
        }
    }

    private var naturalWidths: [Int] {
        columns.indices.map { index in
            rows.reduce(columns[index].heading.characterCount) { max($0, $1[index].characterCount) }
        }
    }

    /// The narrowest each column may be: fixed ones their natural width, wrapping ones their minimum.
    private func minimumWidths(splitWords: Bool, natural: [Int]) -> [Int] {
        columns.indices.map { index in
            let column = columns[index]
            guard column.wraps else { return natural[index] }
            guard !splitWords else { return min(natural[index], column.minimumWidth) }
            let longestWord = rows.reduce(column.heading.longestWordCount) {
                max($0, $1[index].longestWordCount)
            }
            return min(natural[index], max(column.minimumWidth, longestWord))
        }
    }

    /// Widths within `available`, or `nil` when even the narrowest allowed widths are too wide.
    ///
    /// Fixed columns keep their width; wrapping ones share what is left by weight, never getting more
    /// than they need, what one leaves being shared again among the others.
    private func fit(_ available: Int, splitWords: Bool, natural: [Int]? = nil) -> [Int]? {
        let natural = natural ?? naturalWidths
        let room = available - TextTable.gap * (columns.count - 1)
        if natural.reduce(0, +) <= room { return natural }
        var widths = minimumWidths(splitWords: splitWords, natural: natural)
        var remaining = room - widths.reduce(0, +)
        guard remaining >= 0 else { return nil }
        while remaining > 0 {
            let growing = columns.indices.filter { columns[$0].wraps && widths[$0] < natural[$0] }
            guard !growing.isEmpty else { break }
            let totalWeight = growing.reduce(0) { $0 + columns[$1].weight }
            var given = 0
            for index in growing {
                let share = max(1, remaining * columns[index].weight / totalWeight)
                let step = min(share, natural[index] - widths[index], remaining - given)
                widths[index] += step
                given += step
            }
            guard given > 0 else { break }
            remaining -= given
        }
        return widths
    }

    private func render(_ widths: [Int], colour: Bool) -> [String] {
        var output: [String] = []
        func append(_ row: [String], _ rowColour: ANSIColour?) {
            let wrapped = row.indices.map { row[$0].wrapped(to: widths[$0]) }
            let height = wrapped.map(\.count).max() ?? 1
            for lineIndex in 0..<max(height, 1) {
                let cells = wrapped.map { lineIndex < $0.count ? $0[lineIndex] : "" }
                output.append(line(cells, widths: widths, colour: rowColour, useColour: colour))
            }
        }
        append(columns.map(\.heading), nil)
        output.append(
            widths.map { String(repeating: "-", count: $0) }.joined(separator: String.spaces(TextTable.gap)))
        for (row, rowColour) in zip(rows, rowColours) { append(row, rowColour) }
        return output
    }

    private func line(_ cells: [String], widths: [Int], colour: ANSIColour?, useColour: Bool) -> String {
        // Cells after the last non-empty one are left out, so no line ends in blanks.
        let lastFilled = cells.lastIndex { !$0.isEmpty } ?? -1
        var text = ""
        for (index, cell) in cells.enumerated() where index <= lastFilled {
            if index > 0 { text += String.spaces(TextTable.gap) }
            let padding = String.spaces(widths[index] - cell.characterCount)
            // Colour the words only, so padding and blank continuation lines carry no escape codes.
            let shown =
                useColour && index == colouredColumn && !cell.isEmpty ? colour?.wrap(cell) ?? cell : cell
            if columns[index].alignRight {
                text += padding
                text += shown
            } else {
                text += shown
                if index < lastFilled { text += padding }
            }
        }
        return text
    }
}

/// The few ANSI colours the text reports use for RAG.
enum ANSIColour {
    case red, amber, green, blue, dim

    init?(_ rag: RAG) {
        switch rag {
        case .red: self = .red
        case .amber: self = .amber
        case .green: self = .green
        case .blue: self = .blue
        case .none: return nil
        }
    }

    func wrap(_ text: String) -> String {
        let code =
            switch self {
            case .red: "31"
            case .amber: "33"
            case .green: "32"
            case .blue: "34"
            case .dim: "2"
            }
        return "\u{1B}[\(code)m\(text)\u{1B}[0m"
    }
}
