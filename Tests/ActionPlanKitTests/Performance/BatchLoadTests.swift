import Foundation
import Testing

@testable import ActionPlanKit

@Suite("Loading many plans at once")
struct BatchLoadTests {
    @Test("plans come back in the order asked for, each as loading it alone gives")
    func order() throws {
        let plans = try TemporaryPlans()
        var names: [PlanName] = []
        for number in 0..<40 {
            var plan = try busyPlan()
            plan.name = PlanName("plan-\(number)")!
            try plans.store.create(plan)
            names.append(plan.name)
        }
        let asked = names.reversed() + names.prefix(3)
        let loaded = try plans.store.load(Array(asked))
        #expect(loaded.map(\.name) == Array(asked))
        #expect(loaded[5] == (try plans.store.load(asked[5])))
    }

    @Test("the error is the one for the first bad plan in the order given")
    func firstError() throws {
        let plans = try TemporaryPlans()
        var plan = freshPlan()
        for name in ["a", "b", "c"] {
            plan.name = PlanName(name)!
            try plans.store.create(plan)
        }
        try Data("{}".utf8).write(to: URL(fileURLWithPath: plans.directory + "/b.json"))
        let error = #expect(throws: StoreError.self) {
            _ = try plans.store.load([PlanName("a")!, PlanName("missing")!, PlanName("b")!])
        }
        guard case .planNotFound(let name, _, _) = error else {
            Issue.record("expected the missing plan to be reported, got \(String(describing: error))")
            return
        }
        #expect(name.rawValue == "missing")
    }
}
