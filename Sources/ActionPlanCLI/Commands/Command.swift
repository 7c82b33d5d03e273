import ActionPlanKit
import Foundation

/// A subcommand of `actionplan`: its spec (the one table for scanning, help and completion) and its work.
protocol Command {
    /// The command's arguments, options, summary and examples.
    static var spec: CommandSpec { get }
    /// Does the command's work; throws on any failure, which the tool turns into a message and status.
    static func run(_ context: CommandContext) throws
}

/// What a running command may use: its arguments, the plans folder and the outputs.
struct CommandContext {
    /// The process's world: outputs, today, the environment.
    var environment: ToolEnvironment
    /// The scanned arguments.
    var arguments: ParsedArguments
    /// The plan files a report had to leave out, said at the end of the run (see ``SkippedPlans``).
    var skipped = SkippedPlans()

    /// The plans folder: `--plans`, else `$ACTIONPLAN_PLANS`, else `./Plans`.
    var store: PlanStore {
        let directory =
            arguments.value("--plans") ?? environment.variables["ACTIONPLAN_PLANS"].flatMap {
                $0.isEmpty ? nil : $0
            }
            ?? "Plans"
        return PlanStore(
            directory: directory.count > 1 && directory.hasSuffix("/")
                ? String(directory.dropLast()) : directory)
    }

    /// Writes `text` to standard output.
    func print(_ text: String) {
        environment.standardOutput(text.utf8.last == UInt8(ascii: "\n") ? text : text + "\n")
    }

    /// The file `--output` names, or `nil` for standard output (no `--output`, or `--output -`).
    var outputPath: String? {
        arguments.value("--output").flatMap { $0 == "-" ? nil : $0 }
    }

    /// Writes `text` to `--output FILE` (atomically) when given, else to standard output.
    func emit(_ text: String) throws {
        // By its last byte: a CSV's last line ends in "\r\n", which as a character is not "\n".
        let body = text.utf8.last == UInt8(ascii: "\n") ? text : text + "\n"
        guard let path = outputPath else {
            environment.standardOutput(body)
            return
        }
        try write(Data(ControlCharacters.neutralised(body, keepingColour: false).utf8), to: path)
    }

    /// ``emit(_:)`` of text already in UTF-8, in runs that follow one another, as a national report is
    /// laid out: each is written as it is, without first being joined or made into a string.
    func emit(utf8 runs: [[UInt8]]) throws {
        var runs = runs.filter { !$0.isEmpty }
        if runs.last?.last != UInt8(ascii: "\n") { runs.append([UInt8(ascii: "\n")]) }
        guard let path = outputPath else {
            for run in runs { environment.standardOutputUTF8(run) }
            return
        }
        let bytes = Array(runs.joined())
        try write(
            Data(bytes.withUnsafeBytes { ControlCharacters.neutralised($0, keepingColour: false) } ?? bytes),
            to: path)
    }

    /// ``emit(utf8:)`` of text that `write` hands to its sink a run at a time as it is laid out: on
    /// standard output each run goes out as it comes, so a long listing is never held whole.
    func emit(streaming write: (_ sink: ([UInt8]) -> Void) -> Void) throws {
        guard outputPath == nil else {
            var runs: [[UInt8]] = []
            write { runs.append($0) }
            return try emit(utf8: runs)
        }
        // Each run is written (and scanned for control characters) on another thread, in order, while
        // the next is laid out.
        let output = environment.standardOutputUTF8
        let writing = DispatchQueue(label: "actionplan.output")
        var endsLine = false
        write { run in
            guard let last = run.last else { return }
            writing.async { output(run) }
            endsLine = last == UInt8(ascii: "\n")
        }
        writing.sync {}
        if !endsLine { output([UInt8(ascii: "\n")]) }
    }

    /// Writes `data` to the file `path` as ``OutputFile`` allows, and says so on standard error.
    func write(_ data: Data, to path: String, describing what: String = "") throws {
        try OutputFile.write(data, to: path, plansFolder: store.directory)
        environment.standardError("wrote \(path)\(what)\n")
    }

    /// The plan name in `text`, or a usage error when it cannot be one.
    func planName(_ text: String) throws -> PlanName {
        var name = text
        if name.hasSuffix(".json") { name = String(name.dropLast(5)) }
        guard let planName = PlanName(name) else { throw StoreError.invalidPlanName(text) }
        return planName
    }

    /// What `transform` makes of each plan `names` (every plan when empty), each plan let go of once
    /// transformed; a usage error for a bad name, a clear one when there are no plans.
    func mapPlans<Result: Sendable>(
        _ names: [String], _ transform: @Sendable (ActionPlan) -> Result
    ) throws -> [Result] {
        let selected = try selectedPlans(names)
        var results = try store.map(selected, transform)
        if names.isEmpty && includesArchive {
            results += try store.archive.map(try store.archive.names(), transform)
        }
        return results
    }

    /// Whether a command over every plan takes in the archived ones too (`--all`).
    var includesArchive: Bool { arguments.has("--all") }

    /// What `transform` makes of each plan `names` (every plan when empty) as it stood on `day`, its
    /// history cut to the latest entry with a note (see `PlanSummary`): read through the summary cache,
    /// so an unchanged plan file is not read again, unless `$ACTIONPLAN_NO_CACHE` is set.
    func mapPlans<Result: Sendable>(
        _ names: [String], on day: CalendarDay, _ transform: @Sendable (ActionPlan) -> Result
    ) throws -> [Result] {
        let store = store
        let cache = summaryCache()
        let selected = try selectedPlans(names)
        let (results, failures) = store.mapReadableSummaries(selected, on: day, cache: cache, transform)
        // A plan named on the command line that does not exist is a typing slip, not a bad file.
        if let missing = failures.first(where: { if case .planNotFound = $0 { true } else { false } }) {
            throw missing
        }
        skipped.add(failures)
        guard names.isEmpty && includesArchive else { return results }
        // Archived plans are read from their files: the cache describes the plans folder alone.
        let archive = store.archive
        let (archived, unread) = archive.mapReadableSummaries(
            try archive.names(), on: day, cache: nil, transform)
        skipped.add(unread)
        return results + archived
    }

    /// The summary cache of the plans folder, already being read, unless `$ACTIONPLAN_NO_CACHE` is
    /// set or there is nowhere to keep it; a warning when the cache file is refused.
    func summaryCache() -> PlanSummaryCache? {
        guard (environment.variables["ACTIONPLAN_NO_CACHE"] ?? "").isEmpty,
            let directory = PlanSummaryCache.directory(environment: environment.variables),
            let cache = PlanSummaryCache(folder: store.directory, directory: directory)
        else { return nil }
        if let refusal = cache.refusal() {
            environment.standardError(
                "warning: \(cache.path): summary cache skipped: \(refusal.reason); "
                    + "the plans are read from their files\n")
        }
        // The cache and the plans folder are read at once: neither needs the other.
        cache.startReading()
        return cache
    }

    /// The plans `names`, or every plan in the folder when empty; a usage error for a bad name, a
    /// clear one when there are no plans.
    private func selectedPlans(_ names: [String]) throws -> [PlanName] {
        let selected = names.isEmpty ? try store.names() : try names.map(planName)
        if names.isEmpty && selected.isEmpty
            && !(includesArchive && !((try? store.archive.names()) ?? []).isEmpty)
        {
            throw CLIFailure(
                where: store.directory, what: "no plans found",
                hint:
                    "create one with 'actionplan generate REPORT', or point --plans at the folder that holds them",
                status: .noInput)
        }
        return selected
    }

    /// The day to report on: `--as-of`, else today.
    func asOfDay() throws -> CalendarDay {
        try arguments.day("--as-of") ?? environment.today
    }
}

/// A failure a command reports directly, with its own words and exit status.
struct CLIFailure: Error, DescribedError {
    /// The file or thing concerned.
    var `where`: String
    /// What is wrong.
    var what: String
    /// What to do about it, if anything helps.
    var hint: String?
    /// The exit status.
    var status: ExitStatus

    var description: String { "\(`where`): \(what)" }
}

/// The plan files a command over many plans could not read, and left out of what it printed.
///
/// One bad file (a backup copy whose name no longer matches its plan, a file cut short) must not stop
/// a report on every other plan: the report is printed without it, and the tool then names each file
/// left out and exits 65, so neither a person nor a script takes the report for a whole one.
final class SkippedPlans: @unchecked Sendable {
    // `lock` guards `failures`.
    private let lock = NSLock()
    private var failures: [StoreError] = []

    /// Records `more` plans left out.
    func add(_ more: [StoreError]) {
        lock.withLock { failures += more }
    }

    /// The plans left out, in the order they were met.
    var all: [StoreError] { lock.withLock { failures } }
}
