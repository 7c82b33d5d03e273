import Foundation
import Testing

@testable import ActionPlanKit

@Suite("Themes")
struct ThemeClassifierTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var text: String
        var themes: [Theme]
        var testDescription: String { name }
    }

    @Test(
        "THEMES.md's own examples and the obvious cases",
        arguments: [
            Case(
                name: "supervision about assessments is oversight first",
                text: "Ensure that supervision of social workers addresses the quality of assessments",
                themes: [.managementOversight, .assessment]),
            Case(
                name: "pathway plans are care leavers'", text: "Improve pathway plans", themes: [.careLeavers]
            ),
            Case(
                name: "all plans including pathway plans are plans first",
                text: "Improve the quality of all plans, including pathway plans",
                themes: [.planningAndReview, .careLeavers]),
            Case(
                name: "purpose clause counts less",
                text: "Strengthen the use of chronologies so that plans are timely.",
                themes: [.assessment]),
            Case(
                name: "return home interviews are missing, not going home",
                text: "The take-up and quality of return home interviews.", themes: [.exploitationAndMissing]),
            Case(
                name: "health and wellbeing board is governance",
                text: "Align the priorities of the Health and Wellbeing Board with the partnership's.",
                themes: [.leadershipAndPartnership]),
            Case(
                name: "missing education is education",
                text: "The tracking of children missing education.", themes: [.education]),
            Case(name: "nothing recognised falls back", text: "Do better.", themes: [.planningAndReview]),
        ])
    func classifies(_ example: Case) {
        #expect(ThemeClassifier.standard.classify(example.text).themes == example.themes)
    }

    @Test("the explanation names the phrases that decided, with the words the recommendation used")
    func explains() throws {
        let result = ThemeClassifier.standard.classify(
            "The quality of supervision, including the recording of managers' decisions, so that plans progress."
        )
        #expect(result.main == .managementOversight)
        let supervision = try #require(result.evidence.first { $0.words == "supervision" })
        #expect(supervision.theme == .managementOversight && supervision.clause == .request)
        let recording = try #require(result.evidence.first { $0.words == "recording" })
        #expect(recording.clause == .aside && recording.score < recording.weight)
        let plans = try #require(result.evidence.first { $0.words == "plan" })
        #expect(plans.clause == .purpose && plans.score == plans.weight * 0.5)
        #expect(result.scores[.managementOversight]! > result.scores[.recordingAndSystems]!)
    }

    @Test("one to three themes, no repeats, for every labelled recommendation")
    func shape() throws {
        for item in try LabelledSample.load() {
            let themes = ThemeClassifier.standard.classify(item.text).themes
            #expect((1...3).contains(themes.count) && Set(themes).count == themes.count, "\(item.source)")
        }
    }

    @Test("every theme has rules, and the standard table reads")
    func tableCoversEveryTheme() throws {
        let rules = try ThemeRule.table(ThemeRule.standardTable)
        #expect(rules.count > 200)
        let covered = Set(rules.flatMap { $0.weights.map(\.theme) })
        #expect(covered == Set(Theme.allCases))
    }

    @Test(
        "a bad rule line is refused with what was wrong",
        arguments: [
            ("no equals sign", ThemeRuleError.malformed("no equals sign")),
            ("word = nonsense:2", .unknownTheme("nonsense")),
            ("word = health", .malformed("word = health")),
        ])
    func badRule(line: String, error: ThemeRuleError) {
        #expect(throws: error) { try ThemeRule(line: line) }
    }

    @Test("agreement with hand labels on the held-out and unseen parts stays above its floor")
    func agreementFloor() throws {
        let sample = try LabelledSample.load()
        let classify = { ThemeClassifier.standard.classify($0).themes }
        for part in ["tuning", "held-out", "unseen"] {
            let items = sample.filter { $0.part == part }
            let ours = LabelledSample.agreement(items, classify)
            let baseline = LabelledSample.agreement(items, KeywordBaseline.themes)
            print(
                "themes \(part) (\(items.count)): main \(ours.main), F1 \(ours.f1); keyword baseline main \(baseline.main), F1 \(baseline.f1)"
            )
        }
        let untuned = sample.filter { $0.part != "tuning" }
        #expect(untuned.count >= 200)
        let ours = LabelledSample.agreement(untuned, classify)
        #expect(ours.main >= 0.92)
        #expect(ours.f1 >= 0.84)
        let baseline = LabelledSample.agreement(untuned, KeywordBaseline.themes)
        #expect(ours.f1 - baseline.f1 >= 0.1, "the rules should beat a two-minute keyword list clearly")
    }
}

@Suite("Recommendation words")
struct RecommendationWordsTests {
    @Test(
        "words are lowercased, split at punctuation, possessives dropped and plurals singular",
        arguments: [
            ("Children’s plans", ["children", "plan"]),
            ("life-story work", ["life", "story", "work"]),
            ("Out-of-Hours services", ["out", "of", "hour", "service"]),
            ("policies and processes", ["policy", "and", "process"]),
            ("16- and 17-year-olds", ["16", "and", "17", "year", "old"]),
            ("IROs' status", ["iro", "status"]),
        ])
    func words(text: String, expected: [String]) {
        #expect(RecommendationWords.words(text) == expected)
    }
}

@Suite("Theme lists")
struct ThemeListTests {
    @Test("a comma-separated list of slugs reads in order")
    func reads() throws {
        #expect(try Theme.list("health, care-leavers").get() == [.health, .careLeavers])
    }

    @Test(
        "bad lists are refused",
        arguments: [
            ("helth", ThemeListError.unknown("helth")), ("health,health", .repeated("health")),
            (" , ", .empty),
            ("health,education,workforce,assessment", .tooMany(4)),
        ])
    func refuses(text: String, error: ThemeListError) {
        #expect(throws: error) { try Theme.list(text).get() }
    }
}
