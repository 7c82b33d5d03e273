/// A table for a terminal: columns fitted to a width, long cells wrapped at word boundaries.
struct TextTable {
    /// One column: its heading, how it aligns, and whether it may wrap to share out the width.
    struct Column {
        var heading: String
        var alignRight = false
        /// Wrapping columns give up width when the table is too wide; the others keep theirs.
        var wraps = false
        /// The narrowest a wrapping column may become (widened to its longest word, up to 16).
        var minimumWidth = 8
        /// The column's claim on spare width relative to other wrapping columns.
        var weight = 1
    }

    var columns: [Column]
    var rows: [[String]] = []
    /// Optional per-row colour, applied to one column after padding so alignment is unaffected.
    var rowColours: [ANSIColour?] = []
    var colouredColumn: Int?

    init(_ columns: [Column]) { self.columns = columns }

    mutating func append(_ row: [String], colour: ANSIColour? = nil) {
        rows.append(row)
        rowColours.append(colour)
    }

    /// The table's lines, at most `width` columns wide where the fixed columns allow it.
    func lines(width: Int, colour: Bool, indent: String = "") -> [String] {
        let gap = 2
        let available = max(width - indent.count, 20)
        var widths = columns.indices.map { index in
            rows.reduce(columns[index].heading.count) { max($0, $1[index].characterCount) }
        }
        let natural = widths
        if widths.reduce(0, +) + gap * (columns.count - 1) > available {
            widths = fitted(natural: natural, available: available - gap * (columns.count - 1))
        }
        var output = [line(columns.map(\.heading), widths: widths, colour: nil, useColour: false)]
        output.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  "))
        for (row, rowColour) in zip(rows, rowColours) {
            let wrapped = row.indices.map { $0 < widths.count ? row[$0].wrapped(to: widths[$0]) : [] }
            let height = wrapped.map(\.count).max() ?? 1
            for lineIndex in 0..<max(height, 1) {
                let cells = wrapped.map { lineIndex < $0.count ? $0[lineIndex] : "" }
                output.append(line(cells, widths: widths, colour: rowColour, useColour: colour))
            }
        }
        return output.map { indent + $0 }
    }

    /// Widths within `available`: fixed columns keep theirs, wrapping ones share the rest by weight.
    ///
    /// A column never gets more than it needs; what it leaves is shared again among the others.
    private func fitted(natural: [Int], available: Int) -> [Int] {
        var widths = natural
        var open: [Int] = []
        var remaining = available
        for index in columns.indices {
            if columns[index].wraps {
                let longestWord = rows.reduce(0) { max($0, $1[index].longestWordCount) }
                widths[index] = min(natural[index], max(columns[index].minimumWidth, min(longestWord, 16)))
                open.append(index)
            }
            remaining -= widths[index]
        }
        // Share what is left by weight, capping each column at its natural width, until none is left.
        while remaining > 0 {
            let growing = open.filter { widths[$0] < natural[$0] }
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

    private func line(_ cells: [String], widths: [Int], colour: ANSIColour?, useColour: Bool) -> String {
        var joined = ""
        for (index, cell) in cells.enumerated() {
            if index > 0 { joined += "  " }
            let padding = max(0, widths[index] - cell.characterCount)
            // Colour the words only, so padding and blank continuation lines carry no escape codes.
            let shown = useColour && index == colouredColumn && !cell.isEmpty ? colour?.wrap(cell) ?? cell : cell
            let spaces = padding == 0 ? "" : String(repeating: " ", count: padding)
            joined += columns[index].alignRight ? spaces : shown
            joined += columns[index].alignRight ? shown : spaces
        }
        while joined.utf8.last == 0x20 && joined.last == " " { joined.removeLast() }
        return joined
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

extension String {
    /// The text broken into lines of at most `width` characters at spaces; a longer word is split.
    func wrapped(to width: Int) -> [String] {
        if let words = simpleWords { return Self.wrapped(words, whole: self, to: width) }
        guard count > width, width > 0 else { return [self] }
        var lines: [String] = []
        var current = ""
        for word in split(whereSeparator: \.isWhitespace) {
            var word = Substring(word)
            if !current.isEmpty && current.count + 1 + word.count > width {
                lines.append(current)
                current = ""
            }
            while word.count > width {
                if !current.isEmpty {
                    lines.append(current)
                    current = ""
                }
                lines.append(String(word.prefix(width)))
                word = word.dropFirst(width)
            }
            current += (current.isEmpty ? "" : " ") + word
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current) }
        return lines
    }
}

extension String {
    /// ``wrapped(to:)`` for text whose every scalar is a character of its own: the same lines, faster.
    fileprivate static func wrapped(_ words: [SimpleWord], whole: String, to width: Int) -> [String] {
        guard whole.characterCount > width, width > 0 else { return [whole] }
        var lines: [String] = []
        var current = SimpleLine()
        for piece in words {
            var word = piece
            if !current.isEmpty && current.count + 1 + word.count > width {
                lines.append(current.text)
                current = SimpleLine()
            }
            while word.count > width {
                if !current.isEmpty {
                    lines.append(current.text)
                    current = SimpleLine()
                }
                lines.append(String(decoding: word.prefix(width).utf8, as: UTF8.self))
                word = word.dropFirst(width)
            }
            current.append(word)
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current.text) }
        return lines
    }
}
