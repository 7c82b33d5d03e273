import Foundation

/// A phrase that, where a recommendation says it, counts towards one or more themes.
public struct ThemeRule: Hashable, Sendable {
    /// The phrase as written in the table: "return home interview*".
    public var phrase: String
    /// The phrase's words.
    public var pattern: [WordPattern]
    /// The themes the phrase counts towards and how much; empty for a phrase that only takes its words.
    public var weights: [ThemeWeight]

    /// Reads one line of a rule table, `phrase = theme:weight [theme:weight]`, or `nil` for a blank or
    /// comment line.
    ///
    /// Theme `-` (any weight) marks a phrase that takes its words and counts for nothing.
    public init?(line: String) throws(ThemeRuleError) {
        let content = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
        guard !content.allSatisfy(\.isWhitespace) else { return nil }
        let halves = content.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
        guard halves.count == 2 else { throw .malformed(line) }
        phrase = halves[0].trimmingCharacters(in: .whitespaces)
        pattern = WordPattern.phrase(phrase)
        guard !pattern.isEmpty else { throw .malformed(line) }
        weights = []
        for target in halves[1].split(separator: " ") {
            let parts = target.split(separator: ":")
            guard parts.count == 2, let weight = Double(parts[1]) else { throw .malformed(line) }
            if parts[0] == "-" { continue }
            guard let theme = Theme(rawValue: String(parts[0])) else { throw .unknownTheme(String(parts[0])) }
            weights.append(ThemeWeight(theme: theme, weight: weight))
        }
    }

    /// Reads a whole rule table, one rule a line.
    public static func table(_ text: String) throws(ThemeRuleError) -> [ThemeRule] {
        var rules: [ThemeRule] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if let rule = try ThemeRule(line: String(line)) { rules.append(rule) }
        }
        return rules
    }
}

/// What one phrase counts towards one theme.
public struct ThemeWeight: Hashable, Sendable {
    /// The theme.
    public var theme: Theme
    /// How much the phrase counts, before any clause scaling.
    public var weight: Double
}

/// Why a line of a theme rule table could not be read.
public enum ThemeRuleError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The line is not `phrase = theme:weight …`.
    case malformed(String)
    /// The line names a theme that is not one of THEMES.md's slugs.
    case unknownTheme(String)

    /// The error in words, for `error:` lines.
    public var description: String {
        switch self {
        case .malformed(let line): "theme rule '\(line)' is not 'phrase = theme:weight'"
        case .unknownTheme(let slug): "theme rule names unknown theme '\(slug)'"
        }
    }
}
