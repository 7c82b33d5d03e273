import Foundation

extension ThemeClassification {
    /// Which words decided, in words: the themes given, then each phrase found with what it counted.
    ///
    /// - Parameters:
    ///   - recorded: The themes the plan records, when they differ from what the rules give (a person
    ///     corrected them), so the reader sees both.
    public func explanation(recorded: [Theme]? = nil) -> String {
        var lines: [String] = []
        lines.append("Themes by the rules: " + themes.map(\.slug).joined(separator: ", "))
        if let recorded, recorded != themes {
            lines.append("Themes recorded in the plan: " + recorded.map(\.slug).joined(separator: ", "))
        }
        if isFallback {
            lines.append("No phrase of the rules was found; \(themes[0].slug) is the fallback.")
            return lines.joined(separator: "\n") + "\n"
        }
        lines.append("")
        lines.append("Scores:")
        for (theme, score) in scores.sorted(by: {
            $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key
        }) {
            let mark = themes.contains(theme) ? "*" : " "
            lines.append(
                " \(mark) \(theme.slug.padding(toLength: 34, withPad: " ", startingAt: 0)) \(String(format: "%5.1f", score))"
            )
        }
        lines.append("")
        lines.append("Phrases found:")
        for item in evidence {
            let scaled =
                switch item.clause {
                case .request: ""
                case .purpose: " (in a purpose clause: ×\(String(format: "%.1f", item.score / item.weight)))"
                case .aside: " (in an aside: ×\(String(format: "%.1f", item.score / item.weight)))"
                }
            lines.append(
                "  \"\(item.words)\" (rule \"\(item.phrase)\") → \(item.theme.slug) \(String(format: "%.1f", item.score))\(scaled)"
            )
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
