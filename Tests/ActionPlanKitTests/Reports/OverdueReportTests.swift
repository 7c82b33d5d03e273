import ActionPlanKit
import Testing

@Suite struct OverdueReportTests {
    static let day = SamplePlans.day

    private func report(_ asOf: String, byOwner: Bool = false) -> OverdueReport {
        OverdueReport(plans: [SamplePlans.dudley], asOf: OverdueReportTests.day(asOf), byOwner: byOwner)
    }

    @Test func countsActionsByRAGWithPercentages() {
        let counts = report("2013-04-01").ragCounts
        #expect(counts.map(\.rag) == [.red, .amber, .green, .blue, .none])
        // Action 5 has no due date and the statement deadline (2013-03-13) has passed: red.
        #expect(counts.map(\.count) == [5, 2, 0, 1, 1])
        #expect(counts.map(\.percentage) == [56, 22, 0, 11, 11])
        #expect(report("2013-04-01").totalActions == 9)
    }

    @Test func listsOverdueActionsMostOverdueFirstThenByID() {
        let overdue = report("2013-04-01").overdue
        #expect(overdue.map(\.action.id.recommendation) == [7, 2, 3, 8])
        #expect(overdue.map(\.daysOverdue) == [122, 32, 32, 2])
    }

    @Test func showsTheLatestNoteAndItsDay() throws {
        let line = try #require(report("2013-04-01").overdue.first { $0.action.id.recommendation == 2 })
        #expect(line.latestNote == "Half of staff trained")
        #expect(line.latestNoteOn == OverdueReportTests.day("2013-03-20"))
    }

    @Test func bucketsOverdueActionsByAge() {
        let ageing = report("2013-04-01").ageing
        #expect(ageing.map(\.label) == ["1–30 days", "31–90 days", "over 90 days"])
        #expect(ageing.map(\.count) == [1, 2, 1])
    }

    @Test(
        "With nothing overdue the paper has no ageing table; with something overdue it has",
        arguments: [OutputFormat.text, .markdown, .html])
    func ageingOnlyWhenSomethingIsOverdue(_ format: OutputFormat) throws {
        let quiet = report(SamplePlans.dudley.startDate.description)
        #expect(quiet.overdue.isEmpty)
        #expect(!(try quiet.render(RenderOptions(format: format))).contains("Ageing of overdue actions"))
        #expect(
            try report("2013-04-01").render(RenderOptions(format: format)).contains(
                "Ageing of overdue actions"))
    }

    @Test(
        "Bucket boundaries",
        arguments: [
            ("2012-12-30", [2, 0, 0]),  // actions 1 (in progress) and 7 are 30 days overdue
            ("2012-12-31", [0, 2, 0]),  // 31 days
            ("2013-02-28", [0, 1, 0]),  // 1 is signed off; 7 is 90 days overdue; 2, 3 and 6 are due today
            ("2013-03-01", [3, 0, 1]),  // 2, 3 and 6 (not yet dropped) 1 day; 7 is 91 days
        ])
    func bucketBoundaries(_ asOf: String, _ expected: [Int]) {
        let ageing = report(asOf).ageing
        #expect(ageing.map(\.count) == expected, "as at \(asOf)")
    }

    @Test func anActionDueTodayIsNotOverdueButDueSoon() {
        let report = report("2013-03-30")
        #expect(!report.overdue.contains { $0.action.id.recommendation == 8 })
        #expect(report.dueSoon.first?.action.id.recommendation == 8)
    }

    @Test func dueSoonRunsToTheEndOfTheAmberWindowSoonestFirst() {
        // From 2013-03-08 the window ends 2013-04-05: actions 8 (03-30) and 9 (04-05), not 4 (07-31).
        #expect(report("2013-03-08").dueSoon.map(\.action.id.recommendation) == [8, 9])
        #expect(report("2013-03-07").dueSoon.map(\.action.id.recommendation) == [8])
    }

    @Test func flagsOpenActionsWithNoDueDateOrNoOwner() {
        let report = report("2013-04-01")
        #expect(report.noDueDate.isEmpty)
        #expect(report.undatedPastDeadline.map(\.action.id.recommendation) == [5])
        #expect(report.noOwner.map(\.action.id.recommendation) == [4, 7])
    }

    /// Published 2012-11-30, so the statement of action was due 70 working days later, 2013-03-13.
    @Test(
        "an undated open action turns red the day after the statement deadline, not on it",
        arguments: [
            ("2013-03-13", RAG.none, "date to be set by 2013-03-13"),
            ("2013-03-14", RAG.red, "no due date set by the statement deadline (2013-03-13)"),
        ])
    func undatedAfterTheDeadline(_ asOf: String, _ colour: RAG, _ reason: String) throws {
        let report = report(asOf)
        #expect(SamplePlans.dudley.source.statementDue == OverdueReportTests.day("2013-03-13"))
        let line = try #require((report.noDueDate + report.undatedPastDeadline).first)
        #expect(line.action.id.recommendation == 5)
        #expect(line.colour == colour)
        #expect(line.rating.reason == reason)
        #expect(report.undatedPastDeadline.count == (colour == .red ? 1 : 0))
        #expect(report.noDueDate.count == (colour == .red ? 0 : 1))
        #expect(!report.overdue.contains { $0.action.id.recommendation == 5 })
    }

    @Test func theReportAsAtADayBeforeAnUpdateDiffersFromOneAfter() throws {
        // Action 1 was signed off on 2013-02-10 and action 3 blocked on 2013-02-01.
        let before = report("2013-01-31")
        let after = report("2013-02-11")
        #expect(before.ragCounts.map(\.count) == [1, 3, 4, 0, 1])
        #expect(after.ragCounts.map(\.count) == [2, 2, 3, 1, 1])  // 3 is blocked, so red
        #expect(before.overdue.map(\.action.id.recommendation) == [7])
        let rescheduledLater = report("2013-03-02").noOwner.first { $0.action.id.recommendation == 4 }
        let rescheduledEarlier = report("2013-02-28").noOwner.first { $0.action.id.recommendation == 4 }
        #expect(rescheduledLater?.action.due == OverdueReportTests.day("2013-07-31"))
        #expect(rescheduledEarlier?.action.due == OverdueReportTests.day("2013-05-30"))
    }

    @Test func groupsOverdueActionsByOwnerAlphabeticallyWithTheUnownedLast() {
        let groups = report("2013-04-01", byOwner: true).ownerGroups
        #expect(
            groups.map(\.owner) == ["Head of Safeguarding", "NHS Dudley", "Principal Social Worker", nil])
        #expect(groups.map { $0.actions.map(\.action.id.recommendation) } == [[8], [3], [2], [7]])
    }

    @Test func coversSeveralPlans() {
        let report = OverdueReport(
            plans: [SamplePlans.dudley, SamplePlans.sutton], asOf: OverdueReportTests.day("2013-04-01"))
        #expect(report.plans.map(\.name.rawValue) == ["dudley-2012", "sutton-2019"])
        #expect(report.plans.map(\.overdueCount) == [4, 1])
        #expect(
            report.overdue.map { "\($0.plan)#\($0.action.id)" } == [
                "dudley-2012#7", "sutton-2019#1", "dudley-2012#2", "dudley-2012#3", "dudley-2012#8",
            ])
        #expect(report.totalActions == 12)
    }

    @Test func anEmptyPlanListGivesAnEmptyReportWithoutDividingByZero() throws {
        let report = OverdueReport(plans: [], asOf: OverdueReportTests.day("2013-04-01"))
        #expect(report.ragCounts.allSatisfy { $0.count == 0 && $0.percentage == 0 })
        for format in OutputFormat.allCases {
            #expect(try !report.render(RenderOptions(format: format)).isEmpty)
        }
    }
}
