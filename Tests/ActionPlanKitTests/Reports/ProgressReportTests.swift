import ActionPlanKit
import Testing

@Suite struct ProgressReportTests {
    static let day = SamplePlans.day

    private func report(_ asOf: String, since: String? = nil) -> ProgressReport {
        ProgressReport(
            plan: SamplePlans.dudley, asOf: ProgressReportTests.day(asOf),
            since: since.map(ProgressReportTests.day))
    }

    @Test func groupsEveryActionUnderItsRecommendationListByListInReportOrder() {
        let report = report("2013-04-01")
        #expect(report.sections.map(\.name) == ["Safeguarding", "Looked after children"])
        #expect(
            report.sections.map { $0.groups.map(\.recommendation.number) } == [
                [1, 2, 3, 7, 8], [4, 5, 6, 9],
            ])
        #expect(
            report.groups.flatMap { $0.actions.map(\.action.id.description) } == [
                "1", "2", "3", "7", "8", "4", "5", "6", "9",
            ])
        #expect(report.groups[0].heading == "Recommendation 1: immediately")
        #expect(
            report.groups[0].recommendationText
                == "Ensure that all children subject to a child protection plan have an allocated qualified "
                + "social worker.")
    }

    @Test func theProgressColumnIsTheLatestNoteThatStands() throws {
        var plan = SamplePlans.dudley
        let author = ChangeAuthor(by: "j.smith", on: ProgressReportTests.day("2013-03-25"), recorded: "")
        // Action 2's latest note is "Half of staff trained"; a later note, then undone, must not show.
        try plan.apply(ActionUpdate(note: "Wrong action noted"), to: [ActionID(2)!], author: author)
        try plan.undo(author: author, note: "wrong action")
        let line = try #require(
            ProgressReport(plan: plan, asOf: ProgressReportTests.day("2013-04-01")).groups[1].actions.first)
        #expect(line.latestNote == "Half of staff trained")
        #expect(line.latestNoteOn == ProgressReportTests.day("2013-03-20"))
        // Undoing the undo brings the note back.
        try plan.undo(author: author)
        let restored = try #require(
            ProgressReport(plan: plan, asOf: ProgressReportTests.day("2013-04-01")).groups[1].actions.first)
        #expect(restored.latestNote == "Wrong action noted")
    }

    @Test func percentCompleteLeavesOutDroppedActions() {
        // One of eight live actions is signed off on 2013-04-01; on 2013-01-25 one is completed, none dropped.
        #expect(report("2013-04-01").percentComplete == 13)
        #expect(report("2013-01-25").percentComplete == 11)
        #expect(report("2013-04-01").groups.first?.percentComplete == 100)
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
