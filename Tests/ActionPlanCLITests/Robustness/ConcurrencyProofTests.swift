import ActionPlanKit
import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

@Suite("Proofs: concurrent and killed writers", .serialized)
struct ConcurrencyProofTests {
    @Test("four processes making forty updates each to one plan lose none of the 160 notes")
    func concurrentProcesses() throws {
        try #require(BuiltTool.exists, "build the tool first: \(BuiltTool.path) is missing")
        let sandbox = try Sandbox()
        try sandbox.addPlan("dudley")
        let writers = try (1...4).map { writer in
            let script = """
                for i in $(seq 1 40); do
                    "$0" update dudley $(( i % 5 + 1 )) --note "writer \(writer) update $i" \\
                        >/dev/null || exit 1
                done
                """
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", script, BuiltTool.path]
            process.currentDirectoryURL = URL(fileURLWithPath: sandbox.directory)
            process.environment = ["PATH": "/usr/bin:/bin", "ACTIONPLAN_USER": "tester"]
            try process.run()
            return process
        }
        for writer in writers {
            writer.waitUntilExit()
            #expect(writer.terminationStatus == 0, "every update command succeeds")
        }
        let plan = try sandbox.store.load(PlanName("dudley")!)
        let notes = plan.actions.flatMap(\.history).compactMap(\.note)
        let expected = Set((1...4).flatMap { writer in (1...40).map { "writer \(writer) update \($0)" } })
        #expect(notes.count == 160)
        #expect(Set(notes) == expected)
        #expect(plan.revision == 160)
        #expect(Set(plan.actions.flatMap(\.history).map(\.revision)) == Set(1...160))
        #expect(PlanCheck.consistency(of: plan).isEmpty)
    }

    @Test("writers killed with SIGKILL at random moments never leave a broken file or lose a finished update")
    func killedWriters() throws {
        try #require(BuiltTool.exists, "build the tool first: \(BuiltTool.path) is missing")
        let sandbox = try Sandbox()
        // A large plan, so encoding and writing it take a good share of each run and kills land there.
        try sandbox.addPlan("dudley", actions: 300, wordsEach: 120)
        let name = PlanName("dudley")!
        let started = DispatchTime.now()
        let probe = try BuiltTool.run(["update", "dudley", "1", "--note", "probe"], in: sandbox.directory)
        try #require(probe.status == 0, "\(probe.error)")
        let runTime = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1_000
        var generator = SystemRandomNumberGenerator()
        var finished: [String] = ["probe"]
        var killed = 0
        for kill in 1...60 {
            let note = "kill \(kill)"
            let process = try BuiltTool.start(
                ["update", "dudley", String(kill % 300 + 1), "--note", note], in: sandbox.directory)
            usleep(UInt32(Double.random(in: 0...(runTime * 1.2), using: &generator)))
            Glibc.kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            if process.terminationReason == .exit {
                #expect(process.terminationStatus == 0, "a writer that was not killed succeeded")
                finished.append(note)
            } else {
                killed += 1
            }
            let data = try #require(FileManager.default.contents(atPath: sandbox.store.path(of: name)))
            let plan = try PlanCoding.decode(data, path: "after kill \(kill)")
            let notes = plan.actions.flatMap(\.history).compactMap(\.note)
            for done in finished {
                #expect(notes.contains(done), "\(done) finished, so it must be in the plan")
            }
            #expect(Set(notes).count == notes.count, "no update is recorded twice")
        }
        #expect(killed > 0, "at least one writer must have been killed before it finished")
        let last = try BuiltTool.run(["update", "dudley", "2", "--note", "after"], in: sandbox.directory)
        #expect(last.status == 0)
        let entries = try FileManager.default.contentsOfDirectory(atPath: sandbox.plans)
        #expect(!entries.contains { $0.hasSuffix(".tmp") }, "the next writer cleared what killed ones left")
        #expect(PlanCheck.consistency(of: try sandbox.store.load(name)).isEmpty)
    }
}
