import Foundation
import Testing

@testable import ActionPlanKit

#if canImport(Glibc)
    import Glibc
#endif

@Suite("Moving plans and the summary cache")
struct PlanStoreArchiveTests {
    /// A minute from now: files written by the test count as settled, so the cache keeps them.
    static var later: timespec { timespec(tv_sec: timespec.realTime.tv_sec + 60, tv_nsec: 0) }

    /// The names and action counts of the folder's plans, read through `cache`, and how many came from it.
    func read(_ store: PlanStore, cache: PlanSummaryCache) throws -> (plans: [String], fromCache: Int) {
        let (results, fromCache) = try store.summarised(
            try store.names(), on: SamplePlans.day("2013-09-01"), cache: cache, now: Self.later
        ) { "\($0.name) \($0.actions.count) \($0.actions.map(\.status.rawValue))" }
        return (results, fromCache)
    }

    @Test("after rename, archive and restore, the cache gives what the files say")
    func cacheFollowsMoves() throws {
        let folder = try TemporaryPlans()
        let cacheDirectory = folder.directory + "-cache"
        defer { try? FileManager.default.removeItem(atPath: cacheDirectory) }
        let store = folder.store
        var sutton = SamplePlans.sutton
        sutton.name = PlanName("sutton")!
        try store.create(sutton)
        try store.create(SamplePlans.dudley)
        let cache = try #require(PlanSummaryCache(folder: folder.directory, directory: cacheDirectory))
        let truth = { () throws -> [String] in
            try store.load(try store.names()).map {
                "\($0.name) \($0.actions.count) \($0.actions.map(\.status.rawValue))"
            }
        }
        _ = try read(store, cache: cache)
        #expect(try read(store, cache: cache).fromCache == 2)

        try store.rename(PlanName("sutton")!, to: PlanName("sutton-2013")!)
        #expect(try read(store, cache: cache).plans == (try truth()))
        try store.archive([PlanName("sutton-2013")!])
        #expect(try read(store, cache: cache).plans == (try truth()))
        #expect(try truth().count == 1)
        try store.restore(PlanName("sutton-2013")!)
        let restored = try read(store, cache: cache)
        #expect(restored.plans == (try truth()))
        #expect(restored.plans.count == 2)
    }
}
