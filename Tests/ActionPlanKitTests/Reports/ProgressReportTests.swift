import ActionPlanKit
import Testing

@Suite struct ProgressReportTests {
    static let day = SamplePlans.day

    private func report(_ asOf: String, since: String? = nil) -> ProgressReport {
        ProgressReport(
            plan: SamplePlans.dudley, asOf: ProgressReportTests.day(asOf),
            since: since.map(ProgressReportTests.day))
    }

    @Test func groupsEveryActionBySectionInReportOrderThenTimescaleSoonestFirst() {
        let groups = report("2013-04-01").groups
        #expect(
            groups.map(\.heading) == [
                "Safeguarding: immediately", "Safeguarding: within 3 months", "Safeguarding: within 4 months",
                "Looked after children: within 3 months", "Looked after children: within 18 weeks",
                "Looked after children: within 6 months", "Looked after children: no timescale given",
            ])
        #expect(
            groups.map { $0.actions.map(\.action.id.recommendation) } == [
                [1, 7], [2, 3], [8], [6], [9], [4], [5],
            ])
    }

    @Test func percentCompleteLeavesOutDroppedActions() {
        // One of eight live actions is signed off on 2013-04-01; on 2013-01-25 one is completed, none dropped.
        #expect(report("2013-04-01").percentComplete == 13)
        #expect(report("2013-01-25").percentComplete == 11)
        #expect(report("2013-04-01").groups.first?.percentComplete == 50)
    }

    @Test func totalsCostsAsTheyStoodOnTheDay() {
        #expect(report("2013-04-01").totalCost == Money(pence: 1_700_050))
        #expect(report("2013-04-01").costedActions == 2)
        #expect(report("2013-03-10").totalCost == Money(pence: 1_250_000))
        #expect(report("2013-02-01").totalCost == Money(pence: 0))
    }

    @Test func listsChangesFromTheSinceDayInclusiveToTheAsOfDay() {
        let changes = report("2013-03-05", since: "2013-02-10").changes
        #expect(changes.map(\.on.description) == ["2013-02-10", "2013-03-01", "2013-03-05"])
        #expect(changes.map(\.id.recommendation) == [1, 4, 6])
        #expect(changes[0].what == ["status: completed, awaiting sign-off → signed off"])
        #expect(changes[1].reason == "New service manager starts in May")
        #expect(changes[1].what.contains("cost: (none) → £12,500"))
    }

    @Test func withoutASinceDayEveryChangeIsListed() {
        #expect(report("2013-04-01").changes.count == 8)
        #expect(report("2013-04-01").changesHeadingForTest == "Changes since the plan was generated")
    }

    @Test func showsThePlanAsItStoodOnTheDay() throws {
        let before = try #require(report("2013-01-10").groups.first?.actions.first)
        let after = try #require(report("2013-02-11").groups.first?.actions.first)
        #expect(before.action.status == .inProgress)
        #expect(before.rating.colour == .red)
        #expect(after.action.status == .signedOff)
        #expect(after.rating.reason == "signed off")
    }
}

extension ProgressReport {
    /// The heading of the changes section, read through the Markdown a user sees.
    var changesHeadingForTest: String? {
        let markdown = (try? render(RenderOptions(format: .markdown))) ?? ""
        return markdown.split(separator: "\n").first { $0.hasPrefix("## Changes since") }
            .map { String($0.dropFirst(3).prefix { $0 != ":" }) }
    }
}
