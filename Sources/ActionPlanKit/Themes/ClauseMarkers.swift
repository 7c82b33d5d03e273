/// The part of a recommendation a word is in: what is asked for, what it is for, or an aside.
public enum ClauseKind: String, Hashable, Sendable {
    /// What the recommendation asks to be improved.
    case request
    /// After "so that", "to ensure", "in order to" and the like: what the improvement is for.
    case purpose
    /// After "including", "particularly", "such as": examples and emphasis.
    case aside
}

/// Finds purpose clauses and asides by the words that open them.
enum ClauseMarkers {
    /// Words that open a purpose clause.
    static let purpose: [[String]] = [
        ["so", "that"], ["to", "ensure"], ["in", "order", "to"], ["to", "make", "sure"], ["to", "support"],
        ["to", "improve"], ["to", "reduce"], ["to", "prevent"], ["to", "help"], ["to", "inform"],
        ["to", "meet"], ["to", "drive"], ["to", "promote"], ["to", "enable"], ["to", "safeguard"],
        ["to", "protect"], ["to", "minimise"], ["to", "achieve"], ["to", "better"], ["to", "demonstrate"],
        ["to", "evidence"],
    ]
    /// Words that open an aside.
    static let aside: [[String]] = [
        ["including"], ["in", "particular"], ["particularly"], ["especially"], ["such", "as"], ["include"],
    ]

    /// The clause each word is in. Once a purpose clause or an aside opens it lasts to the end, and a purpose
    /// clause is never demoted to an aside.
    static func clauses(of words: [String]) -> [ClauseKind] {
        var kinds: [ClauseKind] = []
        kinds.reserveCapacity(words.count)
        var current = ClauseKind.request
        for index in words.indices {
            if current != .purpose, opens(purpose, at: index, in: words) {
                current = .purpose
            } else if current == .request, opens(aside, at: index, in: words) {
                current = .aside
            }
            kinds.append(current)
        }
        return kinds
    }

    private static func opens(_ markers: [[String]], at index: Int, in words: [String]) -> Bool {
        markers.contains { marker in
            index + marker.count <= words.count && Array(words[index..<index + marker.count]) == marker
        }
    }
}
