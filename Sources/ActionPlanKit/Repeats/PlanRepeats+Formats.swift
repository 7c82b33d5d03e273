import Foundation

extension PlanRepeats {
    /// The repeats for the terminal: each repeating recommendation with the earlier ones and their fate.
    public func text() -> String {
        var lines: [String] = []
        let searched =
            earlierPlans.isEmpty
            ? "no earlier plan of \(council) in the plans folder"
            : "earlier plans of \(council): \(earlierPlans.joined(separator: ", "))"
        lines.append("Repeated recommendations in \(plan) (\(searched))")
        lines.append("Earlier actions' status as of \(day.written), the report's date.")
        for item in repeats {
            lines.append("")
            lines.append("Recommendation \(item.recommendation): \(item.text)")
            for earlier in item.earlier {
                lines.append(
                    "  repeats recommendation \(earlier.recommendation) of \(earlier.plan) (\(earlier.year)), "
                        + "score \(String(format: "%.2f", earlier.score)): \(earlier.status)")
                lines.append("    \"\(earlier.text)\"")
                if !earlier.shared.isEmpty {
                    lines.append("    shared: \(earlier.shared.joined(separator: ", "))")
                }
            }
        }
        lines.append("")
        lines.append(summary)
        return lines.joined(separator: "\n") + "\n"
    }

    /// "3 of 7 recommendations repeat recommendations of earlier plans of Norfolk."
    public var summary: String {
        let count = repeats.count
        return "\(count) of \(recommendationCount) recommendation\(recommendationCount == 1 ? "" : "s") "
            + "repeat\(count == 1 ? "s" : "") recommendations of earlier plans of \(council)."
    }

    /// The repeats as JSON: `{"plan": NAME, "repeats": [{"recommendation": N, "earlier": [...]}]}`.
    public func json() -> String {
        struct Document: Encodable {
            var plan: String
            var council: String
            var asOf: String
            var earlierPlans: [String]
            var repeats: [Repeat]
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let document = Document(
            plan: plan, council: council, asOf: day.description, earlierPlans: earlierPlans, repeats: repeats)
        let data = (try? encoder.encode(document)) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
