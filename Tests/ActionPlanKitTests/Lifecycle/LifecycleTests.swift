import Testing

@testable import ActionPlanKit

/// A three-action plan with nothing recorded yet: 1 and 2 due 2012-03-09, 3 with no due date.
func freshPlan() -> ActionPlan {
    let report = Report(
        authority: "Dudley", inspectionEnd: CalendarDay(iso: "2011-12-09"),
        recommendations: [
            Recommendation(
                number: 1, timescale: .withinMonths(3), text: "Agree the health action plan", line: 1),
            Recommendation(number: 2, timescale: .withinMonths(3), text: "Extend audit processes", line: 2),
            Recommendation(number: 3, timescale: .unspecified, text: "Strengthen quality assurance", line: 3),
        ])
    return try! ActionPlan.generate(
        from: report, name: PlanName("dudley")!, fileName: "dudley.txt",
        sha256: String(repeating: "0", count: 64))
}

func author(_ day: String = "2012-01-15", by: String = "j.smith") -> ChangeAuthor {
    ChangeAuthor(by: by, on: CalendarDay(iso: day)!, recorded: "\(day)T09:00:00Z")
}

func ids(_ numbers: Int...) -> [ActionID] { numbers.map { ActionID($0)! } }

@Suite("Status workflow")
struct LifecycleTests {
    struct Transition: CustomTestStringConvertible, Sendable {
        var name: String
        var path: [ActionStatus]
        var reason: String?
        var allowed: Bool
        var testDescription: String { name }
    }

    @Test(
        "status changes follow the workflow",
        arguments: [
            Transition(name: "start work", path: [.inProgress], allowed: true),
            Transition(name: "sign off a completed action", path: [.completed, .signedOff], allowed: true),
            Transition(
                name: "sign off an action in progress", path: [.inProgress, .signedOff], allowed: false),
            Transition(name: "sign off an action not started", path: [.signedOff], allowed: false),
            Transition(name: "sign off a blocked action", path: [.blocked, .signedOff], allowed: false),
            Transition(name: "drop without a reason", path: [.dropped], allowed: false),
            Transition(name: "drop with a blank reason", path: [.dropped], reason: "   ", allowed: false),
            Transition(
                name: "drop with a reason", path: [.dropped], reason: "merged into action 2", allowed: true),
            Transition(
                name: "reopen a signed-off action", path: [.completed, .signedOff, .inProgress], allowed: true
            ),
            Transition(
                name: "reopen a dropped action", path: [.dropped, .notStarted], reason: "back on",
                allowed: true),
            Transition(name: "reopen a completed action", path: [.completed, .blocked], allowed: true),
        ])
    func transitions(_ transition: Transition) throws {
        var plan = freshPlan()
        var refused = false
        for status in transition.path {
            do {
                try plan.apply(
                    ActionUpdate(status: status, reason: transition.reason), to: ids(1), author: author())
            } catch {
                refused = true
                let expected: Bool
                switch error {
                case .invalidTransition, .reasonRequired: expected = true
                default: expected = false
                }
                #expect(expected, "unexpected error \(error)")
            }
        }
        #expect(refused == !transition.allowed)
        if transition.allowed {
            let action = try #require(plan.action(ActionID(1)!))
            #expect(action.status == transition.path.last)
            let recorded = action.history.compactMap { $0.changes.first { $0.field == .status }?.to }
            #expect(
                recorded == transition.path.map(\.rawValue), "every step, reopening included, is in history")
        }
    }

    @Test("a refused status change leaves the plan exactly as it was")
    func refusalChangesNothing() throws {
        var plan = freshPlan()
        try plan.apply(ActionUpdate(status: .inProgress), to: ids(1), author: author())
        let before = plan
        #expect(throws: PlanError.self) {
            try plan.apply(ActionUpdate(status: .signedOff, note: "done"), to: ids(2, 1), author: author())
        }
        #expect(plan == before)
    }

    @Test("rescheduling needs a reason, keeps the original due date, and rates amber")
    func rescheduling() throws {
        var plan = freshPlan()
        #expect(
            throws: PlanError.reasonRequired(
                action: ActionID(1)!, change: "moving the due date from 2012-03-09 to 2012-06-30")
        ) {
            try plan.apply(ActionUpdate(due: CalendarDay(iso: "2012-06-30")), to: ids(1), author: author())
        }
        #expect(throws: PlanError.self) {
            try plan.apply(
                ActionUpdate(due: CalendarDay(iso: "2012-06-30"), reason: " "), to: ids(1), author: author())
        }
        try plan.apply(
            ActionUpdate(due: CalendarDay(iso: "2012-06-30"), reason: "supplier late"), to: ids(1),
            author: author())
        let action = try #require(plan.action(ActionID(1)!))
        #expect(action.due?.description == "2012-06-30")
        #expect(action.originalDue?.description == "2012-03-09")
        #expect(action.history.last?.reason == "supplier late")
        #expect(
            action.history.last?.changes == [FieldChange(field: .due, from: "2012-03-09", to: "2012-06-30")])
        let rating = RAGPolicy().rating(of: action, on: CalendarDay(iso: "2012-02-01")!)
        #expect(rating.colour == .amber)
        #expect(rating.reason.contains("rescheduled from 2012-03-09"))
    }

    @Test("a first due date needs no reason and becomes the original due date")
    func firstDueDate() throws {
        var plan = freshPlan()
        try plan.apply(ActionUpdate(due: CalendarDay(iso: "2012-09-30")), to: ids(3), author: author())
        let action = try #require(plan.action(ActionID(3)!))
        #expect(action.due?.description == "2012-09-30")
        #expect(action.originalDue?.description == "2012-09-30")
        #expect(action.history.last?.changes == [FieldChange(field: .due, from: nil, to: "2012-09-30")])
    }

    @Test("one command over several actions is one revision, with every old and new value and the note")
    func oneRevision() throws {
        var plan = freshPlan()
        let update = ActionUpdate(
            status: .inProgress, owner: "Head of Service", measure: "Audit shows 90% compliance",
            evidence: "Board minutes", cost: Money("12,500"), note: "Agreed at board")
        let entries = try plan.apply(update, to: ids(1, 3, 1), author: author())
        #expect(entries.count == 2, "an ID given twice counts once")
        #expect(plan.revision == 1)
        for id in ids(1, 3) {
            let entry = try #require(plan.action(id)?.history.last)
            #expect(entry.revision == 1)
            #expect(entry.note == "Agreed at board")
            #expect(entry.by == "j.smith")
            #expect(
                entry.changes == [
                    FieldChange(field: .status, from: "not-started", to: "in-progress"),
                    FieldChange(field: .owner, from: nil, to: "Head of Service"),
                    FieldChange(field: .measure, from: nil, to: "Audit shows 90% compliance"),
                    FieldChange(field: .evidence, from: nil, to: "Board minutes"),
                    FieldChange(field: .cost, from: nil, to: "12500.00"),
                ])
        }
        #expect(plan.action(ActionID(2)!)?.history.isEmpty == true)
        try plan.apply(ActionUpdate(note: "second"), to: ids(2), author: author())
        #expect(plan.revision == 2)
    }

    @Test("an update that changes nothing and has no note records nothing and keeps the revision")
    func noChange() throws {
        var plan = freshPlan()
        let entries = try plan.apply(ActionUpdate(status: .notStarted), to: ids(1, 2), author: author())
        #expect(entries.isEmpty)
        #expect(plan.revision == 0)
        #expect(plan == freshPlan())
    }

    @Test("an unknown action refuses the whole command and suggests the nearest ID")
    func unknownAction() {
        var plan = freshPlan()
        #expect(
            throws: PlanError.unknownAction(ActionID(9)!, plan: PlanName("dudley")!, suggestion: ActionID(3)!)
        ) {
            try plan.apply(ActionUpdate(note: "x"), to: ids(1, 9), author: author())
        }
        #expect(plan == freshPlan())
    }
}

@Suite("Action ID lists")
struct ActionSelectionTests {
    @Test(
        "parses IDs and ranges in the order given, without repeats",
        arguments: [
            ("1", [1]), ("1,3-5", [1, 3, 4, 5]), ("5,1-2", [5, 1, 2]), ("2-2", [2]), ("1, 3 - 4", [1, 3, 4]),
            ("3,1-4", [3, 1, 2, 4]), ("10-12", [10, 11, 12]),
        ])
    func valid(text: String, expected: [Int]) throws {
        #expect(try ActionSelection.parse(text).map(\.recommendation) == expected)
    }

    @Test(
        "refuses what is not a list of IDs, naming the offending item",
        arguments: [
            ("", ""), ("x", "x"), ("0", "0"), ("07", "07"), ("-1", "-1"), ("1,,3", "1,,3"), ("1,", "1,"),
            ("5-3", "5-3"), ("1-2-3", "1-2-3"), ("1-", "1-"), ("1.1", "1.1"), ("1.5-2", "1.5-2"),
            ("1-100000", "1-100000"),
            ("3,a-b", "a-b"),
        ])
    func invalid(text: String, offending: String) {
        #expect(throws: PlanError.invalidActionList(offending)) { try ActionSelection.parse(text) }
    }
}
