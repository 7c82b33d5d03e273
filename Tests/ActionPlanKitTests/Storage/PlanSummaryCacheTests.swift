import Foundation
import Testing

@testable import ActionPlanKit

#if canImport(Glibc)
    import Glibc
#endif

/// The overdue report over `plans` as they stood on `day`, as text and JSON, each plan handed over as
/// `standing` gives it.
private func overdue(
    _ plans: [ActionPlan], on day: CalendarDay, standing: (ActionPlan) -> ActionPlan
) throws -> String {
    let parts = plans.map { OverdueReport.PlanPart(standing: standing($0), on: day) }
    let report = OverdueReport(parts: parts, asOf: day)
    return try report.render(RenderOptions(format: .text)) + report.render(RenderOptions(format: .json))
}

/// The plans bundled in `Plans/`, with their real histories.
private func bundledPlans() throws -> [ActionPlan] {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Plans").path
    let store = PlanStore(directory: folder)
    return try store.load(try store.names())
}

/// A plan whose file was edited by hand: action 2's status differs from the last one its history recorded.
private func handEdited() -> ActionPlan {
    var plan = SamplePlans.dudley
    plan.actions[1].status = .blocked
    return plan
}

@Suite("Plan summaries and their cache")
struct PlanSummaryCacheTests {
    /// Every day that matters to a plan: before it starts, each day something was recorded, and after.
    private func days(of plan: ActionPlan) -> [CalendarDay] {
        let recorded = plan.actions.flatMap { $0.history.map(\.on) }
        let edges = [plan.startDate.adding(days: -1), SamplePlans.day("2030-01-01")]
        return Array(Set(recorded + recorded.map { $0.adding(days: -1) } + edges)).sorted()
    }

    @Test("a summary gives the overdue report exactly what the whole plan gives, on every day it stands for")
    func summaryStandsForPlan() throws {
        for plan in try bundledPlans() + [SamplePlans.dudley, SamplePlans.sutton, handEdited()] {
            let summary = PlanSummary(plan)
            for day in days(of: plan) {
                let whole = try overdue([plan], on: day) { $0.asOf(day) }
                let summarised = try overdue([plan], on: day) { _ in
                    summary.plan(on: day) ?? PlanSummary.cut(plan.asOf(day))
                }
                #expect(summarised == whole, "\(plan.name) on \(day)")
                let lastChange = plan.actions.flatMap { $0.history.map(\.on) }.max()
                let stands = summary.replays && lastChange.map { day >= $0 } ?? true
                #expect((summary.plan(on: day) != nil) == stands, "\(plan.name) on \(day)")
            }
        }
    }

    @Test("a plan whose history disagrees with its fields is never summarised for any day")
    func handEditedPlanIsReadWhole() {
        let summary = PlanSummary(handEdited())
        #expect(!summary.replays)
        #expect(summary.plan(on: SamplePlans.day("2030-01-01")) == nil)
        #expect(PlanSummary(SamplePlans.dudley).replays)
    }

    @Test("a summary's bytes read back to the same summary, full histories included")
    func bytesRoundTrip() throws {
        for plan in try bundledPlans() + [
            SamplePlans.dudley, SamplePlans.sutton, SamplePlans.hostile("a\u{0}b\"é😀"),
        ] {
            // A summary never holds the plan's own history (``PlanSummary/cut(_:)`` drops it), but may
            // hold its actions' whole histories.
            var wholeActions = plan
            wholeActions.history = []
            for summary in [
                PlanSummary(plan),
                PlanSummary(
                    plan: wholeActions, lastChange: plan.startDate, replays: false, consistent: false),
            ] {
                let bytes = SummaryBytes.encode(summary)
                let back = try bytes.withUnsafeBufferPointer { buffer throws(SummaryBytes.Fault) in
                    try SummaryBytes.decode(buffer)
                }
                #expect(back == summary, "\(plan.name)")
            }
        }
    }

    @Test("damaged summary bytes are refused or read, never crash, and a cut short one is always refused")
    func damagedBytes() throws {
        let bytes = SummaryBytes.encode(PlanSummary(SamplePlans.dudley))
        for length in 0..<bytes.count {
            let refused = Array(bytes[..<length]).withUnsafeBufferPointer { buffer in
                (try? SummaryBytes.decode(buffer)) == nil
            }
            #expect(refused, "cut to \(length) bytes")
        }
        // Bytes that are not UTF-8 inside a string are refused, not repaired.
        let accented = SummaryBytes.encode(PlanSummary(SamplePlans.hostile("café")))
        let at = try #require(accented.indices.first { accented[$0] == 0xC3 && accented[$0 + 1] == 0xA9 })
        var broken = accented
        broken[at + 1] = 0x41
        #expect(broken.withUnsafeBufferPointer { (try? SummaryBytes.decode($0)) == nil })
        #expect(accented.withUnsafeBufferPointer { (try? SummaryBytes.decode($0)) != nil })
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            var damaged = bytes
            damaged[Int.random(in: 0..<damaged.count, using: &generator)] = UInt8.random(
                in: 0...255, using: &generator)
            _ = damaged.withUnsafeBufferPointer { try? SummaryBytes.decode($0) }
        }
    }
}

/// A plans folder and a cache folder, both removed when the test ends.
private final class CachedPlans {
    let plans: TemporaryPlans
    let cacheDirectory: String
    let cache: PlanSummaryCache

    init(_ stored: [ActionPlan]) throws {
        plans = try TemporaryPlans()
        for plan in stored { try plans.store.create(plan) }
        cacheDirectory = plans.directory + "-cache"
        cache = PlanSummaryCache(folder: plans.directory, directory: cacheDirectory)!
    }

    deinit { try? FileManager.default.removeItem(atPath: cacheDirectory) }

    /// A minute from now: files written by the test count as settled, not racy.
    static var later: timespec { timespec(tv_sec: timespec.realTime.tv_sec + 60, tv_nsec: 0) }

    /// The overdue report on `day` through the cache, and how many plans came from it.
    func overdue(on day: CalendarDay, now: timespec = CachedPlans.later) throws -> (
        text: String, fromCache: Int
    ) {
        let names = try plans.store.names()
        let (parts, fromCache) = try plans.store.summarised(names, on: day, cache: cache, now: now) {
            OverdueReport.PlanPart(standing: $0, on: day)
        }
        let text = try OverdueReport(parts: parts, asOf: day).render(RenderOptions(format: .text))
        return (text, fromCache)
    }

    /// The same report with every plan read whole from its file.
    func truth(on day: CalendarDay) throws -> String {
        let plans = try plans.store.load(try plans.store.names())
        let parts = plans.map { OverdueReport.PlanPart($0, asOf: day) }
        return try OverdueReport(parts: parts, asOf: day).render(RenderOptions(format: .text))
    }
}

@Suite("Plan summary cache")
struct PlanSummaryCacheFileTests {
    let day = SamplePlans.day("2013-06-01")

    private func sutton() -> ActionPlan {
        var plan = SamplePlans.sutton
        plan.name = PlanName("sutton")!
        return plan
    }

    @Test("an unchanged plan comes from the cache, and the report is the same")
    func reuses() throws {
        let folder = try CachedPlans([SamplePlans.dudley, sutton()])
        let first = try folder.overdue(on: day)
        #expect(first.fromCache == 0)
        let second = try folder.overdue(on: day)
        #expect(second.fromCache == 2)
        #expect(second.text == first.text)
        #expect(second.text == (try folder.truth(on: day)))
    }

    @Test("a plan updated through the store is read again")
    func updatedPlan() throws {
        let folder = try CachedPlans([SamplePlans.dudley, sutton()])
        _ = try folder.overdue(on: day)
        _ = try folder.plans.store.modify(PlanName("dudley-2012")!) {
            try $0.apply(
                ActionUpdate(owner: "A new owner", note: "handed over"), to: ids(2),
                author: author("2013-05-20"))
        }
        let after = try folder.overdue(on: day)
        #expect(after.fromCache == 1)
        #expect(after.text.contains("A new owner"))
        #expect(after.text == (try folder.truth(on: day)))
    }

    @Test("a file rewritten in place at the same size is read again")
    func rewrittenInPlace() throws {
        let folder = try CachedPlans([SamplePlans.dudley])
        _ = try folder.overdue(on: day)
        let path = folder.plans.store.path(of: PlanName("dudley-2012")!)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let edited = text.replacingOccurrences(of: "\"not-started\"", with: "\"in-progress\"")
        #expect(edited != text && edited.utf8.count == text.utf8.count)
        // Past the tick of the file system's clock, as a person editing the file would be.
        usleep(50_000)
        let fd = open(path, O_WRONLY)
        _ = Array(edited.utf8).withUnsafeBytes { write(fd, $0.baseAddress!, $0.count) }
        close(fd)
        let after = try folder.overdue(on: day)
        #expect(after.fromCache == 0)
        #expect(after.text == (try folder.truth(on: day)))
    }

    @Test("a plan changed in the seconds before the run is not cached")
    func racyFile() throws {
        let folder = try CachedPlans([SamplePlans.dudley])
        _ = try folder.overdue(on: day, now: .realTime)
        #expect(try folder.overdue(on: day, now: .realTime).fromCache == 0)
        #expect(try folder.overdue(on: day).fromCache == 0)
        #expect(try folder.overdue(on: day).fromCache == 1)
    }

    @Test("a day before a plan's last change reads the plan from its file")
    func earlierDay() throws {
        let folder = try CachedPlans([SamplePlans.dudley])
        _ = try folder.overdue(on: day)
        let early = SamplePlans.day("2013-01-10")
        let result = try folder.overdue(on: early)
        #expect(result.fromCache == 0)
        #expect(result.text == (try folder.truth(on: early)))
        #expect(try folder.overdue(on: day).fromCache == 1)
    }

    @Test("a damaged cache is ignored and rebuilt")
    func damagedCache() throws {
        let folder = try CachedPlans([SamplePlans.dudley, sutton()])
        _ = try folder.overdue(on: day)
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: folder.cache.path)))
        bytes[bytes.count / 2] ^= 0x5A
        try Data(bytes).write(to: URL(fileURLWithPath: folder.cache.path))
        let damaged = try folder.overdue(on: day)
        #expect(damaged.fromCache == 0)
        #expect(damaged.text == (try folder.truth(on: day)))
        #expect(try folder.overdue(on: day).fromCache == 2)
        try Data().write(to: URL(fileURLWithPath: folder.cache.path))
        #expect(try folder.overdue(on: day).fromCache == 0)
    }

    @Test("a deleted plan leaves the cache; a plan not asked for keeps its entry")
    func deletedAndNamedPlans() throws {
        let folder = try CachedPlans([SamplePlans.dudley, sutton()])
        _ = try folder.overdue(on: day)
        let store = folder.plans.store
        let dudley = PlanName("dudley-2012")!
        // Reading one plan keeps the other's entry.
        let one = try store.summarised([dudley], on: day, cache: folder.cache, now: CachedPlans.later) {
            $0.name
        }
        #expect(one.fromCache == 1)
        #expect(try folder.overdue(on: day).fromCache == 2)
        try FileManager.default.removeItem(atPath: store.path(of: PlanName("sutton")!))
        #expect(try folder.overdue(on: day).fromCache == 1)
        #expect(folder.cache.read().entries.keys.sorted() == ["dudley-2012.json"])
    }

    @Test(
        "a cache of many checksummed blocks is read whole, and refused when any block or its trailer is damaged"
    )
    func blocks() throws {
        let folder = try CachedPlans([SamplePlans.dudley])
        let cache = folder.cache
        // Three entries of 200 KB: the cache spans several blocks, and each entry crosses a boundary.
        let key = PlanSummaryCache.FileKey(
            device: 1, inode: 2, size: 3, modified: timespec(tv_sec: 4, tv_nsec: 5),
            changed: timespec(tv_sec: 6, tv_nsec: 7))
        let entries = (0..<3).map { index in
            (
                name: "plan-\(index).json",
                entry: PlanSummaryCache.Entry(
                    key: key,
                    summary: Data((0..<200_000).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ index) }))
            )
        }
        cache.write(entries)
        let whole = cache.read()
        #expect(whole.entries.count == 3)
        for (name, entry) in entries {
            #expect(whole.entries[name]?.summary == entry.summary)
            #expect(whole.entries[name]?.key == key)
        }
        let bytes = try Data(contentsOf: URL(fileURLWithPath: cache.path))
        #expect(bytes.count > 2 * PlanSummaryCache.blockSize)
        // A flipped byte in the first and last blocks, in a block's checksum, in the length; a byte cut off.
        for offset in [
            100, 2 * PlanSummaryCache.blockSize + 5, bytes.count - 40, bytes.count - 20, bytes.count - 12,
        ] {
            var damaged = bytes
            damaged[offset] ^= 0x01
            try damaged.write(to: URL(fileURLWithPath: cache.path))
            #expect(cache.read().entries.isEmpty, "damage at \(offset) of \(bytes.count)")
        }
        try bytes.dropLast().write(to: URL(fileURLWithPath: cache.path))
        #expect(cache.read().entries.isEmpty)
        try bytes.write(to: URL(fileURLWithPath: cache.path))
        #expect(cache.read().entries.count == 3)
    }

    @Test("a cache read ahead gives what reading it then would, once")
    func readAhead() throws {
        let folder = try CachedPlans([SamplePlans.dudley, sutton()])
        _ = try folder.overdue(on: day)
        let direct = folder.cache.read()
        folder.cache.startReading()
        let ahead = folder.cache.read()
        #expect(ahead.entries.count == 2)
        #expect(ahead.entries.keys.sorted() == direct.entries.keys.sorted())
        for (name, entry) in direct.entries {
            #expect(ahead.entries[name]?.summary == entry.summary)
        }
        // What was read ahead is taken once: a cache changed since is read afresh.
        try FileManager.default.removeItem(atPath: folder.cache.path)
        #expect(folder.cache.read().entries.isEmpty)
    }

    @Test("the cache of one folder is not read for another")
    func otherFolder() throws {
        let folder = try CachedPlans([SamplePlans.dudley])
        _ = try folder.overdue(on: day)
        let other = try TemporaryPlans()
        try other.store.create(SamplePlans.dudley)
        let elsewhere = PlanSummaryCache(folder: other.directory, directory: folder.cacheDirectory)!
        #expect(elsewhere.path != folder.cache.path)
        try FileManager.default.copyItem(atPath: folder.cache.path, toPath: elsewhere.path)
        #expect(elsewhere.read().entries.isEmpty)
    }
}
