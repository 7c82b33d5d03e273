import Foundation
import Testing

@testable import ActionPlanKit

#if canImport(Glibc)
    import Glibc
#endif

@Suite("check through the summary cache")
struct PlanSummaryCheckTests {
    let today = SamplePlans.day("2013-06-01")

    /// Dudley after an update with no note (action 3 handed to a new owner on 2013-04-20), dated after
    /// the action's latest note: how long the action has gone without an update counts from that day.
    private static func quietlyUpdated() throws -> ActionPlan {
        var plan = SamplePlans.dudley
        plan.name = PlanName("dudley-quiet")!
        try plan.apply(ActionUpdate(owner: "Head of Safeguarding"), to: ids(3), author: author("2013-04-20"))
        return plan
    }

    /// Dudley edited by hand: action 2's status is not the last one its history recorded.
    private static func handEdited() -> ActionPlan {
        var plan = SamplePlans.dudley
        plan.name = PlanName("dudley-edited")!
        plan.actions[1].status = .blocked
        return plan
    }

    private static func sutton() -> ActionPlan {
        var plan = SamplePlans.sutton
        plan.name = PlanName("sutton")!
        return plan
    }

    @Test("check judged from cached summaries finds what reading every file finds, word for word")
    func sameFindings() throws {
        let plans = try TemporaryPlans()
        for plan in [SamplePlans.dudley, Self.sutton(), try Self.quietlyUpdated(), Self.handEdited()] {
            try plans.store.create(plan)
        }
        let cacheDirectory = plans.directory + "-cache"
        defer { try? FileManager.default.removeItem(atPath: cacheDirectory) }
        let cache = try #require(PlanSummaryCache(folder: plans.directory, directory: cacheDirectory))
        // A minute from now: the files just written count as settled, so they are cached.
        let later = timespec(tv_sec: timespec.realTime.tv_sec + 60, tv_nsec: 0)
        let truth = try plans.store.check([], today: today)
        #expect(truth.contains { $0.plan == "dudley-edited" && $0.severity == .error })
        #expect(
            truth.contains {
                $0.plan == "dudley-quiet" && $0.kind == .stale
                    && $0.message.contains("last update on 2013-04-20")
            })
        let first = try plans.store.checked(
            [], today: today, rules: PlanCheck.Rules(), cache: cache, now: later)
        #expect(first.fromCache == 0)
        #expect(first.findings == truth)
        let second = try plans.store.checked(
            [], today: today, rules: PlanCheck.Rules(), cache: cache, now: later)
        // The hand-edited plan's errors need its whole history: it is read from its file every time.
        #expect(second.fromCache == 3)
        #expect(second.findings == truth)
        let rules = PlanCheck.Rules(staleAfterDays: 7)
        let stricter = try plans.store.checked([], today: today, rules: rules, cache: cache, now: later)
        #expect(stricter.fromCache == 3)
        let reread = try plans.store.check([], today: today, rules: rules)
        #expect(stricter.findings == reread)
    }

    @Test("a summary keeps each action's latest note and the day of its last update, and no changes")
    func cutKeepsLastUpdate() throws {
        let plan = try Self.quietlyUpdated()
        let cut = PlanSummary.cut(plan)
        for (whole, kept) in zip(plan.actions, cut.actions) {
            #expect(
                kept.latestNoteEntry
                    == whole.latestNoteEntry.map { entry in
                        var bare = entry
                        bare.changes = []
                        return bare
                    })
            #expect(kept.history.map(\.on).max() == whole.history.map(\.on).max(), "\(whole.id)")
            #expect(kept.history.allSatisfy { $0.changes.isEmpty })
            #expect(kept.history.count <= 2)
        }
        let handedOver = cut.actions[2].history
        #expect(handedOver.count == 2)
        #expect(handedOver.last?.on == SamplePlans.day("2013-04-20"))
        #expect(handedOver.last?.note == nil)
    }
}
