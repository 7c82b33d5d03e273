import ActionPlanKit
import Foundation
import Testing

@testable import ActionPlanCLI

/// What one in-process run of the tool produced.
struct ToolRun {
    var status: Int32
    var output: String
    var error: String
}

/// Collects what the tool writes, from any thread.
final class OutputSink: @unchecked Sendable {
    private let lock = NSLock()
    private var text = ""

    func append(_ more: String) {
        lock.lock()
        text += more
        lock.unlock()
    }

    var contents: String {
        lock.lock()
        defer { lock.unlock() }
        return text
    }
}

/// A temporary plans folder for one test, removed when the test ends.
final class Workspace {
    let directory: String

    init() throws {
        directory =
            FileManager.default.temporaryDirectory
            .appendingPathComponent("actionplan-tests-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: directory) }

    var plans: String { directory + "/Plans" }

    /// Runs `actionplan ARGUMENTS --plans <this folder>/Plans` in process, on the given day, with
    /// `variables` added to the environment.
    func run(
        _ arguments: [String], today: String = "2012-04-01", user: String = "tester",
        variables: [String: String] = [:]
    ) -> ToolRun {
        let output = OutputSink()
        let error = OutputSink()
        let environment = ToolEnvironment(
            standardOutput: { output.append($0) }, standardError: { error.append($0) },
            variables: variables.merging(["ACTIONPLAN_PLANS": plans]) { $1 }, today: CalendarDay(iso: today)!,
            now: "\(today)T09:00:00Z",
            userName: user)
        let status = CommandLineTool(environment: environment).run(arguments)
        return ToolRun(status: status, output: output.contents, error: error.contents)
    }

    /// Writes a plan generated from `report` into the plans folder.
    func add(_ report: Report, name: String, start: String? = nil) throws {
        let plan = try ActionPlan.generate(
            from: report, name: PlanName(name)!, fileName: "\(name).txt",
            sha256: String(repeating: "0", count: 64),
            start: start.flatMap { CalendarDay(iso: $0) })
        try PlanStore(directory: plans).create(plan)
    }

    /// Every file in the plans folder with its bytes, to prove a failed command changed nothing.
    func snapshot() -> [String: Data] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: plans)) ?? []
        var files: [String: Data] = [:]
        for name in names where !name.hasSuffix(".lock") {
            files[name] = FileManager.default.contents(atPath: plans + "/" + name)
        }
        return files
    }
}

/// A small report shaped like the Dudley paper: inspection ending 2011-12-09, no publication date.
func sampleReport() -> Report {
    Report(
        authority: "Dudley", inspectionStart: CalendarDay(iso: "2011-11-28"),
        inspectionEnd: CalendarDay(iso: "2011-12-09"),
        recommendations: [
            Recommendation(
                number: 1, section: "Safeguarding", timescale: .withinMonths(3),
                text: "Agree the health action plan", line: 10),
            Recommendation(
                number: 2, section: "Safeguarding", timescale: .withinMonths(3),
                text: "Extend audit processes", line: 11),
            Recommendation(
                number: 3, section: "Safeguarding", timescale: .withinMonths(6),
                text: "Embed the recording system", line: 14),
            Recommendation(
                number: 4, section: "Looked after", timescale: .immediately, text: "Review IRO capacity",
                line: 20),
            Recommendation(
                number: 5, section: "Looked after", timescale: .unspecified,
                text: "Strengthen quality assurance", line: 22),
        ])
}

/// A command line the tool must refuse: its exit status and what its message must say.
struct RefusedRun: CustomTestStringConvertible, Sendable {
    var name: String
    var arguments: [String]
    /// 64 usage, 65 bad data, 66 missing plan or report.
    var status: Int32 = 64
    var message: String
    var testDescription: String { name }
}
