/// Finds the words that make a recommendation urgent although it carries no timescale.
///
/// "Urgently review all cases…", "as a matter of urgency", "take immediate action": the report gave no
/// date, so the timescale stays unspecified, but nobody should read the action as routine.
public enum UrgencyFinder {
    /// Whether `text` asks for urgent or immediate action.
    public static func isUrgent(_ text: String) -> Bool {
        let lowered = text.lowercased()
        // "Without delay" is left out: reports use it of outcomes ("children achieve permanence without
        // delay"), a standard to reach, far more often than of the action itself.
        guard lowered.contains("urgen") || lowered.contains("immediate") else { return false }
        let words = lowered.split(whereSeparator: { !$0.isLetter }).map(String.init)
        for (index, word) in words.enumerated() {
            // "There are no areas for priority or immediate action" asks for nothing.
            if words[max(0, index - 8)..<index].contains(where: negations.contains) { continue }
            let next = index + 1 < words.count ? words[index + 1] : ""
            switch word {
            case "urgently": return true
            // "urgent action", "urgent steps", "should be urgent"; not "urgent care", a service's name.
            case "urgent" where urgentNouns.contains(next) || (index > 0 && words[index - 1] == "be"):
                return true
            // "as a matter of urgency", "with urgency"; not "the urgency of the need", a description.
            case "urgency" where index > 0 && ["with", "greater", "more"].contains(words[index - 1]):
                return true
            case "urgency" where index > 1 && words[index - 1] == "of" && words[index - 2] == "matter":
                return true
            // "take immediate action", "immediate steps"; not "immediate risk of harm".
            case "immediate" where urgentNouns.contains(next): return true
            default: continue
            }
        }
        return false
    }

    /// Words that turn an urgent phrase after them into its opposite.
    private static let negations: Set<String> = ["no", "not", "nor", "never", "without"]

    /// Nouns that "urgent" or "immediate" turn into a call for haste.
    private static let urgentNouns: Set<String> = [
        "action", "actions", "steps", "step", "attention", "review", "improvement", "improvements",
        "priority", "measures",
    ]
}
