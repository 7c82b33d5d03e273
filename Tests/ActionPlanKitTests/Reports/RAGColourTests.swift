import Testing

@testable import ActionPlanKit

/// Reports count colours with a quick rule; it must agree with the rating a person reads.
@Suite struct RAGColourTests {
    @Test("The quick colour agrees with the rating", arguments: ActionStatus.allCases)
    func agrees(_ status: ActionStatus) {
        let day = SamplePlans.day("2013-04-01")
        // The statement deadline decides undated actions: none, passed, the day itself, still to come.
        for deadline in [nil, -1, 0, 1].map({ $0.map { day.adding(days: $0) } }) {
            let policy = RAGPolicy(amberWindow: 28, statementDue: deadline)
            for offset in [nil, -400, -2, -1, 0, 1, 27, 28, 29, 400] as [Int?] {
                for rescheduledBy in [0, 5] {
                    let due = offset.map { day.adding(days: $0) }
                    let action = Action(
                        id: SamplePlans.id(1), action: "x", due: due,
                        originalDue: due?.adding(days: -rescheduledBy), status: status)
                    #expect(
                        policy.colour(of: action, on: day) == policy.rating(of: action, on: day).colour,
                        "\(status) due \(due?.description ?? "none"), rescheduled by \(rescheduledBy) days, statement due \(deadline?.description ?? "none")"
                    )
                }
            }
        }
    }
}
