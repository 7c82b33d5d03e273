import Foundation

extension BenchSuite {
    /// Every reporting command over the whole portfolio, each format of `overdue` in turn, with Taskwarrior
    /// and jq on the same actions, against the targets: each ≤ 0.3 s median and ≤ 150 MB peak.
    mutating func everyCommand(_ portfolio: PortfolioSummary, work: String) throws {
        emit("### Every command over the \(portfolio.actions)-action portfolio (summary cache current)\n")
        emit(Format.header)
        let plans = ["--plans", portfolio.directory]
        let plain = ProcessRunner(environment: ["XDG_CACHE_HOME": work + "/cache"])
        var rows: [(String, [String])] = OutputFormatName.all.map { format in
            ("`overdue --format \(format)`", [options.tool, "overdue", "--format", format] + plans)
        }
        rows += [
            ("`list` (every plan)", [options.tool, "list"] + plans),
            ("`list --format json` (every plan)", [options.tool, "list", "--format", "json"] + plans),
            ("`report \(portfolio.firstPlan)`", [options.tool, "report", portfolio.firstPlan] + plans),
            ("`check` (every plan)", [options.tool, "check"] + plans),
        ]
        // `report` with no plan named covers every plan once the build has the national view.
        if (try? plain.run([options.tool, "report"] + plans))?.status == 0 {
            rows.append(("`report` (every plan)", [options.tool, "report"] + plans))
        }
        if (try? plain.run([options.tool, "themes", "--help"]))?.status == 0 {
            rows.append(("`themes` (every plan)", [options.tool, "themes"] + plans))
        }
        for (label, arguments) in rows {
            progress("timing \(label)")
            let timing = try time(arguments, runner: plain)
            let met = timing.median <= 0.3 && timing.peakMegabytes <= 150 && timing.failures.isEmpty
            let failed = timing.failures.isEmpty ? "" : "exit \(timing.failures[0])"
            emit(Format.row(label, timing, extra: failed))
            verdicts.append(
                (
                    "\(label) ≤ 0.3 s and ≤ 150 MB",
                    "\(Format.milliseconds(timing.median)), \(Format.fixed(timing.peakMegabytes, places: 1)) MB",
                    met
                ))
        }
        if options.peers {
            let taskwarrior = Taskwarrior(directory: work + "/taskwarrior")
            let taskRunner = ProcessRunner(environment: ["TASKRC": taskwarrior.taskrc])
            if (try? taskRunner.run(["task", "--version"], captureOutput: true))?.status == 0 {
                emit(
                    Format.row(
                        "`task overdue` (same actions)", try time(["task", "overdue"], runner: taskRunner)))
            }
            if (try? plain.run(["jq", "--version"], captureOutput: true))?.status == 0 {
                emit(
                    Format.row(
                        "`jq` overdue filter over the plan files",
                        try time(jqOverdue(portfolio), runner: plain)))
            }
        }
        emit("")
    }

    /// The jq command that lists the open actions due before today, as `overdue` finds them. Schema 2
    /// files hold each recommendation with its actions nested under it.
    func jqOverdue(_ portfolio: PortfolioSummary) throws -> [String] {
        let planFiles = try FileManager.default.contentsOfDirectory(atPath: portfolio.directory)
            .filter { $0.hasSuffix(".json") }.sorted().map { portfolio.directory + "/" + $0 }
        let filter =
            ".name as $n | .recommendations[].actions[] | select(.due != null and .due < $t and "
            + "(.status == \"not-started\" or .status == \"in-progress\" or .status == \"blocked\")) "
            + "| {plan: $n, id, due}"
        return ["jq", "-c", "--arg", "t", today.description, filter] + planFiles
    }
}

/// The `--format` values of `overdue`, as the command line spells them.
enum OutputFormatName {
    static let all = ["text", "json", "csv", "markdown", "html"]
}
