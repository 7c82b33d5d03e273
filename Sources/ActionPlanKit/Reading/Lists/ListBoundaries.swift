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
        return stopPhrases.contains { ASCIIText.contains(line.text, lowercased: $0) }
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
    static func endsSentence(_ text: String) -> Bool {
        guard let last = text.last else { return false }
        return last == "." || last == "!" || last == "?" || last == ";" || last == ")" && text.hasSuffix(".)")
    }
}
