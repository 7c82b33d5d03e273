import Foundation

/// Reads the judgements tables of every report family and text form.
///
/// A table is a run of rows, each an area and a grade. Conversions lay a row out in several ways:
/// on one line split by a tab or a wide gap ("Overall effectiveness\tAdequate"); with the area
/// wrapped under the grade's line (`pdftotext -layout`); with the area's lines, a blank line, then
/// the grade on its own (default `pdftotext`); or with the grade wrapped around the area
/// ("Requires" / "1. Children who need help…" / "improvement"). The explanatory scale
/// ("Outstanding (Grade 1)  A service that…") has its grade first, so it is never a row.
enum JudgementTable {
    /// One cell of a line.
    enum Cell: Hashable {
        /// Words that are not a grade: an area, or part of one.
        case text(String)
        /// A whole grade, in the wording a judgement keeps.
        case grade(String)
        /// "Requires", the first line of a wrapped grade.
        case wrappedStart
        /// "improvement" or "improvement to be good", the second line of a wrapped grade.
        case wrappedRest(String)
    }

    /// The cells of `line`: split at tabs, pipes and gaps of two or more spaces.
    static func cells(_ line: some StringProtocol) -> [Cell] {
        var cells: [String] = []
        var current = ""
        var spaces = 0
        func flush() {
            let text = current.trimmingMarks()
            if !text.isEmpty { cells.append(text) }
            current = ""
        }
        for character in line {
            if character == " " || character == "\u{a0}" {
                spaces += 1
                continue
            }
            if spaces >= 2 { flush() } else if spaces == 1 { current.append(" ") }
            spaces = 0
            if character == "\t" || character == "|" { flush() } else { current.append(character) }
        }
        flush()
        return cells.map { text in
            if let grade = Grade.cell(text) { return .grade(grade) }
            if Grade.isWrappedStart(text) { return .wrappedStart }
            if Grade.isWrappedRest(text) { return .wrappedRest(text) }
            return .text(text)
        }
    }

    /// Every judgement in the tables of `lines`, in report order; a summary sentence such as
    /// "Children's services in Norfolk are inadequate" gives the overall effectiveness.
    static func read(_ lines: [Substring]) -> [Judgement] {
        var scanner = Scanner()
        for line in lines { scanner.take(line) }
        return scanner.judgements
    }

    /// Whether `text` is a sentence of prose rather than an area's words; a line that holds an area
    /// alone wraps sooner than one that also holds its grade.
    static func isProse(_ text: String, besideGrade: Bool = false) -> Bool {
        text.count > (besideGrade ? 130 : 70) || text.last.map { ".?!".contains($0) } == true
    }

    /// The grade of an opening summary ("Children's services in Norfolk are inadequate", "The
    /// overall judgement is requires improvement"), which SIF reports give above their table.
    static func summaryGrade(_ line: String) -> String? {
        let normalised = line.replacingOccurrences(of: "’", with: "'")
        guard normalised.hasPrefix("Children's services in ") || normalised.hasPrefix("The overall judgement is ")
        else { return nil }
        return Grade.ending(normalised)
    }

    /// The state of a scan through the lines: outside a table, expecting one, or inside one.
    struct Scanner {
        enum State: Equatable {
            case outside
            /// After a table header or summary: prose may come before the first row.
            case expecting(linesLeft: Int)
            case inside
        }

        var judgements: [Judgement] = []
        var state = State.outside
        var pendingArea: [String] = []
        var pendingWrappedGrade = false
        /// Whether the last row may still take continuation lines (no blank line since).
        var rowOpen = false

        mutating func take(_ raw: Substring) {
            if state == .outside, !Self.mightStartTable(raw) { return }
            let line = raw.trimmingMarks()
            if line.isEmpty || line.allSatisfy(\.isNumber) {
                rowOpen = false
                return
            }
            let cells = JudgementTable.cells(raw)
            if state == .outside {
                if let grade = JudgementTable.summaryGrade(line) {
                    judgements.append(Judgement(area: "Overall effectiveness", grade: grade))
                    state = .expecting(linesLeft: 20)
                    return
                }
                if ["judgement", "judgements"].contains(Grade.normalised(cells.first.map(Self.text) ?? "")) {
                    state = .expecting(linesLeft: 6)
                    return
                }
                guard Self.isRow(cells) else { return }
                state = .inside
            }
            consume(cells)
            if case .expecting(let left) = state {
                state = left <= 1 ? .outside : .expecting(linesLeft: left - 1)
            }
        }

        private mutating func consume(_ cells: [Cell]) {
            var area: [String] = []
            var grade: String?
            for cell in cells {
                switch cell {
                case .text(let text): area.append(text)
                case .grade(let found): grade = found
                case .wrappedStart: pendingWrappedGrade = true
                case .wrappedRest(let rest):
                    if pendingWrappedGrade { grade = Grade.cell("Requires " + rest) } else { area.append(rest) }
                    pendingWrappedGrade = false
                }
            }
            let words = area.joined(separator: " ")
            if ["grade"].contains(Grade.normalised(words)), grade == nil { return }
            if let grade {
                let rowArea = words.isEmpty ? pendingArea.joined(separator: " ") : words
                pendingArea = []
                guard !rowArea.isEmpty, words.isEmpty || !JudgementTable.isProse(words, besideGrade: true) else { return }
                judgements.append(Judgement(area: Self.areaName(rowArea), grade: grade))
                rowOpen = true
                state = .inside
                return
            }
            guard !words.isEmpty else { return }
            if JudgementTable.isProse(words) {
                pendingArea = []
                if state == .inside { end() }
            } else if rowOpen, words.first?.isLowercase == true, let last = judgements.indices.last {
                judgements[last].area += " " + words
            } else {
                pendingArea.append(words)
                if pendingArea.count > 3, state == .inside { end() }
            }
        }

        private mutating func end() {
            state = .outside
            pendingArea = []
            pendingWrappedGrade = false
            rowOpen = false
        }

        /// A cheap test that lets most lines of prose skip splitting into cells: a table starts
        /// with a header, a summary, or a row whose cells are split by a tab, pipe or wide gap and
        /// whose last word can end a grade.
        static func mightStartTable(_ line: Substring) -> Bool {
            let start = line.drop { $0 == " " || $0 == "\t" || $0 == "#" || $0 == "*" }
            if start.hasPrefix("Children") || start.hasPrefix("The overall judgement") || start.hasPrefix("Judgement") {
                return true
            }
            let bytes = line.utf8
            let lastWord = bytes.reversed().prefix { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") }
            guard (3...12).contains(lastWord.count), lastWord.first == UInt8(ascii: ")") || Grade.endings.contains(
                String(decoding: lastWord.reversed(), as: UTF8.self).lowercased())
            else { return false }
            return bytes.contains(UInt8(ascii: "\t")) || bytes.contains(UInt8(ascii: "|"))
                || zip(bytes, bytes.dropFirst()).contains { $0 == UInt8(ascii: " ") && $1 == UInt8(ascii: " ") }
        }

        /// A line that starts a table by itself: words, then a capitalised grade in the last cell.
        static func isRow(_ cells: [Cell]) -> Bool {
            guard cells.count >= 2, case .grade = cells.last,
                case .text(let first) = cells.first, let initial = first.first,
                initial.isUppercase || initial.isNumber
            else { return false }
            let lastText = cells.last.map(text) ?? ""
            return lastText.first?.isUppercase == true && !JudgementTable.isProse(first, besideGrade: true)
        }

        static func text(_ cell: Cell) -> String {
            switch cell {
            case .text(let text), .grade(let text), .wrappedRest(let text): text
            case .wrappedStart: "Requires"
            }
        }

        /// The area without its number ("2.1 Adoption performance" → "Adoption performance").
        static func areaName(_ text: String) -> String {
            let unnumbered = text.drop { $0.isNumber || $0 == "." || $0 == " " }
            let name = unnumbered.isEmpty ? Substring(text) : unnumbered
            return name.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
                .trimmingCharacters(in: [":", " "])
        }
    }
}

extension StringProtocol {
    /// The text without surrounding whitespace and the Markdown marks conversions leave ("**", "#", "- ").
    func trimmingMarks() -> String {
        var text = Substring(self)
        while let first = text.first, first.isWhitespace || "#*>".contains(first) { text = text.dropFirst() }
        while let last = text.last, last.isWhitespace || last == "*" { text = text.dropLast() }
        if text.hasPrefix("- ") { text = text.dropFirst(2) }
        return String(text)
    }
}
