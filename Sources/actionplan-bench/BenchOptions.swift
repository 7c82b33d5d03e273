import Foundation

/// What the benchmark was asked to do, from its command line.
struct BenchOptions {
    /// The scratch folder for portfolios, the Taskwarrior database and outputs (git-ignored `.build-bench`).
    var work = ".build-bench"
    /// The corpus of real reports, when it is there.
    var corpus: String?
    /// Timed runs per command, after one untimed warm-up.
    var runs = 7
    /// The number of actions in the main portfolio.
    var actions = 50_000
    /// The portfolio sizes for the scaling runs.
    var scaling = [10_000, 50_000, 100_000]
    /// Whether to time Taskwarrior and jq alongside (when they are installed).
    var peers = true
    /// Whether to time reading reports (`generate`, `parse`).
    var reading = true
    /// Where to write the Markdown results, besides standard output.
    var output: String?
    /// The `actionplan` binary to drive.
    var tool: String

    static let usage = """
        usage: actionplan-bench [--work DIR] [--corpus DIR] [--runs N] [--actions N] [--scaling N,N,...]
                                [--no-scaling] [--no-reading] [--no-peers] [--output FILE] [--tool PATH]

        Builds a portfolio of plans from the report corpus (or synthetic reports), then times the
        release `actionplan` binary as whole processes against Taskwarrior and jq on the same actions.
        """

    /// Reads `arguments` (without the program name); throws the usage text on anything unknown.
    init(_ arguments: [String]) throws {
        let here = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        tool = here.appendingPathComponent("actionplan").path
        if FileManager.default.fileExists(atPath: "../shared/corpus") { corpus = "../shared/corpus" }
        var rest = arguments[...]
        func value(_ name: String) throws -> String {
            guard let next = rest.popFirst() else { throw BenchUsage(message: "\(name) needs a value") }
            return next
        }
        func number(_ name: String) throws -> Int {
            let text = try value(name)
            guard let number = Int(text), number > 0 else {
                throw BenchUsage(message: "\(name): '\(text)' is not a count")
            }
            return number
        }
        while let argument = rest.popFirst() {
            switch argument {
            case "--work": work = try value(argument)
            case "--corpus": corpus = try value(argument)
            case "--no-corpus": corpus = nil
            case "--runs": runs = try number(argument)
            case "--actions": actions = try number(argument)
            case "--scaling":
                let text = try value(argument)
                scaling = text.split(separator: ",").compactMap { Int($0) }
                guard !scaling.isEmpty else {
                    throw BenchUsage(message: "--scaling: '\(text)' is not a list of counts")
                }
            case "--no-peers": peers = false
            case "--no-scaling": scaling = []
            case "--no-reading": reading = false
            case "--output": output = try value(argument)
            case "--tool": tool = try value(argument)
            case "--help", "-h": throw BenchUsage(message: nil)
            default: throw BenchUsage(message: "unknown argument '\(argument)'")
            }
        }
        if let corpus, !FileManager.default.fileExists(atPath: corpus) { self.corpus = nil }
    }
}

/// A command line the benchmark does not understand, or a request for help.
struct BenchUsage: Error {
    /// What was wrong, or `nil` for `--help`.
    var message: String?
}
