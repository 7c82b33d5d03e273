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

    /// "Area: Grade 3 (Adequate)", or a "Grade 3 (Adequate)" line under the area's heading.
    static func gradedHeadings(_ lines: some MetadataLines) -> [Judgement] {
        var judgements: [Judgement] = []
        var previous: String?
        for line in lines where !line.isEmpty {
            defer { previous = line }
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
