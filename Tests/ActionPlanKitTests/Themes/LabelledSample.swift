import Foundation
import Testing

@testable import ActionPlanKit

/// The hand-labelled recommendations in `Fixtures/themes/labelled-recommendations.tsv`.
///
/// Columns: part (`tuning`, `held-out`, `unseen`), source (`REPORT#N`), text, themes (slugs, main first).
/// `tuning` was used to write and weigh the rules; `held-out` was labelled at the same time and never tuned
/// on; `unseen` was drawn and labelled after the rules were frozen.
struct LabelledRecommendation: Sendable {
    var part: String
    var source: String
    var text: String
    var themes: [Theme]
}

enum LabelledSample {
    static func load() throws -> [LabelledRecommendation] {
        let url = try #require(
            Bundle.module.url(
                forResource: "labelled-recommendations", withExtension: "tsv", subdirectory: "Fixtures/themes"
            ))
        let text = try String(contentsOf: url, encoding: .utf8)
        return try text.split(separator: "\n").dropFirst().map { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            try #require(fields.count == 4, "bad sample line: \(line)")
            let themes = try fields[3].split(separator: ",").map { slug in
                try #require(Theme(rawValue: String(slug)), "unknown theme \(slug)")
            }
            return LabelledRecommendation(part: fields[0], source: fields[1], text: fields[2], themes: themes)
        }
    }

    /// How often the main theme given is one of the label's, and the mean per-recommendation F1 of the sets.
    static func agreement(_ sample: [LabelledRecommendation], _ classify: (String) -> [Theme]) -> (
        main: Double, f1: Double
    ) {
        var mainAgreed = 0
        var f1Total = 0.0
        for item in sample {
            let given = classify(item.text)
            if let main = given.first, item.themes.contains(main) { mainAgreed += 1 }
            let common = Set(given).intersection(item.themes).count
            if common > 0 {
                let precision = Double(common) / Double(given.count)
                let recall = Double(common) / Double(item.themes.count)
                f1Total += 2 * precision * recall / (precision + recall)
            }
        }
        let count = Double(max(sample.count, 1))
        return (Double(mainAgreed) / count, f1Total / count)
    }
}

/// The comparison: a keyword list written in two minutes, a theme for each keyword found, most hits first.
enum KeywordBaseline {
    static let keywords: [(Theme, [String])] = [
        (
            .frontDoor,
            ["referral", "threshold", "mash", "strategy", "front door", "out of hours", "out-of-hours"]
        ),
        (.earlyHelp, ["early help"]),
        (.assessment, ["assessment"]),
        (.planningAndReview, ["plan", "review", "iro", "conference"]),
        (.managementOversight, ["management oversight", "supervision", "managers"]),
        (.workforce, ["caseload", "recruit", "training", "workforce", "staff"]),
        (
            .voiceOfTheChild,
            [
                "voice", "wishes", "direct work", "advocacy", "complaint", "life story", "life-story",
                "participation",
            ]
        ),
        (.exploitationAndMissing, ["missing", "exploitation", "return home"]),
        (.domesticAbuseAndParentalNeed, ["domestic", "substance", "mental ill"]),
        (
            .placementsAndPermanence,
            ["placement", "permanence", "foster", "adoption", "adopter", "special guardian"]
        ),
        (.careLeavers, ["care leaver", "pathway", "homeless"]),
        (.health, ["health", "camhs", "dental"]),
        (.education, ["education", "school", "pep"]),
        (.disabledChildren, ["disab"]),
        (.qualityAssurance, ["audit", "quality assurance", "performance", "data"]),
        (.leadershipAndPartnership, ["leaders", "board", "partner", "corporate", "strateg", "commission"]),
        (.recordingAndSystems, ["record", "system"]),
        (.legalAndCourt, ["proceedings", "plo", "court"]),
    ]

    static func themes(_ text: String) -> [Theme] {
        let lowered = text.lowercased()
        let hits = keywords.map { theme, words in
            (theme, words.reduce(0) { $0 + lowered.components(separatedBy: $1).count - 1 })
        }.filter { $0.1 > 0 }
        let ranked = hits.enumerated().sorted {
            $0.element.1 != $1.element.1 ? $0.element.1 > $1.element.1 : $0.offset < $1.offset
        }
        let themes = ranked.prefix(3).map(\.element.0)
        return themes.isEmpty ? [.planningAndReview] : themes
    }
}
