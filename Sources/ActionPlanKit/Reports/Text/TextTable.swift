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
    /// The cells of the rows appended so far, row after row, one for each column: a run of rows
    /// for each stretch made apart (see ``append(rowsFor:_:)``), kept as made rather than joined.
    private var cells = [TextCells()]
    /// Optional per-row colour, applied to the words of one column so alignment is unaffected.
    var rowColours: [ANSIColour?] = []
    /// The column whose cells take their row's colour.
    public var colouredColumn: Int?

    static let gap = 2

    /// Creates an empty table with `columns`.
    public init(_ columns: [Column]) { self.columns = columns }

    /// The number of rows appended so far.
    public var rowCount: Int { rowColours.count }

    /// Appends a row whose `colouredColumn` cell shows in the colour of `rag` on a colour terminal.
    public mutating func append(_ row: [String], rag: RAG?) {
        append(row, colour: rag.flatMap(ANSIColour.init))
    }

    mutating func append(_ row: [String], colour: ANSIColour? = nil) {
        precondition(row.count == columns.count, "a table row needs one cell for each column")
        for text in row { cells[cells.count - 1].cell(text) }
        rowColours.append(colour)
    }

    /// Appends a row for each of `items`: `row` writes the item's cells, one for each column in order,
    /// and returns the row's colour. A long list is made several runs at once.
    mutating func append<Item: Sendable>(
        rowsFor items: [Item], _ row: @Sendable (Item, inout TextCells) -> ANSIColour?
    ) {
        let runs = chunks(of: items.count, into: items.count / TextTable.rowsPerRun + 1)
        let columnCount = columns.count
        let made = concurrentMap(runs.count) { run in
            var cells = TextCells()
            cells.reserveCapacity(cells: runs[run].count * columnCount, bytesEach: 24)
            let colours = runs[run].map { row(items[$0], &cells) }
            return (cells: cells, colours: colours)
        }
        for run in made {
            precondition(
                run.cells.count == run.colours.count * columns.count,
                "a table row needs one cell for each column")
            rowColours.append(contentsOf: run.colours)
        }
        cells += made.map(\.cells)
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

    /// Writes the table's lines to `output`, each after `indent`, at most `width` columns wide in all;
    /// `flush` is given the output after each stretch of rows, to write it out and let it go.
    func write(
        to output: inout TextOutput, width: Int, colour: Bool, indent: String = "",
        flush: (inout TextOutput) -> Void = { _ in }
    ) {
        var headings = TextCells()
        for column in columns { headings.cell(column.heading) }
        let layout = Layout(self, headings: headings, available: max(width - indent.count, 20))
        let indentBytes = Array(indent.utf8)
        var wrapper = TextWrapper()
        var cellLines: [Range<Int>] = []
        writeRow(0, of: headings, nil, layout, &wrapper, &cellLines, &output, indentBytes, useColour: colour)
        output.write(indentBytes)
        for (position, column) in layout.shown.enumerated() {
            if position > 0 { output.write(repeatElement(0x20, count: TextTable.gap)) }
            output.write(repeatElement(UInt8(ascii: "-"), count: layout.widths[column]))
        }
        output.endLine()
        // A long table (every open action with no owner across a portfolio, say) is written in runs of
        // rows on every core; a short one on this thread.
        let table = self
        // Each run of rows is written from the cells it was made in, the table's first row number
        // beside it for its colours.
        var runs: [(cells: Int, rows: Range<Int>, first: Int)] = []
        var first = 0
        for (index, made) in cells.enumerated() {
            let rows = made.count / columns.count
            for run in chunks(of: rows, into: rows / TextTable.rowsPerRun + 1) where !run.isEmpty {
                runs.append((index, run, first + run.lowerBound))
            }
            first += rows
        }
        let allRuns = runs
        for stretch in chunks(of: runs.count, into: (runs.count + 15) / 16) {
            output.appendConcurrently(stretch.count) { index, part in
                var wrapper = TextWrapper()
                var cellLines: [Range<Int>] = []
                let run = allRuns[stretch.lowerBound + index]
                for row in run.rows {
                    table.writeRow(
                        row, of: table.cells[run.cells],
                        table.rowColours[run.first + row - run.rows.lowerBound],
                        layout, &wrapper, &cellLines, &part, indentBytes, useColour: colour)
                }
            }
            flush(&output)
        }
    }

    /// Rows written together when a table is written several runs at once.
    fileprivate static let rowsPerRun = 512

    /// Writes row `row` of `cells`, as many lines as its tallest wrapped cell; `cellLines` is room for
    /// the lines of each shown cell, kept from row to row.
    private func writeRow(
        _ row: Int, of cells: TextCells, _ rowColour: ANSIColour?, _ layout: Layout,
        _ wrapper: inout TextWrapper, _ cellLines: inout [Range<Int>], _ output: inout TextOutput,
        _ indent: [UInt8], useColour: Bool
    ) {
        wrapper.removeAll()
        cellLines.removeAll(keepingCapacity: true)
        var height = 1
        let firstCell = row * columns.count
        // The cells' bytes stay put while the row is wrapped and written: a line that is a run of its
        // cell is written from there, not copied twice.
        cells.bytes.withUnsafeBufferPointer { cellBytes in
            var textBytes = 0
            for column in layout.shown {
                let cell = firstCell + column
                let range = cells.range(of: cell)
                let lines = wrapper.wrap(
                    range, of: cellBytes, cells.measures[cell], to: layout.widths[column])
                cellLines.append(lines)
                height = max(height, lines.count)
                textBytes += range.count
            }
            let colourStart = useColour ? rowColour.map { ANSIColour.start($0.code) } : nil
            // The row's lines are at most this long: every column at its width, the gaps, the colour
            // codes; and its text's own bytes, which may be more than one to a character, are at most
            // its cells' bytes.
            let lineLength =
                indent.count + layout.shownWidth
                + (colourStart.map { $0.count + ANSIColour.reset.count } ?? 0)
                + 1
            let shown = layout.shown
            let widths = layout.widths
            let alignsRight = layout.alignsRight
            let colouredColumn = colouredColumn
            output.write(atMost: height * lineLength + textBytes) { start in
                var end = start
                func put(_ source: UnsafeBufferPointer<UInt8>) {
                    guard let base = source.baseAddress else { return }
                    end.update(from: base, count: source.count)
                    end += source.count
                }
                func spaces(_ count: Int) {
                    guard count > 0 else { return }
                    end.update(repeating: 0x20, count: count)
                    end += count
                }
                wrapper.bytes.withUnsafeBufferPointer { copied in
                    for lineIndex in 0..<height {
                        // Cells after the last non-empty one are left out, so no line ends in blanks.
                        var lastFilled = -1
                        for position in cellLines.indices {
                            let lines = cellLines[position]
                            if lineIndex < lines.count, !wrapper.lines[lines.lowerBound + lineIndex].isEmpty {
                                lastFilled = position
                            }
                        }
                        indent.withUnsafeBufferPointer(put)
                        var position = 0
                        while position <= lastFilled {
                            let column = shown[position]
                            let lines = cellLines[position]
                            let line =
                                lineIndex < lines.count ? wrapper.lines[lines.lowerBound + lineIndex] : nil
                            if position > 0 { spaces(TextTable.gap) }
                            let padding = widths[column] - (line?.width ?? 0)
                            if alignsRight[column] { spaces(padding) }
                            if let line, !line.isEmpty {
                                // Colour the words only, so padding and blank continuation lines carry no escape codes.
                                let colour = column == colouredColumn ? colourStart : nil
                                colour?.withUnsafeBufferPointer(put)
                                put(
                                    UnsafeBufferPointer(
                                        rebasing: (line.inSource ? cellBytes : copied)[line.start..<line.end])
                                )
                                if colour != nil { ANSIColour.reset.withUnsafeBufferPointer(put) }
                            }
                            if !alignsRight[column] && position < lastFilled { spaces(padding) }
                            position += 1
                        }
                        end.initialize(to: 0x0A)
                        end += 1
                    }
                }
                return end - start
            }
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
        /// The columns shown, in order.
        private(set) var shown: [Int]
        /// The width of each column, by column index; columns left out have none worth using.
        private(set) var widths: [Int]
        /// Whether each column, by column index, aligns its cells to the right.
        let alignsRight: [Bool]

        /// The width of the shown columns and the gaps between them.
        var shownWidth: Int { shown.reduce(TextTable.gap * (shown.count - 1)) { $0 + widths[$1] } }

        /// The layout of `table`, whose column headings are the cells of `headings`, in `available` columns.
        init(_ table: TextTable, headings: TextCells, available: Int) {
            let columns = table.columns
            alignsRight = columns.map(\.alignRight)
            var natural = headings.measures.map(\.width)
            var longestWord = headings.measures.map(\.longestWord)
            for made in table.cells {
                for (index, measure) in made.measures.enumerated() {
                    let column = index % columns.count
                    natural[column] = max(natural[column], measure.width)
                    longestWord[column] = max(longestWord[column], measure.longestWord)
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
