import Foundation

/// Words that mark a heading as the start of the report's next part, never a sub-heading inside a list.
enum ListBoundaries {
    /// Phrases of section headings that follow a recommendations list in the reports seen.
    static let stopPhrases = [
        "strengths", "inspection findings", "progress since", "summary", "information about",
        "the experiences and progress", "experiences and progress of", "judgement", "about this inspection",
        "what the inspection", "service information", "next steps", "contents", "appendix",
    ]

    /// Whether `line` is a heading that ends any list it follows.
    static func isStop(_ line: ClassifiedLine) -> Bool {
        guard line.marker == nil, ASCIIText.characterCount(line.text) <= 120,
            line.text.first?.isUppercase == true
        else {
            return false
        }
        return stopPhrases.contains { ASCIIText.contains(line.text, lowercased: $0) } || isGraded(line.text)
    }

    /// Whether a line gives a judgement's grade ("Outcomes for looked after children Grade 3 (Adequate)"),
    /// as the heading of the section after a list does in 2009–2013 reports.
    static func isGraded(_ text: String) -> Bool {
        guard let range = text.range(of: "Grade ", options: .caseInsensitive) else { return false }
        return text[range.upperBound...].first.map { "1234".contains($0) } == true
    }

    /// Whether an unmarked paragraph says there is nothing in this list ("The inspection did not find any …").
    static func saysNothing(_ text: String) -> Bool {
        let key = text.lowercased()
        return ASCIIText.foundationContains(key, "did not find any") || key.hasPrefix("there are no")
            || key.hasPrefix("there were no")
            || key.hasPrefix("no areas") || key.hasPrefix("none")
    }

    /// Whether an item is the sentence that introduces a list rather than a recommendation.
    static func isIntroduction(_ text: String) -> Bool {
        let key = text.lowercased()
        return key.hasPrefix("in order to")
            || ASCIIText.foundationContains(key, "should take the following action")
            || key.hasPrefix("the following recommendations")
    }

    /// Whether the text ends a sentence or clause, so a line after it is not its continuation.
    ///
    /// A closing bracket ends one when the sentence ended before it ("…supervision. (enabler 3, national
    /// framework)") or when it closes a reference to the framework or the report ("(outcome 1, national
    /// framework)", "(Paragraph 155)"), which ILACS and SIF reports put after an item.
    static func endsSentence(_ text: String) -> Bool {
        guard let last = text.last else { return false }
        if last == "." || last == "!" || last == "?" || last == ";" { return true }
        guard last == ")" else { return false }
        if text.hasSuffix(".)") { return true }
        guard let open = text.lastIndex(of: "(") else {
            // The bracket opened on an earlier line: "(outcome 3," then "national framework)".
            return ASCIIText.contains(text, lowercased: "framework)")
        }
        let before = text[..<open].trimmingCharacters(in: .whitespaces)
        if before.last == "." { return true }
        let inside = text[text.index(after: open)...].lowercased()
        return referenceWords.contains { inside.hasPrefix($0) } || inside.contains("framework")
    }

    /// The first words of a bracketed reference after an item.
    static let referenceWords = ["outcome", "enabler", "principle", "paragraph", "page", "see "]

    /// Whether an item's words only say there is nothing to do ("There are no areas for priority action."):
    /// a placeholder kept in a list's place, never a recommendation.
    static func isPlaceholder(_ text: String) -> Bool {
        let key = text.lowercased()
        guard key.split(separator: " ").count <= 16, !key.dropLast().contains(". ") else { return false }
        return key.hasPrefix("there are no ") || key.hasPrefix("there were no ")
            || key.hasPrefix("there is no ")
            || key.hasPrefix("no areas ") || key.hasPrefix("no recommendations") || key == "none"
            || key == "none."
            || key.hasPrefix("not applicable")
            || saysNothingWasFound(key)
    }

    /// "The inspection did not find any areas for priority and immediate action.": a short sentence
    /// that denies there are areas for action, however it is worded.
    private static func saysNothingWasFound(_ key: String) -> Bool {
        let words = key.split(whereSeparator: { !$0.isLetter }).map(String.init)
        let denies = words.contains("no") || words.contains("not") || words.contains("nothing")
        let aboutActions = key.contains("areas for") || key.contains("recommendations")
        return denies && aboutActions && !words.contains("ensure")
    }
}
