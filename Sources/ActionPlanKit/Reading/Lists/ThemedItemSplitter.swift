/// Splits a numbered theme whose recommendations are bullets under it into those recommendations.
///
/// Some SIF reports number themes ("1. Quality and effectiveness of practice") and put each
/// recommendation in a bullet under the theme. A council acts on each bullet, so each becomes an item. A
/// numbered sentence whose bullets complete it ("1. Put in place a framework; this to include …") stays whole.
public enum ThemedItemSplitter {
    /// The most words a theme title has ("Children who go missing or who are at risk of child sexual
    /// exploitation" has 13); a title is also followed straight away by a bullet, which a wrapped sentence is not.
    static let titleWords = 16

    /// The item's lines grouped into recommendations: one group, or one per bullet under a theme title.
    public static func split(_ item: RecommendationList.Item, in lines: [ClassifiedLine]) -> [[Int]] {
        // In pdftotext's default mode the number stands alone and the title follows on the next line.
        let worded = item.lines.filter { !lines[$0].text.isEmpty }
        guard item.printedNumber != nil, let titleLine = worded.first else { return [item.lines] }
        let body = worded.dropFirst()
        let title = lines[titleLine].text
        guard isTitle(title), let first = body.first, lines[first].marker == .bullet,
            body.count(where: { lines[$0].marker == .bullet }) >= 2
        else { return [item.lines] }
        var groups: [[Int]] = []
        for index in body {
            if lines[index].marker == .bullet || groups.isEmpty {
                groups.append([index])
            } else {
                groups[groups.count - 1].append(index)
            }
        }
        return groups
    }

    /// Whether the text reads as a short title rather than the start of a sentence.
    static func isTitle(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard let first = words.first, let last = text.last, !words.isEmpty, words.count <= titleWords,
            first.first?.isUppercase == true, !".:;,".contains(last)
        else { return false }
        // A sentence that leads into its bullets ("The council should ensure that the following are") is not a
        // title, however short its first line.
        let lower = words.map { $0.lowercased() }
        guard !lower.contains(where: { sentenceWords.contains($0) }), let lastWord = lower.last,
            !ItemAssembler.leadingWords.contains(lastWord)
        else { return false }
        return !LeadFinder.imperatives.contains(first.lowercased())
    }

    /// Words of a sentence that a topic title does not use.
    static let sentenceWords: Set<String> = [
        "should", "must", "will", "need", "needs", "ensure",
    ]
}
