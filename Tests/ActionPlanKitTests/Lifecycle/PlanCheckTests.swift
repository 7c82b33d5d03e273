import Testing

@testable import ActionPlanKit

@Suite("Checking plans")
struct PlanCheckTests {
    @Test("a plan built only through updates and undo has no errors")
    func consistentSample() {
        #expect(PlanCheck.consistency(of: SamplePlans.dudley).isEmpty)
    }

    struct Tampering: CustomTestStringConvertible, Sendable {
        var name: String
        var action: Int
        var message: String
        var edit: @Sendable (inout ActionPlan) -> Void
        var testDescription: String { name }
    }

    @Test(
        "history that does not replay to the stored values is an error naming the action",
        arguments: [
            Tampering(name: "status edited by hand", action: 2, message: "status is 'completed'") {
                $0.actions[1].status = .completed
            },
            Tampering(name: "a change's old value rewritten", action: 1, message: "changed from 'blocked'") {
                $0.actions[0].history[1].changes[0].from = "blocked"
            },
            Tampering(
                name: "an entry removed from the middle", action: 1,
                message: "changed from 'completed', but it was 'in-progress'"
            ) {
                $0.actions[0].history.remove(at: 1)
            },
            Tampering(name: "revisions out of order", action: 1, message: "revisions must increase") {
                $0.actions[0].history.swapAt(0, 1)
            },
            Tampering(
                name: "a revision beyond the plan's", action: 2, message: "later than the plan's revision"
            ) {
                $0.actions[1].history[0].revision = 99
            },
            Tampering(name: "an unknown status in history", action: 3, message: "which is not a status") {
                $0.actions[2].history[0].changes[0].to = "on-hold"
            },
            Tampering(name: "an impossible date in history", action: 4, message: "not a date") {
                $0.actions[3].history[0].changes[0].to = "2013-02-30"
            },
            Tampering(name: "original due date moved by hand", action: 4, message: "originalDue is") {
                $0.actions[3].originalDue = CalendarDay(iso: "2013-06-30")
            },
            Tampering(
                name: "IDs out of report order", action: 1, message: "IDs must follow the report's order"
            ) {
                $0.actions.swapAt(0, 1)
            },
        ])
    func tampering(_ tampering: Tampering) throws {
        var plan = SamplePlans.dudley
        tampering.edit(&plan)
        let errors = PlanCheck.consistency(of: plan)
        let match = errors.first { $0.message.contains(tampering.message) }
        let finding = try #require(match, "findings: \(errors.map(\.description))")
        #expect(finding.action == ActionID(tampering.action))
        #expect(finding.severity == .error)
        #expect(finding.plan == "dudley-2012")
    }

    @Test("SMART gaps are warnings on the actions still in play")
    func gaps() {
        let findings = PlanCheck.gaps(in: SamplePlans.dudley, today: CalendarDay(iso: "2013-04-01")!)
        #expect(findings.allSatisfy { $0.severity == .warning })
        func messages(_ number: Int) -> [String] {
            findings.filter { $0.action == ActionID(number) }.map(\.message)
        }
        #expect(messages(7).contains { $0.hasPrefix("no owner") })
        #expect(messages(5).contains { $0.hasPrefix("no due date") })
        #expect(messages(2).contains { $0.hasPrefix("no success measure") })
        #expect(!messages(4).contains { $0.hasPrefix("no success measure") })
        #expect(messages(1).isEmpty, "signed off: nothing to chase")
        #expect(messages(6).isEmpty, "dropped: nothing to chase")
        #expect(
            messages(7).contains(
                "122 days overdue and not updated for 122 days (the plan started on 2012-11-30)"))
        #expect(!messages(2).contains { $0.contains("not updated") }, "updated 12 days before")
        #expect(
            messages(3).contains(
                "32 days overdue and not updated for 59 days (the last update on 2013-02-01)"))
    }

    @Test("the stale-update window is configurable and counts whole days")
    func staleWindow() {
        let plan = SamplePlans.dudley
        let day = CalendarDay(iso: "2013-04-01")!
        let strict = PlanCheck.gaps(in: plan, today: day, rules: PlanCheck.Rules(staleAfterDays: 10))
        #expect(
            strict.contains { $0.action == ActionID(2) && $0.message.contains("not updated for 12 days") })
        let lenient = PlanCheck.gaps(in: plan, today: day, rules: PlanCheck.Rules(staleAfterDays: 200))
        #expect(!lenient.contains { $0.message.contains("not updated") })
    }

    @Test("a finding reads as plan, action, severity and words")
    func findingText() {
        let finding = PlanFinding(
            plan: "dudley", action: ActionID(3), severity: .warning, message: "no owner")
        #expect(finding.description == "dudley: action 3: warning: no owner")
        #expect(PlanFinding(plan: "x", severity: .error, message: "m").description == "x: error: m")
    }
}
