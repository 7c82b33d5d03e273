/// The actions one command names: `1`, `1,3-5`, `2-4,7`.
public enum ActionSelection {
    /// The most actions one range may name; a longer range is more likely a typo than a wish.
    public static let maximumRange = 1000

    /// Parses a comma-separated list of IDs and inclusive ranges, in the order given, without repeats.
    ///
    /// Spaces around the commas and dashes are allowed. An empty item (`1,,3`), a reversed range
    /// (`5-3`), a zero or leading zero (`0`, `07`) or anything else throws
    /// ``PlanError/invalidActionList(_:)`` naming the offending item (the whole text for an empty one).
    public static func parse(_ text: String) throws(PlanError) -> [ActionID] {
        var ids: [ActionID] = []
        var seen = Set<ActionID>()
        let items = text.split(separator: ",", omittingEmptySubsequences: false)
        for rawItem in items {
            let item = String(rawItem).trimmingCharacters(in: " ")
            guard !item.isEmpty else { throw .invalidActionList(text) }
            let bounds = item.split(separator: "-", omittingEmptySubsequences: false).map {
                String($0).trimmingCharacters(in: " ")
            }
            guard (1...2).contains(bounds.count), let first = ActionID(bounds[0]),
                let last = bounds.count == 2 ? ActionID(bounds[1]) : first
            else { throw .invalidActionList(item) }
            // A range runs over first actions (`2-4`) or within one recommendation (`3.2-3.4`).
            let range: [ActionID]
            if first.sequence == 1 && last.sequence == 1 {
                guard first <= last, last.recommendation - first.recommendation < maximumRange else {
                    throw .invalidActionList(item)
                }
                range = (first.recommendation...last.recommendation).map { ActionID($0)! }
            } else {
                guard first.recommendation == last.recommendation, first <= last,
                    last.sequence - first.sequence < maximumRange
                else { throw .invalidActionList(item) }
                range = (first.sequence...last.sequence).map {
                    ActionID(recommendation: first.recommendation, sequence: $0)!
                }
            }
            for id in range where seen.insert(id).inserted { ids.append(id) }
        }
        return ids
    }
}
