import ActionPlanKit
import Foundation
import Testing

@Suite("returns rounds in the plans folder")
struct ReturnsRoundStoreTests {
    private let day = CalendarDay(iso: "2012-04-01")!

    /// A store over a new temporary folder, removed when `body` ends.
    private func withStore(_ body: (PlanStore) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rounds-\(UUID())").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try body(PlanStore(directory: folder))
    }

    private func sheet(_ owner: String, _ actions: [String]) -> ReturnsRound.Sheet {
        ReturnsRound.Sheet(
            owner: owner, file: owner + ".xlsx", actions: actions, recorded: "2012-04-01T09:00:00Z",
            by: "officer")
    }

    @Test("returns recorded by many processes at once are all kept")
    func concurrentReturns() throws {
        try withStore { store in
            try store.recordRound(
                (0..<16).map { sheet("Owner \($0)", ["dudley/\($0 + 1)"]) }, sentOn: day)
            let failures = OutputLock()
            DispatchQueue.concurrentPerform(iterations: 16) { index in
                do {
                    _ = try store.recordReturn(
                        of: ["dudley/\(index + 1)"], on: CalendarDay(iso: "2012-04-10")!,
                        recorded: "2012-04-10T09:00:00Z", by: "officer", file: "returned-\(index).xlsx")
                } catch {
                    failures.add("\(error)")
                }
            }
            #expect(failures.items.isEmpty)
            let round = try #require(try store.round(sentOn: day))
            #expect(Set(round.returns.map(\.owner)) == Set((0..<16).map { "Owner \($0)" }))
        }
    }

    @Test("a second round the same day replaces an owner's sheet and keeps their returns")
    func sameDay() throws {
        try withStore { store in
            try store.recordRound([sheet("Head of Quality", ["dudley/3"])], sentOn: day)
            let credited = try store.recordReturn(
                of: ["dudley/3"], on: day, recorded: "2012-04-01T10:00:00Z", by: "officer", file: "q.xlsx")
            #expect(credited?.owners == ["Head of Quality"])
            try store.recordRound(
                [sheet("Head of Quality", ["dudley/3", "dudley/4"]), sheet("Head of Care", ["dudley/5"])],
                sentOn: day)
            let round = try #require(try store.round(sentOn: day))
            #expect(round.sheets.map(\.owner) == ["Head of Care", "Head of Quality"])
            #expect(round.sheets[1].actions == ["dudley/3", "dudley/4"])
            #expect(round.returns.map(\.file) == ["q.xlsx"])
        }
    }

    @Test("a sheet naming no action of any round is nobody's return")
    func strangers() throws {
        try withStore { store in
            try store.recordRound([sheet("Head of Quality", ["dudley/3"])], sentOn: day)
            #expect(
                try store.recordReturn(
                    of: ["walsall/3"], on: day, recorded: "2012-04-01T10:00:00Z", by: "o", file: "w.xlsx")
                    == nil)
            // Returned before the round was sent: it answers no round.
            #expect(
                try store.recordReturn(
                    of: ["dudley/3"], on: CalendarDay(iso: "2012-03-31")!, recorded: "", by: "o",
                    file: "e.xlsx")
                    == nil)
        }
    }

    @Test("a round written by a newer actionplan is refused")
    func newer() throws {
        try withStore { store in
            try store.recordRound([sheet("Head of Quality", ["dudley/3"])], sentOn: day)
            let path = store.path(ofRoundSentOn: day)
            let text = try String(contentsOfFile: path, encoding: .utf8)
                .replacingOccurrences(of: "\"schemaVersion\" : 1", with: "\"schemaVersion\" : 9")
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            #expect(throws: StoreError.newerSchema(path: path, version: 9, supported: 1)) {
                try store.rounds()
            }
        }
    }
}

/// Collects strings from several threads.
private final class OutputLock: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [String] = []

    func add(_ item: String) {
        lock.lock()
        stored.append(item)
        lock.unlock()
    }

    var items: [String] {
        lock.lock()
        defer { lock.unlock() }
        return stored
    }
}
