import Foundation
import Testing

@testable import ActionPlanKit

#if canImport(Glibc)
    import Glibc
#endif

/// A plans folder in a fresh temporary directory, removed when the test ends.
final class TemporaryPlans {
    let directory: String
    let store: PlanStore

    init() throws {
        directory =
            FileManager.default.temporaryDirectory.appendingPathComponent("plans-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        store = PlanStore(directory: directory)
    }

    deinit {
        chmod(directory, 0o755)
        try? FileManager.default.removeItem(atPath: directory)
    }

    var entries: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).sorted()
    }

    func write(_ name: String, _ text: String) {
        #expect(FileManager.default.createFile(atPath: directory + "/" + name, contents: Data(text.utf8)))
    }
}

@Suite("Plan store")
struct PlanStoreTests {
    let name = PlanName("dudley")!

    @Test("a modify writes the plan whole and removes the temporary files a killed writer left")
    func removesLeftovers() throws {
        let plans = try TemporaryPlans()
        try plans.store.create(freshPlan())
        plans.write(".dudley.json.tmp", "{ half a pl")
        plans.write(".other.json.tmp", "another plan's write in progress")
        plans.write(".tmp-4242-17-dudley.json", "not ours")
        plans.write("notes.dudley.json.tmp.txt", "someone's file")
        let findings = try plans.store.check([name], today: CalendarDay(iso: "2012-01-01")!)
        #expect(findings.contains { $0.message.contains(".dudley.json.tmp") })
        _ = try plans.store.modify(name) {
            try $0.apply(ActionUpdate(note: "n"), to: ids(1), author: author())
        }
        #expect(
            plans.entries == [
                ".dudley.lock", ".other.json.tmp", ".tmp-4242-17-dudley.json", "dudley.json",
                "notes.dudley.json.tmp.txt",
            ])
        #expect(try plans.store.load(name).revision == 1)
    }

    @Test(
        "check reports a temporary file left beside a plan, and only its own",
        arguments: [
            (".dudley.json.tmp", true), (".other.json.tmp", false), ("dudley.json.tmp", false),
            (".dudley.json.tmp.bak", false), (".1-dudley.json.tmp", false), (".tmp-1-2-dudley.json", false),
        ])
    func leftoverNames(entry: String, ours: Bool) throws {
        let plans = try TemporaryPlans()
        try plans.store.create(freshPlan())
        try Data("{".utf8).write(to: URL(fileURLWithPath: plans.store.directory + "/" + entry))
        let findings = try plans.store.check([], today: CalendarDay(year: 2013, month: 3, day: 1)!)
        let reported = findings.filter { $0.message.contains("temporary file") }
        #expect(reported.map(\.plan) == (ours ? ["dudley"] : []))
        #expect(reported.allSatisfy { $0.severity == .warning && $0.message.contains(entry) })
    }

    @Test("rewriting a plan keeps its permissions")
    func keepsMode() throws {
        let plans = try TemporaryPlans()
        try plans.store.create(freshPlan())
        let path = plans.store.path(of: name)
        chmod(path, 0o664)
        _ = try plans.store.modify(name) {
            try $0.apply(ActionUpdate(note: "n"), to: ids(1), author: author())
        }
        var info = stat()
        stat(path, &info)
        #expect(info.st_mode & 0o777 == 0o664)
    }

    @Test("threads updating one plan at once lose nothing")
    func concurrentThreads() async throws {
        let plans = try TemporaryPlans()
        try plans.store.create(freshPlan())
        let store = plans.store
        let name = name
        await withTaskGroup(of: Void.self) { group in
            for writer in 0..<4 {
                group.addTask {
                    for step in 0..<15 {
                        _ = try? store.modify(name) {
                            try $0.apply(
                                ActionUpdate(note: "w\(writer)-\(step)"), to: ids(2), author: author())
                        }
                    }
                }
            }
        }
        let plan = try store.load(name)
        let notes = Set(plan.action(ActionID(2)!)!.history.compactMap(\.note))
        #expect(notes.count == 60)
        #expect(plan.revision == 60)
    }

    @Test("a refused change writes nothing")
    func refusedWritesNothing() throws {
        let plans = try TemporaryPlans()
        try plans.store.create(freshPlan())
        let before = FileManager.default.contents(atPath: plans.store.path(of: name))
        #expect(throws: PlanError.self) {
            try plans.store.modify(name) {
                try $0.apply(ActionUpdate(status: .signedOff), to: ids(1), author: author())
            }
        }
        #expect(FileManager.default.contents(atPath: plans.store.path(of: name)) == before)
        #expect(!plans.entries.contains { $0.hasSuffix(".tmp") })
    }

    @Test("the plans folder lists its plans sorted by name, leaving out dotfiles, other files and bad names")
    func names() throws {
        let plans = try TemporaryPlans()
        for name in ["b-2", "a_1", "B-3", "a-10", "a-9", ".hidden", "-rf", "caf\u{E9}", "dud ley"] {
            plans.write(name + ".json", "{}")
        }
        plans.write("notes.txt", "")
        plans.write(".json", "")
        plans.write("x.json.tmp", "")
        try FileManager.default.createDirectory(
            atPath: plans.directory + "/folder", withIntermediateDirectories: false)
        #expect(try plans.store.names().map(\.rawValue) == ["B-3", "a-10", "a-9", "a_1", "b-2"])
        #expect(try PlanStore(directory: plans.directory + "/missing").names().isEmpty)
        #expect(throws: StoreError.self) { try PlanStore(directory: plans.directory + "/notes.txt").names() }
    }

    @Test("a plan file that is a folder is an I/O error naming it")
    func folderAsPlan() throws {
        let plans = try TemporaryPlans()
        try FileManager.default.createDirectory(
            atPath: plans.directory + "/dudley.json", withIntermediateDirectories: false)
        #expect(
            throws: StoreError.io(
                path: plans.directory + "/dudley.json", operation: "read",
                reason: "it is a folder, not a regular file")
        ) {
            try plans.store.load(name)
        }
    }

    @Test("a missing plan is not found, with the nearest name suggested")
    func missingPlan() throws {
        let plans = try TemporaryPlans()
        try plans.store.create(freshPlan())
        #expect(
            throws: StoreError.planNotFound(PlanName("dudly")!, directory: plans.directory, suggestion: name)
        ) {
            try plans.store.modify(PlanName("dudly")!) { _ in }
        }
    }

    @Test("a file whose name disagrees with the plan inside is refused")
    func nameMismatch() throws {
        let plans = try TemporaryPlans()
        plans.write("other.json", try storedText())
        #expect(throws: StoreError.self) { try plans.store.load(PlanName("other")!) }
    }

    @Test(
        "a plan name that could be a path is refused",
        arguments: ["../dudley", "Plans/dudley", "/etc/passwd", ".hidden", "-rf", "", "dud ley", "a\u{0}b"])
    func pathNames(text: String) {
        #expect(throws: StoreError.invalidPlanName(text)) { try PlanStore.name(text) }
    }

    @Test(
        "a read-only plans folder refuses the write with an I/O error and leaves the plan as it was",
        .enabled(if: getuid() != 0, "root writes to read-only folders; run as a normal user to check this"))
    func readOnlyFolder() throws {
        let plans = try TemporaryPlans()
        try plans.store.create(freshPlan())
        let before = FileManager.default.contents(atPath: plans.store.path(of: name))
        unlink(plans.directory + "/.dudley.lock")
        chmod(plans.directory, 0o555)
        #expect(throws: StoreError.self) {
            try plans.store.modify(name) {
                try $0.apply(ActionUpdate(note: "n"), to: ids(1), author: author())
            }
        }
        #expect(FileManager.default.contents(atPath: plans.store.path(of: name)) == before)
    }
}
