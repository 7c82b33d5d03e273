/// Finds phrases in a run of words, longest first, as theme rules and repeat concepts are found.
///
/// At each place the longest phrase that matches wins and takes its words; of two as long, the one
/// written first. Words are compared as `RecommendationWords` gives them.
struct PhraseMatcher: Sendable {
    /// One phrase found: which pattern, and where.
    struct Match: Hashable, Sendable {
        /// The pattern's position in the list the matcher was made from.
        var pattern: Int
        /// The index of the first word.
        var start: Int
        /// How many words it took.
        var count: Int
    }

    private let patterns: [[WordPattern]]
    private let byFirstWord: [String: [Int]]
    private let prefixFirst: [Int]

    /// Creates a matcher for `patterns`, each a non-empty phrase.
    init(_ patterns: [[WordPattern]]) {
        var byFirstWord: [String: [Int]] = [:]
        var prefixFirst: [Int] = []
        for (position, pattern) in patterns.enumerated() {
            if pattern[0].isPrefix {
                prefixFirst.append(position)
            } else {
                byFirstWord[pattern[0].word, default: []].append(position)
            }
        }
        self.patterns = patterns
        self.byFirstWord = byFirstWord
        self.prefixFirst = prefixFirst
    }

    /// Every phrase found in `words`, in order, none overlapping.
    func matches(in words: [String]) -> [Match] {
        var found: [Match] = []
        var index = 0
        while index < words.count {
            if let match = longest(at: index, in: words) {
                found.append(match)
                index += match.count
            } else {
                index += 1
            }
        }
        return found
    }

    private func longest(at index: Int, in words: [String]) -> Match? {
        var best: Match?
        func consider(_ position: Int) {
            let pattern = patterns[position]
            let count = pattern.count
            guard index + count <= words.count else { return }
            if let best, count < best.count || (count == best.count && position > best.pattern) { return }
            for offset in 0..<count where !pattern[offset].matches(words[index + offset]) { return }
            best = Match(pattern: position, start: index, count: count)
        }
        for position in byFirstWord[words[index]] ?? [] { consider(position) }
        for position in prefixFirst { consider(position) }
        return best
    }
}

/// One word of a phrase: the word itself, or the start of a word when written with `*`.
public struct WordPattern: Hashable, Sendable {
    /// The word, or the start every matching word has.
    public var word: String
    /// Whether any word starting with `word` matches (`exploit*`).
    public var isPrefix: Bool

    /// Reads a phrase as the tables write it: words separated by spaces, `*` ending a word start.
    static func phrase(_ text: some StringProtocol) -> [WordPattern] {
        text.split(separator: " ").map { word in
            word.hasSuffix("*")
                ? WordPattern(word: String(word.dropLast()).lowercased(), isPrefix: true)
                : WordPattern(word: RecommendationWords.stem(word.lowercased()), isPrefix: false)
        }
    }

    /// Whether `candidate`, as `RecommendationWords` gives it, matches.
    public func matches(_ candidate: String) -> Bool {
        isPrefix ? candidate.hasPrefix(word) : candidate == word
    }
}
