import Foundation
import Testing

@testable import ActionPlanCLI

/// Every example the help and the README print runs as printed, through the built tool in a shell, over
/// a copy of the bundled `Plans/` with the sample reports in `reports/`.
@Suite(.serialized) struct ExamplesTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let tool = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().path

    /// A folder holding a copy of the bundled plans and the sample reports, as a user's checkout has.
    static func workspace() throws -> String {
        let directory = NSTemporaryDirectory() + "actionplan-examples-" + UUID().uuidString
        let files = FileManager.default
        try files.createDirectory(atPath: directory + "/reports", withIntermediateDirectories: true)
        try files.copyItem(
            atPath: repository.appendingPathComponent("Plans").path, toPath: directory + "/Plans")
        let fixtures = repository.appendingPathComponent("Tests/ActionPlanKitTests/Fixtures").path
        for name in try files.contentsOfDirectory(atPath: fixtures) where name.hasSuffix(".txt") {
            try files.copyItem(atPath: fixtures + "/" + name, toPath: directory + "/reports/" + name)
            try files.copyItem(atPath: fixtures + "/" + name, toPath: directory + "/" + name)
        }
        return directory
    }

    /// Runs `line` in bash in `directory` with the built tool first on the path; its status and output.
    static func shell(_ line: String, in directory: String) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", line]
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = tool + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
        environment["HOME"] = directory
        environment["XDG_CACHE_HOME"] = directory + "/.cache"
        environment["ACTIONPLAN_USER"] = "jporter"
        environment.removeValue(forKey: "ACTIONPLAN_PLANS")
        process.environment = environment
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test(
        "Every example in the help runs as printed",
        .enabled(if: FileManager.default.isExecutableFile(atPath: "/bin/bash")))
    func helpExamples() throws {
        let directory = try Self.workspace()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        // In the help's order, in one folder: export writes the sheet that import's examples read.
        var specs = CommandLineTool.commands.map { $0.spec }
        if let export = specs.firstIndex(where: { $0.name == "export" }) {
            specs.insert(specs.remove(at: export), at: 0)
        }
        for spec in specs {
            for example in spec.examples {
                // git runs the merge driver with %O %A %B %P filled in; it is not run by hand.
                if spec.name == "merge" { continue }
                // jq reads the JSON in one example; without it, the example before the pipe still runs.
                let line =
                    FileManager.default.isExecutableFile(atPath: "/usr/bin/jq")
                    ? example : String(example.split(separator: "|")[0])
                let run = try Self.shell("set -o pipefail; " + line, in: directory)
                #expect(run.status == 0, "\(spec.name): \(example)\n\(run.output)")
            }
        }
    }

    @Test(
        "Every command of the README's session runs as printed, failing where it shows an error",
        .enabled(if: FileManager.default.isExecutableFile(atPath: "/bin/bash")))
    func readmeExamples() throws {
        let directory = try Self.workspace()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let readme = try String(
            contentsOf: Self.repository.appendingPathComponent("README.md"), encoding: .utf8)
        let lines = readme.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var examples = 0
        for (index, line) in lines.enumerated() where line.hasPrefix("$ actionplan ") {
            let shown = lines.dropFirst(index + 1).prefix {
                !$0.isEmpty && !$0.hasPrefix("$ ") && !$0.hasPrefix("```")
            }
            let expectsError = shown.first?.hasPrefix("error:") ?? false
            let run = try Self.shell(String(line.dropFirst(2)), in: directory)
            #expect((run.status == 0) != expectsError, "\(line)\n\(run.output)")
            // What the README shows is what the tool prints, up to any line it cuts short with "…".
            let printed = run.output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            for (offset, expected) in shown.enumerated() {
                if expected.contains("…") { break }
                #expect(
                    offset < printed.count && printed[offset] == expected,
                    "\(line): the README shows '\(expected)'\n\(run.output)")
            }
            examples += 1
        }
        #expect(examples >= 5)
    }
}
