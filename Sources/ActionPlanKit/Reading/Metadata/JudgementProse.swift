import Foundation

/// Reads judgements a report gives outside a table: under a heading ("Overall effectiveness" then
/// "Grade 3 (Adequate)"), beside one ("Capacity for improvement: Grade 2 (Good)"), or in a sentence
/// ("…is judged to be **inadequate**").
enum JudgementProse {
    /// The judgements in `lines` (already stripped of Markdown marks), in report order.
    static func read(_ lines: some MetadataLines) -> [Judgement] {
        let headed = gradedHeadings(lines)
        return headed.isEmpty ? judgedSentences(lines) : headed
    }

    /// "Area: Grade 3 (Adequate)", or a "Grade 3 (Adequate)" line under the area's heading, or an ILACS
    /// heading "Area: inadequate" whose area may wrap onto a second line ("…children and young" then
    /// "people: Inadequate"), when the two lines are joined again.
    static func gradedHeadings(_ lines: some MetadataLines) -> [Judgement] {
        var judgements: [Judgement] = []
        var previous: String?
        for line in lines where !line.isEmpty {
            defer { previous = line }
            if let judgement = headingWithGrade(line, after: previous) {
                judgements.append(judgement)
                continue
            }
            guard TextSearch.contains("grade", in: line) else { continue }
            if let colon = line.firstIndex(of: ":"),
                let grade = Grade.cell(line[line.index(after: colon)...]),
                line[line.index(after: colon)...].lowercased().contains("grade")
            {
                judgements.append(Judgement(area: String(line[..<colon]), grade: grade))
            } else if line.lowercased().hasPrefix("grade"), let grade = Grade.cell(line), let area = previous,
                !JudgementTable.isProse(area), Grade.cell(area) == nil
            {
                judgements.append(Judgement(area: JudgementTable.Scanner.areaName(area), grade: grade))
            }
        }
        return judgements
    }

    /// "The experiences and progress of care leavers: good": a heading that is an area, a colon and a grade
    /// alone; a line that starts in lower case finishes the area begun on the line before it.
    static func headingWithGrade(_ line: String, after previous: String?) -> Judgement? {
        guard ASCIIText.contains(line, byte: UInt8(ascii: ":")), let colon = line.firstIndex(of: ":") else {
            return nil
        }
        guard let grade = Grade.cell(line[line.index(after: colon)...]) else { return nil }
        var area = line[..<colon].trimmingCharacters(in: .whitespaces)
        if area.first?.isLowercase == true {
            guard let previous, !previous.hasSuffix("."), !previous.contains(":") else { return nil }
            area = previous.trimmingCharacters(in: .whitespaces) + " " + area
        }
        let words = area.split(separator: " ")
        guard area.first?.isUppercase == true, (2...20).contains(words.count), !area.contains(".") else {
            return nil
        }
        return Judgement(area: area, grade: grade)
    }

    /// "The overall effectiveness of … is judged to be adequate": the overall judgement only.
    static func judgedSentences(_ lines: some MetadataLines) -> [Judgement] {
        for line in lines where TextSearch.contains("judged to be", in: line) {
            let lower = line.lowercased()
            guard lower.contains("overall effectiveness"), let judged = lower.range(of: "judged to be ")
            else {
                continue
            }
            let rest = lower[judged.upperBound...].prefix { $0 != "." && $0 != "," }
            if let grade = Grade.cell(rest) {
                return [Judgement(area: "Overall effectiveness", grade: grade)]
            }
        }
        return []
    }
}
