import Foundation
import Testing

@testable import ActionPlanKit

@Suite("Repeated recommendations")
struct RepeatFinderTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var later: String
        var earlier: String
        var isRepeat: Bool
        var testDescription: String { name }
    }

    static func score(_ later: String, _ earlier: String) -> Double {
        let finder = RepeatFinder.standard
        let profile = { (text: String) in
            finder.profile(text, themes: ThemeClassifier.standard.classify(text).themes)
        }
        return finder.similarity(profile(later), profile(earlier))
    }

    @Test(
        "same improvement in other words is a repeat; a different improvement or generic overlap is not",
        arguments: [
            Case(
                name: "oversight and supervision in other words",
                later: "Improve management oversight and supervision.",
                earlier:
                    "Ensure that managers provide regular, reflective supervision and that their oversight of "
                    + "children's cases is recorded.",
                isRepeat: true),
            Case(
                name: "strategy meetings and strategy discussions",
                later: "The quality of strategy meetings.",
                earlier: "Ensure that all relevant agencies take part in strategy discussions.",
                isRepeat: true),
            Case(
                name: "homeless 16- and 17-year-olds",
                later: "The response to 16- and 17-year-olds who present as homeless.",
                earlier: "The experience of children who present as homeless.", isRepeat: true),
            Case(
                name: "recruiting foster carers is not placement stability",
                later: "Improve placement stability.", earlier: "Recruit more foster carers.", isRepeat: false
            ),
            Case(
                name: "generic words are not an improvement",
                later: "Ensure that the quality of services for children is effective.",
                earlier: "Ensure that children receive a good quality service and that practice improves.",
                isRepeat: false),
            Case(
                name: "care leavers' health is not children in care's health",
                later: "Care leavers' access to their health histories.",
                earlier: "The timeliness of initial health assessments for children in care.", isRepeat: false
            ),
        ])
    func judges(_ example: Case) {
        let score = Self.score(example.later, example.earlier)
        #expect((score >= RepeatFinder.standard.threshold) == example.isRepeat, "score \(score)")
        #expect((0...1).contains(score))
    }

    @Test("the shared concepts explain a match, the heaviest first")
    func sharedConcepts() {
        let finder = RepeatFinder.standard
        let later = finder.profile(
            "Management oversight of private fostering arrangements.", themes: [.planningAndReview])
        let earlier = finder.profile("Raise awareness of private fostering.", themes: [.planningAndReview])
        #expect(finder.shared(later, earlier) == ["private-fostering"])
    }

    @Test("only earlier recommendations near the best one for the same later recommendation are kept")
    func relativeCut() {
        var finder = RepeatFinder.standard
        let later = [finder.profile("The quality of supervision.", themes: [.managementOversight])]
        let earlier = [
            finder.profile(
                "Improve supervision and the recording of case decisions.", themes: [.managementOversight]),
            finder.profile("Supervision of staff.", themes: [.managementOversight]),
            finder.profile("Improve supervision.", themes: [.managementOversight]),
            finder.profile("Recruit more foster carers.", themes: [.placementsAndPermanence]),
        ]
        // Scores 0.66, 0.92, 1 and 0: the first is a match on its own but falls below 0.8 of the best.
        let all = finder.repeats(of: later, in: earlier)[0]
        #expect(all.map(\.earlier) == [2, 1])
        finder.relativeCut = 1
        #expect(finder.repeats(of: later, in: earlier)[0].count == 1)
    }

    @Test(
        "precision and recall on hand-checked repeat pairs of the same councils' reports stay above their floors"
    )
    func agreement() throws {
        let pairs = try RepeatPairs.load()
        #expect(pairs.count >= 20)
        for part in ["tuning", "held-out"] {
            let result = RepeatPairs.measure(pairs.filter { $0.part == part }, .standard)
            print(
                "repeats \(part): precision \(result.precision), recall \(result.recall) (found \(result.found), right \(result.right), labelled \(result.labelled))"
            )
        }
        let all = RepeatPairs.measure(pairs, .standard)
        print(
            "repeats all: precision \(all.precision), recall \(all.recall) (found \(all.found), right \(all.right), labelled \(all.labelled))"
        )
        #expect(all.precision >= 0.78)
        #expect(all.recall >= 0.7)
        // Without concepts and themes, plain word overlap does much worse: the concepts are what find repeats.
        var wordsOnly = try RepeatFinder(concepts: "", wordCounts: RepeatFinder.standardWordCounts)
        wordsOnly.themeWeight = 0
        wordsOnly.otherWordWeight = 1
        let plain = RepeatPairs.measure(pairs, wordsOnly)
        print("repeats, words only: precision \(plain.precision), recall \(plain.recall)")
        #expect(plain.precision + plain.recall < all.precision + all.recall - 0.2)
    }
}
