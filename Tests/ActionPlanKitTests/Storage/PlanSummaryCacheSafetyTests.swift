import Foundation
import Testing

@testable import ActionPlanKit

#if canImport(Glibc)
    import Glibc
#endif

/// What happens to the cache file behind the tool's back must never crash, hang or mislead it.
@Suite("Plan summary cache: hostile files")
struct PlanSummaryCacheSafetyTests {
    /// A cache of three 200 KB entries, so it spans several pages and checksum blocks.
    private func bigCache(in plans: TemporaryPlans) -> (PlanSummaryCache, Data) {
        let cache = PlanSummaryCache(folder: plans.directory, directory: plans.directory + "/.cache")!
        let key = PlanSummaryCache.FileKey(
            device: 1, inode: 2, size: 3, modified: timespec(tv_sec: 4, tv_nsec: 5),
            changed: timespec(tv_sec: 6, tv_nsec: 7))
        cache.write(
            (0..<3).map { index in
                (
                    name: "plan-\(index).json",
                    entry: PlanSummaryCache.Entry(
                        key: key, summary: Data(repeating: UInt8(index + 1), count: 200_000))
                )
            })
        return (cache, FileManager.default.contents(atPath: cache.path)!)
    }

    @Test("a cache truncated and rewritten in place while it is read gives all its entries or none")
    func truncatedWhileRead() throws {
        let plans = try TemporaryPlans()
        let (cache, bytes) = bigCache(in: plans)
        let path = cache.path
        let stop = Atomic(false)
        // Rewritten in place, keeping the inode, as another program (not actionplan) might.
        let writer = Thread {
            while !stop.load() {
                let fd = open(path, O_WRONLY | O_TRUNC)
                guard fd >= 0 else { continue }
                _ = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count / 3) }
                ftruncate(fd, 0)
                _ = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
                close(fd)
            }
        }
        writer.start()
        defer { stop.store(true) }
        for _ in 0..<300 {
            let contents = cache.read()
            #expect([0, 3].contains(contents.entries.count))
            for (name, entry) in contents.entries {
                // Every byte is touched, as decoding the summaries would.
                let expected = UInt8(Int(name.dropFirst(5).prefix(1))! + 1)
                #expect(entry.summary.allSatisfy { $0 == expected })
            }
        }
    }

    @Test(
        "a named pipe, a device or a folder at the cache path is skipped at once, and named",
        arguments: ["fifo", "zero", "folder"])
    func notAFile(_ kind: String) throws {
        let plans = try TemporaryPlans()
        let cache = PlanSummaryCache(folder: plans.directory, directory: plans.directory + "/.cache")!
        try FileManager.default.createDirectory(
            atPath: plans.directory + "/.cache", withIntermediateDirectories: true)
        switch kind {
        case "fifo": #expect(mkfifo(cache.path, 0o600) == 0)
        case "zero":
            try FileManager.default.createSymbolicLink(atPath: cache.path, withDestinationPath: "/dev/zero")
        default:
            try FileManager.default.createDirectory(atPath: cache.path, withIntermediateDirectories: false)
        }
        let started = Date()
        #expect(cache.read().entries.isEmpty)
        #expect(Date().timeIntervalSince(started) < 5)
        #expect(cache.refusal() != nil)
        #expect(cache.refusal()?.reason.contains("not a regular file") == true)
    }
}

/// A flag shared between threads.
private final class Atomic: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Bool
    init(_ value: Bool) { self.value = value }
    func load() -> Bool { lock.withLock { value } }
    func store(_ new: Bool) { lock.withLock { value = new } }
}
