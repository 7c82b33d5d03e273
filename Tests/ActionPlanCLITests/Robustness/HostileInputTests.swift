import ActionPlanKit
import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The built tool run with a deadline: a hostile file must never make a command wait forever.
enum DeadlineRun {
    /// Runs `actionplan ARGUMENTS` in `directory`, standard output going to `output` (a pipe when
    /// `nil`); kills it and records an issue when it takes longer than `seconds`.
    static func run(
        _ arguments: [String], in directory: String, output: FileHandle? = nil, seconds: Double = 10,
        environment: [String: String] = [:]
    ) throws -> (status: Int32, output: String, error: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: BuiltTool.path)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        process.environment = [
            "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "ACTIONPLAN_USER": "tester",
            "SWIFT_BACKTRACE": "enable=no", "HOME": directory + "/home",
        ].merging(environment) { $1 }
        let outputPipe = Pipe()
        let errorPipe = Pipe()
        process.standardOutput = output ?? outputPipe
        process.standardError = errorPipe
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        try process.run()
        // Read both pipes while the tool runs, so a long output cannot fill one and stall it.
        nonisolated(unsafe) var outputData = Data()
        nonisolated(unsafe) var errorData = Data()
        let readers = DispatchGroup()
        DispatchQueue.global().async(group: readers) {
            if output == nil { outputData = outputPipe.fileHandleForReading.readDataToEndOfFile() }
        }
        DispatchQueue.global().async(group: readers) {
            errorData = errorPipe.fileHandleForReading.readDataToEndOfFile()
        }
        if finished.wait(timeout: .now() + seconds) == .timedOut {
            kill(process.processIdentifier, SIGKILL)
            Issue.record("actionplan \(arguments.joined(separator: " ")) ran longer than \(seconds) s")
            finished.wait()
        }
        readers.wait()
        return (
            process.terminationStatus, String(decoding: outputData, as: UTF8.self),
            String(decoding: errorData, as: UTF8.self)
        )
    }
}

/// A hostile case: what is put in the sandbox, the command, and what must come of it.
struct HostileInput: CustomTestStringConvertible, Sendable {
    var name: String
    var setup: @Sendable (Sandbox) throws -> Void = { _ in }
    var arguments: [String]
    var status: Int32
    /// What standard error must say.
    var says: String
    var testDescription: String { name }
}

let hostileOutputs: [HostileInput] = [
    HostileInput(
        name: "--output into the plans folder",
        arguments: ["overdue", "--format", "json", "--output", "Plans/x.json"],
        status: 74, says: "inside the plans folder"),
    HostileInput(
        name: "--output over a plan file", arguments: ["export", "dudley", "--output", "Plans/fresh.json"],
        status: 74, says: "inside the plans folder"),
    HostileInput(
        name: "--output into a folder inside the plans folder",
        setup: {
            try FileManager.default.createDirectory(
                atPath: $0.plans + "/sub", withIntermediateDirectories: false)
        },
        arguments: ["report", "dudley", "--output", "Plans/sub/r.txt"], status: 74,
        says: "inside the plans folder"),
    HostileInput(
        name: "--output through a link to the plans folder",
        setup: {
            try FileManager.default.createSymbolicLink(
                atPath: $0.directory + "/p", withDestinationPath: "Plans")
        },
        arguments: ["overdue", "--output", "p/x.json"], status: 74, says: "inside the plans folder"),
    HostileInput(
        name: "--output ''", arguments: ["overdue", "--output", ""], status: 74,
        says: "an empty path names no file"),
    HostileInput(
        name: "--output a folder", arguments: ["overdue", "--output", "."], status: 74, says: "it is a folder"
    ),
    HostileInput(
        name: "--output a folder with a slash", arguments: ["export", "dudley", "--output", "out/"],
        status: 74,
        says: "names a folder"),
    HostileInput(
        name: "--output a missing folder", arguments: ["overdue", "--output", "nowhere/x.txt"], status: 74,
        says: "the folder nowhere does not exist"),
    HostileInput(
        name: "--output a device", arguments: ["overdue", "--output", "/dev/null"], status: 74,
        says: "/dev/null: cannot write the output there: it is a device"),
    HostileInput(
        name: "--output a FIFO", setup: { _ = mkfifo($0.directory + "/pipe", 0o644) },
        arguments: ["report", "dudley", "--output", "pipe"], status: 74, says: "it is a named pipe (FIFO)"),
    HostileInput(
        name: "--output a symbolic link",
        setup: {
            try FileManager.default.createSymbolicLink(
                atPath: $0.directory + "/stdout", withDestinationPath: "/proc/self/fd/1")
        },
        arguments: ["export", "dudley", "--format", "ics", "--output", "stdout"], status: 74,
        says: "it is a symbolic link"),
    HostileInput(
        name: "plan file is a FIFO", setup: { _ = mkfifo($0.plans + "/pipe.json", 0o644) },
        arguments: ["show", "pipe"], status: 74,
        says: "Plans/pipe.json: cannot read: it is a named pipe (FIFO)"),
    HostileInput(
        name: "plan file links to /dev/zero",
        setup: {
            try FileManager.default.createSymbolicLink(
                atPath: $0.plans + "/zero.json", withDestinationPath: "/dev/zero")
        },
        arguments: ["update", "zero", "1", "--note", "x"], status: 74,
        says: "Plans/zero.json: cannot read: it is a device"),
    HostileInput(
        name: "plan file links to nothing",
        setup: {
            try FileManager.default.createSymbolicLink(
                atPath: $0.plans + "/gone.json", withDestinationPath: "nothing.json")
        },
        arguments: ["generate", "report.txt", "--name", "gone", "--force", "--from", "2012-01-01"],
        status: 74,
        says: "Plans/gone.json: cannot write: it is a symbolic link to a file that cannot be found"),
    HostileInput(
        name: "generate --from year 9999", arguments: ["generate", "report.txt", "--from", "9999-10-31"],
        status: 64, says: "'9999-10-31' is outside the dates actionplan accepts for --from"),
    HostileInput(
        name: "overdue --as-of year 9999", arguments: ["overdue", "--as-of", "9999-12-04"], status: 64,
        says: "--as-of: years 1900 to 2200"),
    HostileInput(
        name: "update --due year 9999",
        arguments: ["update", "dudley", "1", "--due", "9999-12-31", "--reason", "r"],
        status: 64, says: "'9999-12-31' is outside the dates"),
    HostileInput(
        name: "update --on year 1",
        arguments: ["update", "dudley", "1", "--note", "n", "--on", "0001-01-01"],
        status: 64, says: "'0001-01-01' is outside the dates"),
    HostileInput(
        name: "report --since 1066", arguments: ["report", "dudley", "--since", "14/10/1066"], status: 64,
        says: "'14/10/1066' is outside the dates"),
    HostileInput(
        name: "list --as-of a word", arguments: ["list", "--as-of", "tomorrow"], status: 64,
        says: "expected YYYY-MM-DD (2014-01-31), DD/MM/YYYY (31/01/2014) or today"),
    HostileInput(
        name: "sheet with a due date in 9999",
        setup: { $0.write("sheet.csv", Data("ID,Due,Reason\n1,31/12/9999,typo\n".utf8)) },
        arguments: ["import", "dudley", "sheet.csv"], status: 65,
        says: "'31/12/9999' is outside the years 1900 to 2200"),
    HostileInput(
        name: "generate --name x.json",
        arguments: ["generate", "report.txt", "--from", "2012-01-01", "--name", "x.json"],
        status: 64, says: "--name 'x.json' is a file name, not a plan name"),
    HostileInput(
        name: "a number like 1e300 in a plan",
        setup: { $0.write("Plans/big.json", Data(#"{"schemaVersion": 1e300}"#.utf8)) },
        arguments: ["show", "big"],
        status: 65,
        says:
            "Plans/big.json: not a valid plan file: line 1, column 19: schemaVersion: the number 1e300 is too large"
    ),
    HostileInput(
        name: "a fraction in a plan",
        setup: { $0.write("Plans/half.json", Data(#"{"schemaVersion": 1.5}"#.utf8)) },
        arguments: ["show", "half"], status: 65, says: "the number 1.5 is not a whole number"),
    HostileInput(
        name: "--plans through a file", setup: { $0.write("notes", Data("x".utf8)) },
        arguments: ["list", "--plans", "notes/Plans"], status: 74, says: "notes/Plans"),
    HostileInput(
        name: "report is a FIFO", setup: { _ = mkfifo($0.directory + "/pipe.txt", 0o644) },
        arguments: ["generate", "pipe.txt"], status: 66,
        says: "pipe.txt: cannot read the file: it is a named pipe (FIFO)"),
    HostileInput(
        name: "report is /dev/zero", arguments: ["parse", "/dev/zero"], status: 66,
        says: "/dev/zero: cannot read the file: it is a device"),
    HostileInput(
        name: "template is a FIFO", setup: { _ = mkfifo($0.directory + "/t.html", 0o644) },
        arguments: ["overdue", "--template", "t.html"], status: 74,
        says: "t.html: cannot read the template: it is a named pipe"),
    HostileInput(
        name: "sheet is /dev/zero", arguments: ["import", "dudley", "/dev/zero"], status: 74,
        says: "/dev/zero: cannot read the sheet: it is a device"),
]

@Suite("Proofs: hostile files and paths")
struct HostileInputTests {
    /// A sandbox with plans `dudley` and `fresh`, a report, and an empty `out` folder.
    static func sandbox() throws -> Sandbox {
        let sandbox = try Sandbox()
        try sandbox.addPlan("dudley")
        try sandbox.addPlan("fresh")
        try FileManager.default.createDirectory(
            atPath: sandbox.directory + "/out", withIntermediateDirectories: false)
        sandbox.write(
            "report.txt",
            Data("Areas for improvement\n\nImmediately:\n\n* review every open case\n".utf8))
        return sandbox
    }

    @Test(
        "a hostile path or file ends in a clear message and its exit status, changes nothing, and never hangs",
        arguments: hostileOutputs)
    func hostile(_ input: HostileInput) throws {
        try #require(BuiltTool.exists, "build the tool first: \(BuiltTool.path) is missing")
        let sandbox = try Self.sandbox()
        try input.setup(sandbox)
        let before = sandbox.snapshot()
        let run = try DeadlineRun.run(input.arguments, in: sandbox.directory)
        #expect(run.status == input.status, "\(run.error)")
        #expect(run.error.hasPrefix("error: "), "\(run.error)")
        #expect(run.error.contains(input.says), "\(run.error)")
        for jargon in ["NSCocoaErrorDomain", "The given data was not valid JSON", "Fatal error"] {
            #expect(!run.error.contains(jargon), "\(run.error)")
        }
        #expect(sandbox.snapshot() == before, "the sandbox must be byte for byte as it was")
    }

    @Test(
        "one unreadable plan file leaves the others reported, is named at the end, and the run exits 65",
        arguments: [
            ["overdue"], ["list"], ["overdue", "--format", "json"], ["list", "--format", "csv"], ["check"],
        ])
    func unreadablePlan(_ arguments: [String]) throws {
        try #require(BuiltTool.exists)
        let sandbox = try Self.sandbox()
        // A backup copy whose name no longer matches its plan, a pipe, and a link to a device.
        try FileManager.default.copyItem(
            atPath: sandbox.plans + "/dudley.json", toPath: sandbox.plans + "/a-old.json")
        _ = mkfifo(sandbox.plans + "/pipe.json", 0o644)
        try FileManager.default.createSymbolicLink(
            atPath: sandbox.plans + "/zero.json", withDestinationPath: "/dev/zero")
        let before = sandbox.snapshot()
        let run = try DeadlineRun.run(arguments, in: sandbox.directory)
        #expect(run.status == 65, "\(run.error)")
        for name in ["Plans/a-old.json", "Plans/pipe.json", "Plans/zero.json"] {
            // `check` lists its findings, errors included, as its output.
            #expect((run.output + run.error).contains(name), "\(run.error)")
        }
        if arguments != ["check"] {
            #expect(run.output.contains("fresh"), "the readable plans are still reported")
            #expect(run.error.contains("3 plan files were left out of the output above"), "\(run.error)")
        }
        #expect(
            sandbox.snapshot().filter { !$0.key.hasPrefix("home") }
                == before.filter { !$0.key.hasPrefix("home") })
    }

    @Test(
        "a plan file holding a due date in year 9999 is reported and exported without a crash",
        arguments: [
            ["overdue"], ["overdue", "--as-of", "2200-12-31"], ["list"], ["report", "dudley"],
            ["export", "dudley", "--format", "ics"], ["export", "dudley"], ["check"],
            ["show", "dudley", "1"],
        ])
    func farDates(_ arguments: [String]) throws {
        try #require(BuiltTool.exists)
        let sandbox = try Self.sandbox()
        let path = sandbox.plans + "/dudley.json"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let far = text.replacingOccurrences(
            of: #""due" : "[0-9-]+""#, with: #""due" : "9999-12-31""#, options: .regularExpression)
        try #require(far != text)
        try Data(far.utf8).write(to: URL(fileURLWithPath: path))
        let run = try DeadlineRun.run(arguments, in: sandbox.directory)
        #expect([0, 65].contains(run.status), "\(run.status): \(run.error)")
        #expect(!run.error.contains("Fatal error"), "\(run.error)")
    }

    @Test(
        "a date option takes today and the UK order as well as ISO",
        arguments: [("today", "2012-04-01"), ("31/01/2014", "2014-01-31"), ("2014-01-31", "2014-01-31")])
    func typedForms(_ text: String, _ iso: String) throws {
        let workspace = try Workspace()
        try workspace.add(sampleReport(), name: "dudley")
        let run = workspace.run(["overdue", "--as-of", text, "--format", "json"], today: "2012-04-01")
        #expect(run.status == 0, "\(run.error)")
        #expect(run.output.contains("\"asOf\" : \"\(iso)\""))
    }

    @Test("--output - is standard output, and a regular file is replaced keeping its mode")
    func outputDashAndRegular() throws {
        try #require(BuiltTool.exists)
        let sandbox = try Self.sandbox()
        let dash = try DeadlineRun.run(["export", "dudley", "--output", "-"], in: sandbox.directory)
        #expect(dash.status == 0, "\(dash.error)")
        #expect(dash.output.contains("No.,Section,Recommendation"), "\(dash.output.prefix(80))")
        #expect(!FileManager.default.fileExists(atPath: sandbox.directory + "/-"))
        let file = sandbox.directory + "/tracker.csv"
        sandbox.write("tracker.csv", Data("old".utf8))
        chmod(file, 0o640)
        let run = try DeadlineRun.run(["export", "dudley", "--output", "tracker.csv"], in: sandbox.directory)
        #expect(run.status == 0, "\(run.error)")
        #expect(FileManager.default.contents(atPath: file) == Data(dash.output.utf8))
        var info = stat()
        #expect(stat(file, &info) == 0 && info.st_mode & 0o777 == 0o640)
    }

    @Test("a plan file that is a link is updated through the link, which stays a link to the same file")
    func linkedPlan() throws {
        try #require(BuiltTool.exists)
        let sandbox = try Self.sandbox()
        let shared = sandbox.directory + "/shared"
        try FileManager.default.createDirectory(atPath: shared, withIntermediateDirectories: false)
        try FileManager.default.moveItem(
            atPath: sandbox.plans + "/dudley.json", toPath: shared + "/dudley.json")
        chmod(shared + "/dudley.json", 0o640)
        try FileManager.default.createSymbolicLink(
            atPath: sandbox.plans + "/dudley.json", withDestinationPath: "../shared/dudley.json")
        let run = try DeadlineRun.run(
            ["update", "dudley", "1", "--note", "through the link"], in: sandbox.directory)
        #expect(run.status == 0, "\(run.error)")
        #expect(
            try FileManager.default.destinationOfSymbolicLink(atPath: sandbox.plans + "/dudley.json")
                == "../shared/dudley.json")
        #expect(
            try String(contentsOfFile: shared + "/dudley.json", encoding: .utf8).contains("through the link"))
        var info = stat()
        #expect(stat(shared + "/dudley.json", &info) == 0 && info.st_mode & 0o777 == 0o640)
        #expect(!FileManager.default.fileExists(atPath: shared + "/.dudley.json.tmp"))
    }

    @Test(
        "every command whose output cannot be written exits 74 and says so",
        arguments: [
            ["overdue"], ["list"], ["export", "dudley"], ["report", "dudley"], ["history", "dudley"],
            ["show", "dudley"], ["check"], ["parse", "report.txt"], ["--help"], ["help", "overdue"],
            ["export", "dudley", "--format", "ics"], ["overdue", "--format", "json"],
            ["list", "--format", "csv"],
        ])
    func fullOutput(_ arguments: [String]) throws {
        try #require(BuiltTool.exists)
        let sandbox = try Self.sandbox()
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        let run = try DeadlineRun.run(arguments, in: sandbox.directory, output: full)
        #expect(run.status == 74, "\(run.error)")
        #expect(
            run.error.contains("standard output: cannot write the output: No space left on device"),
            "\(run.error)")
    }
}
