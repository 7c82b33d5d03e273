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
        /// A grade, whole or the start of one wrapped over lines ("Requires improvement to").
        case grade(String)
        /// The end of a wrapped grade ("be good", "to be good", "improvement").
        case gradeEnd(String)
    }

    /// The cells of `line`: split at tabs, pipes and gaps of two or more spaces.
    static func cells(_ line: some StringProtocol) -> [Cell] {
        let texts = line.utf8.withContiguousStorageIfAvailable(byteCellTexts) ?? nil
        return (texts ?? cellTexts(line)).map { text in
            if let grade = Grade.cell(text) { return .grade(grade) }
            // An area left ungraded still fills its row ("Not judged"); `read` drops the row.
            if Grade.normalised(text) == Grade.notJudged.lowercased() { return .grade(Grade.notJudged) }
            switch Grade.fragment(text) {
            case .start: return .grade(text)
            case .end: return .gradeEnd(text)
            case nil: return .text(text)
            }
        }
    }

    /// The texts of the cells of `line`, split at tabs, pipes and gaps of two or more spaces.
    static func cellTexts(_ line: some StringProtocol) -> [String] {
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
        return cells
    }

    /// Every judgement in the tables of `lines`, in report order; a summary sentence such as
    /// "Children's services in Norfolk are inadequate" gives the overall effectiveness.
    static func read(_ lines: [Substring]) -> [Judgement] {
        var scanner = Scanner()
        for line in lines { scanner.take(line) }
        let tabled = scanner.judgements.filter { $0.grade != Grade.notJudged }.map { judgement in
            // A wrapped grade whose end never came still names its scale's grade.
            Judgement(area: judgement.area, grade: Grade.cell(judgement.grade) ?? "Requires improvement")
        }
        // ILACS tables grade overall effectiveness themselves; SIF tables leave it to the summary above.
        guard !tabled.contains(where: { $0.area == "Overall effectiveness" }),
            let overall = summaryGrade(lines)
        else { return tabled }
        return [Judgement(area: "Overall effectiveness", grade: overall)] + tabled
    }

    /// Whether a line opens a SIF report's summary of its overall judgement.
    static func isSummary(_ line: some StringProtocol) -> Bool {
        line.hasPrefix("The overall judgement is ") || line.hasPrefix("Children’s services ")
            || line.hasPrefix("Children's services ")
    }

    /// The grade of the summary a SIF report gives above its table ("Children's services in Norfolk
    /// are inadequate", "The overall judgement is that children's services require" / "improvement.").
    static func summaryGrade(_ lines: [Substring]) -> String? {
        let opening = lines.prefix(80).map { $0.trimmingMarks() }.filter { !$0.isEmpty }
        for (index, line) in opening.enumerated() where isSummary(line) {
            let sentence = index + 1 < opening.count ? line + " " + opening[index + 1] : line
            guard !sentence.contains(" were ") else { continue }
            for text in [line, sentence] {
                // A footnote mark may follow the full stop ("improvement.2").
                var end = text.endIndex
                while end > text.startIndex, text[text.index(before: end)].isNumber {
                    end = text.index(before: end)
                }
                if let grade = Grade.ending(String(text[..<end])) { return grade }
            }
        }
        return nil
    }

    /// Whether `text` is a sentence of prose rather than an area's words; a line that holds an area
    /// alone wraps sooner than one that also holds its grade.
    static func isProse(_ text: String, besideGrade: Bool = false) -> Bool {
        guard ASCIIText.characterCount(text) <= (besideGrade ? 130 : 70), let last = text.last else {
            return true
        }
        return "?!".contains(last) || (last == "." && text.split(separator: " ").count > 4)
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
        /// A grade met before its area ("Requires improvement" above "Overall effectiveness").
        var pendingGrade: String?
        /// Whether the last row may still take continuation lines (no blank line since).
        var rowOpen = false

        mutating func take(_ raw: Substring) {
            if state == .outside, !Self.mightStartTable(raw) { return }
            let line = raw.trimmingMarks()
            if line.isEmpty || line.allSatisfy(\.isNumber) {
                rowOpen = false
                pendingGrade = nil
                return
            }
            let cells = JudgementTable.cells(raw)
            if state == .outside {
                // Only a report's first table follows a summary or header; later ones are prose.
                if judgements.isEmpty, JudgementTable.isSummary(line) {
                    state = .expecting(linesLeft: 20)
                    return
                }
                if judgements.isEmpty, Self.isHeader(cells) {
                    state = .expecting(linesLeft: 6)
                    return
                }
                // Past the first table, only a real table (tabs or pipes) counts: layout text sets
                // body headings beside their grades too ("The experiences and progress of …  Good").
                let isTabled = raw.utf8.contains(UInt8(ascii: "\t")) || raw.utf8.contains(UInt8(ascii: "|"))
                guard Self.isRow(cells), judgements.isEmpty || isTabled else { return }
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
            var gradeEnd: String?
            for cell in cells {
                switch cell {
                case .text(let text): area.append(text)
                case .grade(let found): grade = found
                case .gradeEnd(let end): gradeEnd = end
                }
            }
            var words = area.joined(separator: " ")
            if Grade.normalised(words) == "grade", grade == nil { return }
            // `pdftotext -raw` runs a row into one line: "2.1 Adoption performance Good".
            if grade == nil, gradeEnd == nil, cells.count == 1, !JudgementTable.isProse(words),
                words.first?.isNumber == true || words.first?.isUppercase == true,
                let row = Grade.splitRow(words)
            {
                words = row.area
                grade = row.grade
            }
            if let end = gradeEnd, grade == nil {
                if let pending = pendingGrade {
                    pendingGrade = pending + " " + end
                } else if rowOpen, let last = judgements.indices.last {
                    judgements[last].grade += " " + end
                }
            }
            if let found = grade {
                addRow(words: words, grade: gradeEnd.map { found + " " + $0 } ?? found)
                return
            }
            guard !words.isEmpty else { return }
            let isSentence = JudgementTable.isProse(words)
            // Lower-case words continue the last row, unless an area is already under way below it.
            if !isSentence, rowOpen, pendingArea.isEmpty, words.first?.isLowercase == true,
                let last = judgements.indices.last
            {
                judgements[last].area = Self.areaName(judgements[last].area + " " + words)
            } else if isSentence || (words.last == "." && pendingArea.isEmpty) {
                // A full stop ends a sentence unless it ends an area's wrapped words ("and families.").
                pendingArea = []
                if state == .inside { end() }
            } else if let grade = pendingGrade {
                pendingGrade = nil
                append(area: words, grade: grade)
            } else {
                pendingArea.append(words)
                if pendingArea.count > 3, state == .inside { end() }
            }
        }

        /// A grade with the words on its line: they, the area lines above them, or both make the
        /// area; a grade with no area yet waits for the line below.
        private mutating func addRow(words: String, grade: String) {
            defer { pendingArea = [] }
            if words.isEmpty {
                if pendingArea.isEmpty {
                    pendingGrade = grade
                } else {
                    append(area: pendingArea.joined(separator: " "), grade: grade)
                }
            } else if !JudgementTable.isProse(words, besideGrade: true) {
                let continues = words.first?.isLowercase == true && !pendingArea.isEmpty
                append(area: continues ? (pendingArea + [words]).joined(separator: " ") : words, grade: grade)
            }
        }

        private mutating func append(area: String, grade: String) {
            judgements.append(Judgement(area: Self.areaName(area), grade: grade))
            rowOpen = true
            state = .inside
        }

        private mutating func end() {
            state = .outside
            pendingArea = []
            pendingGrade = nil
            rowOpen = false
        }

        /// Whether the cells are a table's header ("Judgement", "Judgements grade").
        static func isHeader(_ cells: [Cell]) -> Bool {
            let header = Grade.normalised(cells.first.map(text) ?? "")
            return ["judgement", "judgements", "judgement grade", "judgements grade"].contains(header)
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
            case .text(let text), .grade(let text), .gradeEnd(let text): text
            }
        }
    }
}
