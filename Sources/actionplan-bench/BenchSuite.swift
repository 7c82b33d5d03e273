import ActionPlanKit
import Foundation

/// The whole benchmark: builds the portfolios, times every command, and writes the results as Markdown.
struct BenchSuite {
    /// What was asked for.
    var options: BenchOptions
    /// The Markdown written so far.
    var markdown: [String] = []
    /// Figures checked against the targets at the end: (target, measured, met).
    var verdicts: [(String, String, Bool)] = []
    /// The day everything runs as of; the `actionplan` binary computes the same.
    let today = BenchSuite.localToday()

    init(options: BenchOptions) {
        self.options = options
    }

    /// Runs everything and returns the Markdown.
    mutating func run() throws -> String {
        let work = URL(fileURLWithPath: options.work).standardizedFileURL.path
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        guard FileManager.default.isExecutableFile(atPath: options.tool) else {
            throw SpawnError(
                program: options.tool, reason: "not found; build it with 'swift build -c release'")
        }
        emit("## Run of \(today) (runs per command: \(options.runs), after one untimed warm-up)\n")
        emit(Machine.describe(tool: options.tool))

        var random = SeededRandom(seed: 2026)
        let (reports, origin) = ReportSource.reports(corpus: options.corpus, random: &random)
        progress("reports: \(origin)")
        let builder = PortfolioBuilder(reports: reports, today: today)
        var portfolios: [Int: PortfolioSummary] = [:]
        for size in Set([options.actions] + options.scaling).sorted() {
            progress("building a portfolio of \(size) actions")
            portfolios[size] = try builder.build(
                actionCount: size, into: work + "/plans-\(size)", seed: UInt64(size))
        }
        let main = portfolios[options.actions]!
        emit("### Portfolio\n")
        emit("Source: \(origin).\n")
        emit("| actions | plans | history entries | JSON on disk | open and due before \(today) |")
        emit("|---:|---:|---:|---:|---:|")
        for (size, summary) in portfolios.sorted(by: { $0.key < $1.key }) {
            emit(
                "| \(size) | \(summary.plans) | \(summary.historyEntries) | "
                    + "\(Format.fixed(Double(summary.bytes) / 1_048_576, places: 1)) MB | \(summary.overdue) |"
            )
        }
        emit("")

        try sideBySide(main, work: work)
        try everyCommand(main, work: work)
        try singlePlanCommands(main, largest: portfolios[portfolios.keys.max()!]!, work: work)
        if options.reading { try reading(work: work, random: &random) }
        try scaling(portfolios.filter { options.scaling.contains($0.key) })
        emit("### Targets\n")
        emit("| target | measured | met |\n|---|---|---|")
        for (target, measured, met) in verdicts {
            emit("| \(target) | \(measured) | \(met ? "yes" : "**no**") |")
        }
        emit("")
        return markdown.joined(separator: "\n") + "\n"
    }

    /// `overdue` against `task overdue` and a jq filter over the same plan files, runs alternating.
    private mutating func sideBySide(_ portfolio: PortfolioSummary, work: String) throws {
        let ours = [options.tool, "overdue", "--plans", portfolio.directory]
        let jq = try jqOverdue(portfolio)
        let taskwarrior = Taskwarrior(directory: work + "/taskwarrior")
        let taskRunner = ProcessRunner(environment: ["TASKRC": taskwarrior.taskrc])
        // `overdue` keeps its summary cache in the benchmark's own folder, built by the first run below.
        let plain = ProcessRunner(environment: ["XDG_CACHE_HOME": work + "/cache"])
        let haveTask =
            options.peers && (try? plain.run(["task", "--version"], captureOutput: true))?.status == 0
        let haveJQ = options.peers && (try? plain.run(["jq", "--version"], captureOutput: true))?.status == 0

        emit("### Overdue across the portfolio: \(portfolio.actions) actions in \(portfolio.plans) plans\n")
        var counts = [
            "| tool | overdue items found |\n|---|---:|",
            "| expected (open, due before \(today)) | \(portfolio.overdue) |",
        ]
        let ourJSON = try plain.run(ours + ["--format", "json"], captureOutput: true)
        let ourCount = Self.overdueCount(inJSON: ourJSON.output ?? "")
        var found = [ourCount]
        counts.append(
            "| actionplan overdue --format json (`summary.overdue`) | \(ourCount.map(String.init) ?? "unreadable") |"
        )
        if haveTask {
            progress("loading \(portfolio.actions) tasks into Taskwarrior")
            try taskwarrior.prepare()
            let file = try taskwarrior.writeImportFile(from: portfolio.directory)
            let load = try taskRunner.run(["task", "import", file.path])
            emit(
                "Taskwarrior: \(file.tasks) tasks imported with `task import` in \(Format.milliseconds(load.seconds)) "
                    + "(peak \(Format.fixed(Double(load.peakKilobytes) / 1024, places: 0)) MB, exit \(load.status)).\n"
            )
            let count = try taskRunner.run(["task", "+OVERDUE", "count"], captureOutput: true)
            let text = count.output?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "?"
            counts.append("| task +OVERDUE count | \(text) |")
            found.append(Int(text))
        }
        if haveJQ {
            let lines = try plain.run(jq, captureOutput: true).output?.split(separator: "\n").count ?? 0
            counts.append("| jq filter (lines emitted) | \(lines) |")
            found.append(lines)
        }
        emit(counts.joined(separator: "\n") + "\n")
        // A tool that finds another number is reading other actions (or none): its times mean nothing.
        verdicts.append(
            (
                "every tool finds the \(portfolio.overdue) overdue actions",
                found.map { $0.map(String.init) ?? "?" }.joined(separator: ", "),
                found.allSatisfy { $0 == portfolio.overdue }
            ))

        progress("timing overdue, task overdue and jq, alternating")
        var timings = [Timing(), Timing(), Timing()]
        for round in 0...options.runs {
            let samples = [
                try plain.run(ours),
                haveTask ? try taskRunner.run(["task", "overdue"]) : nil,
                haveJQ ? try plain.run(jq) : nil,
            ]
            guard round > 0 else { continue }
            for (index, sample) in samples.enumerated() { if let sample { timings[index].record(sample) } }
        }
        let json = try time(ours + ["--format", "json"], runner: plain)
        // Without the cache every plan file is read, as on a first run or with ACTIONPLAN_NO_CACHE.
        let uncached = try time(ours, runner: ProcessRunner(environment: ["ACTIONPLAN_NO_CACHE": "1"]))
        let afterUpdate = try timeAfterTouching(
            portfolio.directory + "/" + portfolio.firstPlan + ".json", ours, plain)
        emit(Format.header)
        emit(Format.row("`actionplan overdue` (text table, summary cache current)", timings[0]))
        emit(Format.row("`actionplan overdue`, one plan file just changed", afterUpdate))
        emit(Format.row("`actionplan overdue`, no summary cache (every file read)", uncached))
        emit(Format.row("`actionplan overdue --format json`", json))
        if haveTask {
            let ratio = timings[1].median / timings[0].median
            emit(
                Format.row(
                    "`task overdue`", timings[1], extra: "ours is \(Format.fixed(ratio, places: 1))× faster"))
            verdicts.append(
                ("≥ 5× faster than `task overdue`", "\(Format.fixed(ratio, places: 1))×", ratio >= 5))
        }
        if haveJQ {
            let ratio = timings[0].median / timings[2].median
            emit(
                Format.row(
                    "`jq` filter over the plan files", timings[2],
                    extra: "ours takes \(Format.fixed(ratio, places: 2))× jq's time"))
            verdicts.append(("within 3× of the jq floor", "\(Format.fixed(ratio, places: 2))×", ratio <= 3))
        }
        emit("")
        verdicts.append(
            (
                "`overdue` over \(portfolio.actions) actions ≤ 0.3 s", Format.milliseconds(timings[0].median),
                timings[0].median <= 0.3
            ))
        verdicts.append(
            (
                "`overdue` peak memory ≤ 150 MB", "\(Format.fixed(timings[0].peakMegabytes, places: 1)) MB",
                timings[0].peakMegabytes <= 150
            ))
    }

    /// `report` and `show` of one plan, `list --status` across all, and `update` of one action at two sizes.
    private mutating func singlePlanCommands(
        _ portfolio: PortfolioSummary, largest: PortfolioSummary, work: String
    ) throws {
        emit("### Other commands on the \(portfolio.actions)-action portfolio\n")
        emit(Format.header)
        let plans = ["--plans", portfolio.directory]
        emit(Format.row("`--help` (start-up floor: no plan read)", try time([options.tool, "--help"])))
        let hasReport = (try? ProcessRunner().run([options.tool, "report", "--help"]))?.status == 0
        if hasReport {
            emit(
                Format.row(
                    "`report \(portfolio.firstPlan)`",
                    try time([options.tool, "report", portfolio.firstPlan] + plans)))
        } else {
            emit("| `report PLAN` | n/a | | | | the `report` command is not in this build |")
        }
        emit(
            Format.row(
                "`show \(portfolio.firstPlan)`",
                try time([options.tool, "show", portfolio.firstPlan] + plans)))
        emit(
            Format.row(
                "`list --status in-progress` (all plans)",
                try time([options.tool, "list", "--status", "in-progress"] + plans)))
        for summary in [portfolio, largest] {
            let update = try time([
                options.tool, "update", summary.firstPlan, "1", "--note", "Benchmark progress note.", "--by",
                "bench",
                "--plans", summary.directory,
            ])
            emit(Format.row("`update \(summary.firstPlan) 1 --note …` (\(summary.actions) actions)", update))
            verdicts.append(
                (
                    "`update` ≤ 30 ms with \(summary.actions) actions", Format.milliseconds(update.median),
                    update.median <= 0.03
                ))
        }
        emit("")
    }

    /// Overdue at each portfolio size: the cost per action must not grow.
    private mutating func scaling(_ portfolios: [Int: PortfolioSummary]) throws {
        guard let smallest = portfolios.keys.min() else { return }
        emit("### Scaling: `overdue` as the portfolio grows, every plan file read (no summary cache)\n")
        emit(
            "| actions | plans | median | min | max | peak RSS | µs per action | cost per action vs \(smallest) |"
        )
        emit("|---:|---:|---:|---:|---:|---:|---:|---:|")
        var base = 0.0
        var worst = 0.0
        for (size, summary) in portfolios.sorted(by: { $0.key < $1.key }) {
            progress("timing overdue over \(size) actions")
            let timing = try time(
                [options.tool, "overdue", "--plans", summary.directory],
                runner: ProcessRunner(environment: ["ACTIONPLAN_NO_CACHE": "1"]))
            let perAction = timing.median / Double(size) * 1e6
            if size == smallest { base = perAction }
            worst = max(worst, perAction / base)
            emit(
                "| \(size) | \(summary.plans) | \(Format.milliseconds(timing.median)) | \(Format.milliseconds(timing.min)) | "
                    + "\(Format.milliseconds(timing.max)) | \(Format.fixed(timing.peakMegabytes, places: 1)) MB | "
                    + "\(Format.fixed(perAction, places: 2)) | \(Format.fixed(perAction / base, places: 2))× |"
            )
        }
        emit("")
        verdicts.append(
            (
                "`overdue` grows linearly or better",
                "worst cost per action \(Format.fixed(worst, places: 2))× the smallest's", worst <= 1.15
            ))
    }

    /// Runs `arguments` `options.runs` times, each just after `file`'s times are set to now, as an
    /// `update` of that plan would leave them.
    func timeAfterTouching(_ file: String, _ arguments: [String], _ runner: ProcessRunner) throws -> Timing {
        var timing = Timing()
        for _ in 0..<options.runs {
            try FileManager.default.setAttributes([.modificationDate: Date()], ofItemAtPath: file)
            timing.record(try runner.run(arguments))
        }
        return timing
    }

    /// Runs `arguments` once untimed, then `options.runs` times.
    func time(_ arguments: [String], runner: ProcessRunner = ProcessRunner()) throws -> Timing {
        var timing = Timing()
        for round in 0...options.runs {
            let sample = try runner.run(arguments)
            if round > 0 { timing.record(sample) }
        }
        return timing
    }

    /// Appends Markdown and echoes it to standard output as the run goes.
    mutating func emit(_ line: String) {
        markdown.append(line)
        print(line)
    }

    /// A progress line on standard error, kept out of the results.
    func progress(_ text: String) {
        FileHandle.standardError.write(Data("… \(text)\n".utf8))
    }

    /// `summary.overdue` from `overdue --format json`.
    static func overdueCount(inJSON text: String) -> Int? {
        let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
        return (object?["summary"] as? [String: Any])?["overdue"] as? Int
    }

    /// Today in the local time zone, computed as the `actionplan` binary computes it.
    static func localToday() -> CalendarDay {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone.current
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return CalendarDay(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)!
    }
}
