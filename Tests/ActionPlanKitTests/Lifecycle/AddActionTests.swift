import Testing

@testable import ActionPlanKit

@Suite("Several actions under one recommendation")
struct AddActionTests {
    static let new = ActionPlan.NewAction(
        action: "Audit 40 health assessments", owner: "Designated Nurse", due: CalendarDay(iso: "2012-06-30"),
        measure: "40 audited")

    @Test("an added action takes the next ID under its recommendation and records its coming into being")
    func addsWithNextID() throws {
        var plan = freshPlan()
        let id = try plan.add(Self.new, to: 2, author: author("2012-02-01"))
        #expect(id.description == "2.2")
        #expect(
            try plan.add(.init(action: "Second"), to: 2, author: author("2012-02-02")).description == "2.3")
        #expect(plan.actions.map(\.id.description) == ["1", "2", "2.2", "2.3", "3"])
        let action = try #require(plan.action(id))
        #expect(action.recommendationNumber == 2)
        #expect(action.owner == "Designated Nurse")
        #expect(action.due == CalendarDay(iso: "2012-06-30"))
        #expect(action.originalDue == action.due)
        #expect(action.measure == "40 audited")
        let entry = try #require(action.history.first)
        #expect(entry.revision == 1)
        #expect(entry.on == CalendarDay(iso: "2012-02-01"))
        #expect(
            entry.changes.contains(FieldChange(field: .action, from: nil, to: "Audit 40 health assessments")))
        #expect(plan.revision == 2)
        #expect(PlanCheck.consistency(of: plan).isEmpty)
        #expect(try PlanCoding.decode(try PlanCoding.encode(plan), path: "p") == plan)
    }

    @Test("the plan as of a day before an action was added leaves it out")
    func asOfBeforeAdding() throws {
        var plan = freshPlan()
        let id = try plan.add(Self.new, to: 2, author: author("2012-02-01"))
        #expect(plan.asOf(CalendarDay(iso: "2012-01-31")!).action(id) == nil)
        #expect(plan.asOf(CalendarDay(iso: "2012-02-01")!).action(id)?.owner == "Designated Nurse")
    }

    @Test("undoing an add withdraws the action, keeps its history, and its ID is never given again")
    func undoWithdraws() throws {
        var plan = freshPlan()
        let id = try plan.add(Self.new, to: 2, author: author("2012-02-01"))
        try plan.undo(author: author("2012-02-02"))
        let stored = try #require(plan.action(id))
        #expect(!stored.exists)
        #expect(stored.history.count == 2)
        #expect(plan.asOf(CalendarDay(iso: "2012-03-01")!).action(id) == nil)
        #expect(PlanCheck.consistency(of: plan).isEmpty)
        #expect(throws: PlanError.self) {
            try plan.apply(ActionUpdate(note: "x"), to: [id], author: author("2012-02-03"))
        }
        // Undoing the undo brings it back.
        var restored = plan
        try restored.undo(author: author("2012-02-04"))
        #expect(restored.action(id)?.exists == true)
        #expect(restored.asOf(CalendarDay(iso: "2012-03-01")!).action(id)?.action == Self.new.action)
        #expect(
            try plan.add(.init(action: "Again"), to: 2, author: author("2012-02-03")).description == "2.3")
    }

    @Test("an action cannot be added under a recommendation the plan does not have, nor without wording")
    func refusals() {
        var plan = freshPlan()
        #expect(throws: PlanError.unknownRecommendation(9, plan: plan.name, known: [1, 2, 3])) {
            try plan.add(Self.new, to: 9, author: author())
        }
        #expect(throws: PlanError.emptyAction) {
            try plan.add(.init(action: "  "), to: 1, author: author())
        }
        #expect(plan == freshPlan())
    }

    struct RollUp: CustomTestStringConvertible, Sendable {
        var name: String
        var statuses: [ActionStatus]
        var expected: ActionStatus
        var testDescription: String { name }
    }

    @Test(
        "a recommendation's status rolls up from its actions",
        arguments: [
            RollUp(name: "all signed off", statuses: [.signedOff, .signedOff], expected: .signedOff),
            RollUp(
                name: "completed and signed off", statuses: [.completed, .signedOff], expected: .completed),
            RollUp(name: "one still open", statuses: [.completed, .notStarted], expected: .inProgress),
            RollUp(name: "one blocked", statuses: [.blocked, .inProgress], expected: .blocked),
            RollUp(name: "none started", statuses: [.notStarted, .notStarted], expected: .notStarted),
            RollUp(name: "dropped ones leave it", statuses: [.dropped, .signedOff], expected: .signedOff),
            RollUp(name: "all dropped", statuses: [.dropped, .dropped], expected: .dropped),
        ])
    func rollsUpStatus(_ rollUp: RollUp) {
        let actions = rollUp.statuses.enumerated().map { index, status in
            Action(id: ActionID(recommendation: 1, sequence: index + 1)!, action: "a", status: status)
        }
        let standing = RecommendationStanding(
            Recommendation(number: 1, timescale: .unspecified, text: "r"), actions: actions,
            on: CalendarDay(iso: "2012-01-01")!)
        #expect(standing.status == rollUp.expected)
    }

    @Test("a recommendation's RAG is its worst action's")
    func rollsUpWorstRAG() throws {
        var plan = freshPlan()
        try plan.add(Self.new, to: 1, author: author("2012-02-01"))
        let day = CalendarDay(iso: "2012-04-01")!
        let standing = try #require(plan.standings(on: day).first)
        // Action 1 is past its due date (red); 1.2 is due in June (green).
        #expect(RAGPolicy().colour(of: plan.actions[0], on: day) == .red)
        #expect(RAGPolicy().colour(of: plan.actions[1], on: day) == .green)
        #expect(standing.colour == .red)
        #expect(standing.actions.map(\.description) == ["1", "1.2"])
    }
}
