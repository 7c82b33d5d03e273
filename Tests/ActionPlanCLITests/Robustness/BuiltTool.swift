import ActionPlanKit
import Foundation
import Testing

/// The `actionplan` executable that `swift test` builds next to the test bundle, run as a user would.
enum BuiltTool {
    /// Where the executable is: the folder of the running test binary.
    static var path: String {
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent(
            "actionplan"
        )
        .path
    }

    /// Whether the executable was built, so a test can say so instead of failing obscurely.
    static var exists: Bool { FileManager.default.isExecutableFile(atPath: path) }

    /// Starts `actionplan ARGUMENTS` in `directory` without waiting for it.
    static func start(_ arguments: [String], in directory: String) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        process.environment = [
            "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "ACTIONPLAN_USER": "tester",
            "SWIFT_BACKTRACE": "enable=no",
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Runs `actionplan ARGUMENTS` in `directory` and returns its exit status and output.
    ///
    /// The environment is a bare one naming the user "tester" unless `environment` is given.
    static func run(_ arguments: [String], in directory: String, environment: [String: String]? = nil) throws
        -> (
            status: Int32, output: String, error: String
        )
    {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        process.environment =
            environment ?? ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "ACTIONPLAN_USER": "tester"]
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (
            process.terminationStatus, String(decoding: outputData, as: UTF8.self),
            String(decoding: errorData, as: UTF8.self)
        )
    }
}

/// A temporary working folder with a `Plans/` folder, removed when the test ends.
final class Sandbox {
    let directory: String

    init() throws {
        directory =
            FileManager.default.temporaryDirectory.appendingPathComponent(
                "actionplan-proof-\(UUID().uuidString)"
            )
            .path
        try FileManager.default.createDirectory(
            atPath: directory + "/Plans", withIntermediateDirectories: true)
    }

    deinit {
        chmod(directory + "/Plans", 0o755)
        try? FileManager.default.removeItem(atPath: directory)
    }

    var plans: String { directory + "/Plans" }
    var store: PlanStore { PlanStore(directory: plans) }

    /// Writes `contents` to `name`, a path relative to the sandbox.
    func write(_ name: String, _ contents: Data) {
        #expect(FileManager.default.createFile(atPath: directory + "/" + name, contents: contents), "\(name)")
    }

    /// Adds a plan of `count` actions, each with a long wording so that writing it takes a while.
    func addPlan(_ name: String, actions count: Int = 5, wordsEach: Int = 12) throws {
        let words = (1...wordsEach).map { "word\($0)" }.joined(separator: " ")
        let report = Report(
            authority: "Dudley", inspectionEnd: CalendarDay(iso: "2011-12-09"),
            recommendations: (1...count).map {
                Recommendation(
                    number: $0, timescale: $0 % 2 == 0 ? .withinMonths(3) : .immediately,
                    text: "Recommendation \($0): \(words)", line: $0)
            })
        let plan = try ActionPlan.generate(
            from: report, name: PlanName(name)!, fileName: "\(name).txt",
            sha256: String(repeating: "0", count: 64))
        try store.create(plan)
    }

    /// Every file and folder under the sandbox with its bytes, dotfiles included.
    func snapshot() -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: directory)
        while let relative = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: directory + "/" + relative, isDirectory: &isDirectory)
            files[relative] =
                isDirectory.boolValue
                ? Data("<folder>".utf8)
                : FileManager.default.contents(atPath: directory + "/" + relative)
                    ?? Data("<unreadable>".utf8)
        }
        return files
    }
}
