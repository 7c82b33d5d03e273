import Foundation

/// Finds recommendations of an earlier report that asked for the same improvement as a later one.
///
/// Each recommendation becomes a profile: the concepts it names (`standardConcepts`, where "management
/// oversight" and "supervision" are one) and its other content words cut to six letters, each weighted by
/// how rare it is among the corpus's recommendations (`standardWordCounts`) and by where it is said (a
/// purpose clause counts half, an aside 0.7, other words 0.3 of a concept). Two profiles score their
/// cosine, scaled by theme agreement and halved when one is about care leavers and the other about
/// children in care. An earlier recommendation is a repeat when it scores at least `threshold` and at
/// least `relativeCut` of the best score any recommendation of the same earlier report reaches. The
/// measured precision and recall are in `Tests/ActionPlanKitTests/Fixtures/repeats/README.md`.
public struct RepeatFinder: Sendable {
    /// The least score for a repeat.
    public var threshold = 0.32
    /// The share of the best earlier score in the same report another earlier recommendation must reach.
    public var relativeCut = 0.8
    /// How much theme agreement scales the score: 0 ignores themes, 1 makes them decide alone.
    public var themeWeight = 0.3
    /// The factor for a pair about different groups of children (care leavers against children in care).
    public var differentGroupFactor = 0.5
    /// How much a content word that is not part of a concept counts against a concept.
    public var otherWordWeight = 0.3
    /// How much a word in a purpose clause counts.
    public var purposeFactor = 0.5
    /// How much a word in an aside counts.
    public var asideFactor = 0.7

    private let concepts: [String]
    private let matcher: PhraseMatcher
    private let documentCounts: [String: Int]
    private let documents: Int

    /// The finder with the standard concepts and word counts.
    public static let standard: RepeatFinder = {
        do {
            return try RepeatFinder(concepts: standardConcepts, wordCounts: standardWordCounts)
        } catch {
            // Both tables are part of the source and tests read them; a bad line is a programming error.
            preconditionFailure("the standard repeat tables do not read: \(error)")
        }
    }()

    /// Creates a finder from a concept table (`phrase = concept` lines) and a word-count table.
    ///
    /// The word-count table's first line is the number of recommendations counted; each other line is a
    /// unit (`C:concept` or `W:word`) and the number of recommendations that have it.
    public init(concepts conceptTable: String, wordCounts: String) throws(ThemeRuleError) {
        var patterns: [[WordPattern]] = []
        var concepts: [String] = []
        for line in conceptTable.split(separator: "\n") {
            let content = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
            guard !content.allSatisfy(\.isWhitespace) else { continue }
            let halves = content.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let phrase = halves.first.map { WordPattern.phrase($0) } ?? []
            let concept = halves.count == 2 ? halves[1].trimmingCharacters(in: .whitespaces) : ""
            guard !phrase.isEmpty, !concept.isEmpty, !concept.contains(" ") else {
                throw .malformed(String(line))
            }
            patterns.append(phrase)
            concepts.append(concept)
        }
        var lines = wordCounts.split(separator: "\n").makeIterator()
        guard let first = lines.next(), let documents = Int(first.trimmingCharacters(in: .whitespaces)) else {
            throw .malformed("word counts: no count of recommendations on the first line")
        }
        var counts: [String: Int] = [:]
        while let line = lines.next() {
            let fields = line.split(separator: " ")
            guard fields.count == 2, let count = Int(fields[1]) else { throw .malformed(String(line)) }
            counts[String(fields[0])] = count
        }
        self.concepts = concepts
        self.matcher = PhraseMatcher(patterns)
        self.documentCounts = counts
        self.documents = documents
    }

    /// The units of `text` with the clause each was first said in: `C:concept` or `W:word`.
    ///
    /// Exposed for the word-count table, which counts recommendations per unit.
    public func units(of text: String) -> [(unit: String, clause: ClauseKind)] {
        let words = RecommendationWords.words(text)
        let clauses = ClauseMarkers.clauses(of: words)
        var units: [(unit: String, clause: ClauseKind)] = []
        var index = 0
        for match in matcher.matches(in: words) + [
            PhraseMatcher.Match(pattern: -1, start: words.count, count: 0)
        ] {
            while index < match.start {
                let word = words[index]
                if word.count > 2, !Self.genericWords.contains(word), !word.allSatisfy(\.isASCIIDigit) {
                    units.append(("W:" + word.prefix(6), clauses[index]))
                }
                index += 1
            }
            guard match.pattern >= 0 else { break }
            units.append(("C:" + concepts[match.pattern], clauses[match.start]))
            index = match.start + match.count
        }
        return units
    }

    /// The weighted profile of one recommendation, for comparing with others.
    public func profile(_ text: String, themes: [Theme]) -> RecommendationProfile {
        var counts: [String: Int] = [:]
        var strongest: [String: Double] = [:]
        for (unit, clause) in units(of: text) {
            counts[unit, default: 0] += 1
            let factor: Double =
                switch clause {
                case .request: 1
                case .purpose: purposeFactor
                case .aside: asideFactor
                }
            let kind = unit.hasPrefix("W:") ? otherWordWeight : 1
            strongest[unit] = max(strongest[unit] ?? 0, factor * kind)
        }
        var weights: [String: Double] = [:]
        for (unit, count) in counts {
            weights[unit] = (1 + log(Double(count))) * rarity(unit) * strongest[unit]!
        }
        return RecommendationProfile(weights: weights, themes: themes)
    }

    /// How rare a unit is among the corpus's recommendations: the log of inverse document frequency.
    public func rarity(_ unit: String) -> Double {
        log(Double(documents + 1) / Double((documentCounts[unit] ?? 0) + 1))
    }

    /// How much two recommendations ask for the same improvement, from 0 (nothing shared) to 1.
    public func similarity(_ first: RecommendationProfile, _ second: RecommendationProfile) -> Double {
        var dot = 0.0
        for (unit, weight) in first.weights { dot += weight * (second.weights[unit] ?? 0) }
        guard dot > 0 else { return 0 }
        let cosine = dot / (first.length * second.length)
        let agreement: Double =
            if let a = first.themes.first, let b = second.themes.first, a == b {
                1
            } else if !Set(first.themes).isDisjoint(with: second.themes) {
                0.5
            } else {
                0
            }
        var score = cosine * (1 - themeWeight + themeWeight * agreement)
        let groups = (
            first.weights.keys.filter(Self.groupUnits.contains),
            second.weights.keys.filter(Self.groupUnits.contains)
        )
        if !groups.0.isEmpty, !groups.1.isEmpty, Set(groups.0).isDisjoint(with: groups.1) {
            score *= differentGroupFactor
        }
        return min(score, 1)
    }

    /// The units two profiles share, heaviest first: what a person reads as the reason for a match.
    public func shared(_ first: RecommendationProfile, _ second: RecommendationProfile) -> [String] {
        first.weights.keys.filter { second.weights[$0] != nil }
            .sorted { first.weights[$0]! * second.weights[$0]! > first.weights[$1]! * second.weights[$1]! }
            .map { String($0.dropFirst(2)) }
    }

    /// For each later recommendation, the earlier ones of one report that repeat it, best first.
    public func repeats(
        of later: [RecommendationProfile], in earlier: [RecommendationProfile]
    ) -> [[RepeatMatch]] {
        later.map { profile in
            let scores = earlier.map { similarity(profile, $0) }
            guard let best = scores.max(), best >= threshold else { return [] }
            return scores.enumerated()
                .filter { $0.element >= threshold && $0.element >= relativeCut * best }
                .sorted { $0.element != $1.element ? $0.element > $1.element : $0.offset < $1.offset }
                .map { RepeatMatch(earlier: $0.offset, score: $0.element) }
        }
    }

    /// Units that name a group of children, where two different groups make a different improvement.
    static let groupUnits: Set<String> = ["C:care-leaver", "C:looked-after"]

    /// Words too common in recommendations to say what improvement is asked for.
    static let genericWords: Set<String> = Set(
        """
        a about across action actions all also an and any appropriate appropriately are arrangement
        arrangements as at authority be been being between but by can child children clear clearly
        consistency consistent consistently continue continued could council develop developing development
        do does done each effective effectiveness enabler ensure ensuring every families family for four
        framework from further good had has have help high how if impact improve improved improvement
        improving in include includes including into is it its least less level levels local made make may
        might more most must national need needs no nor not of on one only onto or out outcome over page
        paragraph particular particularly people person persons practice principle process processes
        progress quality review reviewed robust robustly service services shall should so some strengthen
        such support supported supporting take taken than that the their them then there these they this
        those three through throughout timeliness timely to two under understand understanding up use used
        using very well what when where which who whom whose why will with within without work working
        would young
        """.split(whereSeparator: \.isWhitespace).map(String.init))
}

/// A recommendation as the repeat finder compares it: weighted concepts and words, and its themes.
public struct RecommendationProfile: Hashable, Sendable {
    /// Each unit (`C:concept`, `W:word`) and its weight.
    public var weights: [String: Double]
    /// The recommendation's themes, main first.
    public var themes: [Theme]

    /// The profile's Euclidean length.
    var length: Double { weights.values.reduce(0) { $0 + $1 * $1 }.squareRoot() }
}

/// An earlier recommendation found to repeat a later one.
public struct RepeatMatch: Hashable, Sendable {
    /// The earlier recommendation's index in the list searched.
    public var earlier: Int
    /// The similarity, 0 to 1.
    public var score: Double
}
