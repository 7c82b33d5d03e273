/// Gives a recommendation one to three themes, main one first, by weighted phrase rules, and says why.
///
/// Each phrase found counts its weight towards its themes; a phrase in a purpose clause ("so that …",
/// "to ensure …") counts half, and one in an aside ("including …", "particularly …") 0.7 of it, because a
/// recommendation is about what it asks to be improved, not about what that is for. The highest score is
/// the main theme; the next two follow when they reach 40% of it and 1.5 points. Measured agreement with
/// hand labels is in `Tests/ActionPlanKitTests/Fixtures/themes/README.md`.
public struct ThemeClassifier: Sendable {
    private let rules: [ThemeRule]
    private let matcher: PhraseMatcher
    /// How much a phrase counts inside a purpose clause.
    public var purposeFactor = 0.5
    /// How much a phrase counts inside an aside.
    public var asideFactor = 0.7
    /// The share of the main theme's score another theme needs to be given too.
    public var secondaryShare = 0.4
    /// The least score another theme needs to be given too.
    public var secondaryMinimum = 1.5
    /// The theme given when no phrase is found at all.
    public var fallback = Theme.planningAndReview

    /// The classifier with the standard rules.
    public static let standard: ThemeClassifier = {
        do {
            return ThemeClassifier(rules: try ThemeRule.table(ThemeRule.standardTable))
        } catch {
            // The table is part of the source and a test reads it; a bad line is a programming error.
            preconditionFailure("the standard theme rules do not read: \(error)")
        }
    }()

    /// Creates a classifier with `rules`.
    public init(rules: [ThemeRule]) {
        self.rules = rules
        matcher = PhraseMatcher(rules.map(\.pattern))
    }

    /// The themes of `text`, with the phrases that decided them.
    public func classify(_ text: String) -> ThemeClassification {
        let words = RecommendationWords.words(text)
        let clauses = ClauseMarkers.clauses(of: words)
        var evidence: [ThemeEvidence] = []
        for match in matcher.matches(in: words) {
            let rule = rules[match.pattern]
            let clause = clauses[match.start]
            let factor =
                switch clause {
                case .request: 1.0
                case .purpose: purposeFactor
                case .aside: asideFactor
                }
            let said = words[match.start..<match.start + match.count].joined(separator: " ")
            for target in rule.weights where target.weight > 0 {
                evidence.append(
                    ThemeEvidence(
                        phrase: rule.phrase, words: said, theme: target.theme, weight: target.weight,
                        clause: clause, score: target.weight * factor))
            }
        }
        return decide(evidence)
    }

    /// Adds up the evidence per theme and picks the main theme and up to two more.
    private func decide(_ evidence: [ThemeEvidence]) -> ThemeClassification {
        var scores: [Theme: Double] = [:]
        var firstSeen: [Theme] = []
        for item in evidence {
            if scores[item.theme] == nil { firstSeen.append(item.theme) }
            scores[item.theme, default: 0] += item.score
        }
        // Highest score first; a tie goes to the theme whose phrase came first.
        let ranked = firstSeen.enumerated().sorted {
            scores[$0.element]! != scores[$1.element]!
                ? scores[$0.element]! > scores[$1.element]! : $0.offset < $1.offset
        }.map(\.element)
        guard let main = ranked.first else {
            return ThemeClassification(themes: [fallback], scores: [:], evidence: [], isFallback: true)
        }
        let top = scores[main]!
        var themes = [main]
        for theme in ranked.dropFirst().prefix(2) {
            let score = scores[theme]!
            if score >= secondaryShare * top, score >= secondaryMinimum { themes.append(theme) }
        }
        return ThemeClassification(themes: themes, scores: scores, evidence: evidence, isFallback: false)
    }
}

/// The themes given to one recommendation, with the scores and the phrases behind them.
public struct ThemeClassification: Hashable, Sendable {
    /// One to three themes, the main one first.
    public var themes: [Theme]
    /// Every theme any phrase counted towards, with its total.
    public var scores: [Theme: Double]
    /// The phrases found, in the order the recommendation says them.
    public var evidence: [ThemeEvidence]
    /// Whether no phrase was found and the fallback theme was given.
    public var isFallback: Bool

    /// The main theme.
    public var main: Theme { themes[0] }
}

/// One phrase found in a recommendation and what it counted towards a theme.
public struct ThemeEvidence: Hashable, Sendable {
    /// The rule's phrase as written in the table: "supervis*".
    public var phrase: String
    /// The words of the recommendation that matched, as compared: "supervision".
    public var words: String
    /// The theme it counted towards.
    public var theme: Theme
    /// The rule's weight for that theme.
    public var weight: Double
    /// The part of the sentence it was found in.
    public var clause: ClauseKind
    /// What it counted: the weight, scaled down in a purpose clause or an aside.
    public var score: Double
}
