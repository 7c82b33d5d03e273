import Foundation
import Testing

@testable import ActionPlanKit

/// The views `list`, `show`, `history` and `check` print, read back as jq would read their JSON.
@Suite struct PlanViewTests {
    static let plan = SamplePlans.dudley
    static let day = SamplePlans.day("2013-04-01")

    struct View: CustomTestStringConvertible, Sendable {
        var name: String
        var json: @Sendable () -> String
        /// Keys the top-level object must have.
        var keys: Set<String>
        var testDescription: String { name }
    }

    static let views: [View] = [
        View(
            name: "list",
            json: {
                ActionListing(
                    parts: [ActionListing.Part(plan, on: day, policy: RAGPolicy()) { _ in true }], asOf: day
                ).json()
            }, keys: ["asOf", "plans"]),
        View(
            name: "show PLAN", json: { PlanOverview(plan.asOf(day), on: day, policy: RAGPolicy()).json() },
            keys: [
                "name", "asOf", "authority", "source", "startDate", "published", "statementDue",
                "recommendations", "actions",
            ]),
        View(
            name: "show PLAN ACTION",
            json: { ActionDetail(plan.actions[0], of: plan, on: day, policy: RAGPolicy()).json() },
            keys: ["name", "asOf", "action"]),
        View(name: "history", json: { PlanHistory(of: plan).json() }, keys: ["name", "revisions"]),
        View(
            name: "check",
            json: {
                CheckSummary(
                    plans: [plan.name], asOf: day,
                    findings: [PlanFinding(plan: "dudley", severity: .warning, message: "no owner")]
                ).json()
            }, keys: ["asOf", "plans", "errors", "warnings", "findings"]),
    ]

    @Test("Each view's JSON reads back with its keys", arguments: views)
    func jsonReadsBack(_ view: View) throws {
        let text = view.json()
        #expect(text.hasSuffix("}\n"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(Set(object.keys) == view.keys)
    }

    @Test func anActionsDetailCarriesItsHistoryWithExplicitNulls() throws {
        let action = try #require(PlanViewTests.plan.actions.first { !$0.history.isEmpty })
        let text = ActionDetail(action, of: PlanViewTests.plan, on: PlanViewTests.day, policy: RAGPolicy())
            .json()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let history = try #require((object["action"] as? [String: Any])?["history"] as? [[String: Any]])
        #expect(history.count == action.history.count)
        #expect(Set(history[0].keys) == Set(HistoryEntry.CodingKeys.allCases.map(\.stringValue)))
    }

    @Test func listAndOverdueShortenAnActionTheSameWay() {
        let long = String(repeating: "Review the quality of every plan ", count: 6)
        var plan = PlanViewTests.plan
        plan.actions[0].action = long
        let listing = ActionListing(
            parts: [
                ActionListing.Part(plan, on: PlanViewTests.day, policy: RAGPolicy()) {
                    $0.id == plan.actions[0].id
                }
            ],
            asOf: PlanViewTests.day)
        let line = listing.parts[0].lines[0]
        #expect(line.shortAction == long.shortened(to: ActionLine.shortLength))
        #expect(listing.text(width: 200, colour: false).contains(line.shortAction))
    }

    @Test func noReportsIsAnEmptyArray() {
        #expect(ReportSummary.json([]) == "[]\n")
    }
}
