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

    /// Appends a row, made by `row`, for each of `items`; a long list is made several runs at once.
    mutating func append<Item: Sendable>(
        rowsFor items: [Item], _ row: @Sendable (Item) -> (cells: [String], colour: ANSIColour?)
    ) {
        let runs = chunks(of: items.count, into: items.count / TextTable.rowsPerRun + 1)
        for made in concurrentMap(runs.count, { run in runs[run].map { row(items[$0]) } }) {
            for (cells, colour) in made { append(cells, colour: colour) }
        }
    }

    /// The table's lines, at most `width` columns wide unless even its fixed columns are wider.
    public func lines(width: Int, colour: Bool, indent: String = "") -> [String] {
        var output = TextOutput()
        write(to: &output, width: width, colour: colour, indent: indent)
        return output.text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(
            String.init)
    }

    /// The table's lines as one text, each ended by a line feed.
    public func text(width: Int, colour: Bool, indent: String = "") -> String {
        var output = TextOutput()
        write(to: &output, width: width, colour: colour, indent: indent)
        return output.text
    }

    /// Writes the table's lines to `output`, each after `indent`, at most `width` columns wide in all.
    func write(to output: inout TextOutput, width: Int, colour: Bool, indent: String = "") {
        let layout = Layout(self, available: max(width - indent.count, 20))
        let indentBytes = Array(indent.utf8)
        var wrapper = TextWrapper()
        writeRow(
            columns.map(\.heading), layout.headingMeasures, nil, layout, &wrapper, &output, indentBytes,
            useColour: colour)
        output.write(indentBytes)
        for (position, column) in layout.shown.enumerated() {
            if position > 0 { output.spaces(TextTable.gap) }
            output.write(repeatElement(UInt8(ascii: "-"), count: layout.widths[column]))
        }
        output.endLine()
        // A long table (every open action with no owner across a portfolio, say) is written in runs of
        // rows on every core; a short one on this thread.
        let table = self
        let runs = chunks(of: rows.count, into: rows.count / TextTable.rowsPerRun + 1)
        output.append(
            TextOutput.concurrently(runs.count) { run, part in
                var wrapper = TextWrapper()
                for index in runs[run] {
                    table.writeRow(
                        table.rows[index], layout.measures[index], table.rowColours[index], layout, &wrapper,
                        &part, indentBytes, useColour: colour)
                }
            })
    }

    /// Rows written together when a table is written several runs at once.
    fileprivate static let rowsPerRun = 512

    /// Writes one row, as many lines as its tallest wrapped cell.
    private func writeRow(
        _ row: [String], _ measures: [TextMeasure], _ rowColour: ANSIColour?, _ layout: Layout,
        _ wrapper: inout TextWrapper, _ output: inout TextOutput, _ indent: [UInt8], useColour: Bool
    ) {
        wrapper.removeAll()
        var cellLines: [Range<Int>] = []
        cellLines.reserveCapacity(layout.shown.count)
        var height = 1
        for column in layout.shown {
            let lines = wrapper.wrap(row[column], measures[column], to: layout.widths[column])
            cellLines.append(lines)
            height = max(height, lines.count)
        }
        for lineIndex in 0..<height {
            // Cells after the last non-empty one are left out, so no line ends in blanks.
            var lastFilled = -1
            for position in cellLines.indices {
                let lines = cellLines[position]
                if lineIndex < lines.count, !wrapper.lines[lines.lowerBound + lineIndex].isEmpty {
                    lastFilled = position
                }
            }
            output.write(indent)
            var position = 0
            while position <= lastFilled {
                let column = layout.shown[position]
                let lines = cellLines[position]
                let line = lineIndex < lines.count ? wrapper.lines[lines.lowerBound + lineIndex] : nil
                if position > 0 { output.spaces(TextTable.gap) }
                let padding = layout.widths[column] - (line?.width ?? 0)
                if columns[column].alignRight { output.spaces(padding) }
                if let line, !line.isEmpty {
                    // Colour the words only, so padding and blank continuation lines carry no escape codes.
                    let code = useColour && column == colouredColumn ? rowColour?.code : nil
                    if let code { output.write(ANSIColour.start(code)) }
                    wrapper.bytes.withUnsafeBufferPointer { buffer in
                        output.write(UnsafeBufferPointer(rebasing: buffer[line.start..<line.end]))
                    }
                    if code != nil { output.write(ANSIColour.reset) }
                }
                if !columns[column].alignRight && position < lastFilled { output.spaces(padding) }
                position += 1
            }
            output.endLine()
        }
    }
}

extension TextTable {
    /// Which columns a table shows and how wide each is, for a given width.
    ///
    /// When the table is too wide, wrapping columns give up width by weight down to their longest word;
    /// if it still does not fit, optional columns are left out, lowest ``Column/dropOrder`` first, and
    /// only then are words split. Every cell is measured once.
    fileprivate struct Layout {
        /// The measures of the headings.
        let headingMeasures: [TextMeasure]
        /// The measures of every cell, row by row.
        let measures: [[TextMeasure]]
        /// The columns shown, in order.
        private(set) var shown: [Int]
        /// The width of each column, by column index; columns left out have none worth using.
        private(set) var widths: [Int]

        init(_ table: TextTable, available: Int) {
            headingMeasures = table.columns.map { TextMeasure($0.heading) }
            let rows = table.rows
            let runs = chunks(of: rows.count, into: rows.count / TextTable.rowsPerRun + 1)
            measures = concurrentMap(runs.count) { run in runs[run].map { rows[$0].map(TextMeasure.init) } }
                .flatMap { $0 }
            let columns = table.columns
            var natural = headingMeasures.map(\.width)
            var longestWord = headingMeasures.map(\.longestWord)
            for row in measures {
                for index in row.indices {
                    natural[index] = max(natural[index], row[index].width)
                    longestWord[index] = max(longestWord[index], row[index].longestWord)
                }
            }
            shown = Array(columns.indices)
            widths = natural
            // Leaving out a column reads better than splitting words, so words are split only as a last resort.
            while true {
                if let fitted = Layout.fit(
                    available, shown, columns, natural: natural, longestWord: longestWord, splitWords: false)
                {
                    widths = fitted
                    return
                }
                let droppable = shown.filter { columns[$0].dropOrder != nil }
                guard let drop = droppable.min(by: { columns[$0].dropOrder! < columns[$1].dropOrder! })
                else { break }
                shown.removeAll { $0 == drop }
            }
            widths =
                Layout.fit(
                    available, shown, columns, natural: natural, longestWord: longestWord, splitWords: true)
                ?? Layout.minimumWidths(
                    shown, columns, natural: natural, longestWord: longestWord, splitWords: true)
        }

        /// The narrowest each column may be: fixed ones their natural width, wrapping ones their minimum.
        private static func minimumWidths(
            _ shown: [Int], _ columns: [Column], natural: [Int], longestWord: [Int], splitWords: Bool
        ) -> [Int] {
            var widths = natural
            for index in shown where columns[index].wraps {
                let column = columns[index]
                widths[index] =
                    splitWords
                    ? min(natural[index], column.minimumWidth)
                    : min(natural[index], max(column.minimumWidth, longestWord[index]))
            }
            return widths
        }

        /// Widths within `available`, or `nil` when even the narrowest allowed widths are too wide.
        ///
        /// Fixed columns keep their width; wrapping ones share what is left by weight, never getting more
        /// than they need, what one leaves being shared again among the others.
        private static func fit(
            _ available: Int, _ shown: [Int], _ columns: [Column], natural: [Int], longestWord: [Int],
            splitWords: Bool
        ) -> [Int]? {
            let room = available - TextTable.gap * (shown.count - 1)
            if shown.reduce(0, { $0 + natural[$1] }) <= room { return natural }
            var widths = minimumWidths(
                shown, columns, natural: natural, longestWord: longestWord, splitWords: splitWords)
            var remaining = room - shown.reduce(0) { $0 + widths[$1] }
            guard remaining >= 0 else { return nil }
            while remaining > 0 {
                let growing = shown.filter { columns[$0].wraps && widths[$0] < natural[$0] }
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

    /// The escape sequence's parameter, e.g. "31" for red.
    var code: String {
        switch self {
        case .red: "31"
        case .amber: "33"
        case .green: "32"
        case .blue: "34"
        case .dim: "2"
        }
    }

    /// The bytes that turn the colour with parameter `code` on.
    static func start(_ code: String) -> [UInt8] { Array("\u{1B}[\(code)m".utf8) }

    /// The bytes that turn colour off again.
    static let reset = Array("\u{1B}[0m".utf8)
}
