/// Splits two recommendations that a conversion ran together on one bullet line.
///
/// The rule: in a list whose items all start with a lowercase imperative ("ensure …", "review …"), one of
/// those same verbs straight after an ordinary word, with no punctuation or joining word between, and
/// followed by "that"/"the"/"all", starts a new recommendation ("… to their needs ensure that the …").
/// Joining words, modals and subjects ("and ensure", "to ensure", "should ensure", "partners ensure") never
/// split.
public enum MergedItemSplitter {
    /// Words that may follow the verb that starts a merged-in recommendation.
    static let followers: Set<Substring> = ["that", "the", "all", "there", "appropriate", "effective"]

    /// Words after which an imperative verb continues the same recommendation.
    static let joiners: Set<Substring> = [
        "and", "or", "to", "should", "must", "will", "would", "can", "could", "may", "might", "shall", "that",
        "which", "who", "also", "further", "then", "not", "help", "helps", "so", "as", "by", "in", "of",
        "for",
        "with", "on", "at", "from", "do", "does", "did", "we", "they", "it", "partners", "agencies",
        "services",
        "authority", "council", "board", "managers", "staff", "workers", "leaders", "schools",
        "professionals",
        "practitioners", "and/or", "is", "are", "be", "where", "when", "how", "what", "whether", "cscb",
        "lscb",
    ]

    /// Each item's text split into the recommendations it holds (usually one).
    public static func split(_ texts: [String]) -> [[String]] {
        let firstWords = texts.map { $0.prefix { !$0.isWhitespace } }
        guard texts.count >= 3,
            firstWords.allSatisfy({ word in word.first?.isLowercase == true && word.allSatisfy(\.isLetter) })
        else { return texts.map { [$0] } }
        let verbs = Set(firstWords.filter { $0 != "the" })
        return texts.map { split($0, verbs: verbs) }
    }

    /// One item's text split where a listed verb starts a new clause without punctuation.
    static func split(_ text: String, verbs: Set<Substring>) -> [String] {
        let words = text.split(separator: " ")
        var pieces: [String] = []
        var start = 0
        var index = 3
        while index < words.count - 1 {
            let previous = words[index - 1]
            if verbs.contains(words[index]), followers.contains(words[index + 1]),
                index - start >= 4, previous.allSatisfy(\.isLetter), previous.first?.isLowercase == true,
                !joiners.contains(previous), !previous.hasSuffix("ly")
            {
                pieces.append(words[start..<index].joined(separator: " "))
                start = index
            }
            index += 1
        }
        pieces.append(words[start...].joined(separator: " "))
        return pieces
    }
}
