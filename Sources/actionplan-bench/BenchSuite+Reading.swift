import ActionPlanKit
import Foundation

extension BenchSuite {
    /// `generate` from a report of about 100 KB, and the reader's throughput over the whole corpus.
    mutating func reading(work: String, random: inout SeededRandom) throws {
        let files = ReportSource.corpusFiles(in: options.corpus)
        emit("### Reading reports\n")
        let (report, origin) = try reportOfAbout100KB(files: files, work: work, random: &random)
        let size = (try? FileManager.default.attributesOfItem(atPath: report)[.size] as? Int) ?? 0
        emit("`generate` input: \(origin), \(Format.fixed(Double(size) / 1024, places: 1)) KB.\n")
        emit(Format.header)
        let generate = try time([
            options.tool, "generate", report, "--plans", work + "/generated", "--name", "bench-generate",
            "--force",
            "--from", "2025-01-06", "--default-months", "6",
        ])
        emit(Format.row("`generate` (100 KB report)", generate))
        let parse = try time([options.tool, "parse", report, "--format", "json"])
        emit(Format.row("`parse --format json` (same report)", parse))
        emit("")

        var texts: [String] = []
        var bytes = 0
        for path in files {
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            bytes += data.count
            texts.append(String(decoding: data, as: UTF8.self))
        }
        guard !texts.isEmpty else {
            emit("Parse throughput: no corpus at hand, not measured.\n")
            return
        }
        progress("timing ReportReader.parse over \(texts.count) corpus texts, on one core and on all")
        let megabytes = Double(bytes) / 1_048_576
        let oneCore = timeRounds { texts.reduce(0) { $0 + ReportReader.parse($1).recommendations.count } }
        let allCores = timeRounds { ReportReader.parse(texts).reduce(0) { $0 + $1.recommendations.count } }
        let cores = ProcessInfo.processInfo.activeProcessorCount
        emit(
            "Parse throughput, in process (\(texts.count) corpus texts, \(Format.fixed(megabytes, places: 1)) MB, "
                + "\(oneCore.found) recommendations found; median of 3 rounds, wall clock):\n")
        emit(
            "- one core (`ReportReader.parse(text)`, one text after another): median "
                + "\(Format.milliseconds(oneCore.median)) = **\(Format.fixed(megabytes / oneCore.median, places: 1)) "
                + "MB/s** (best \(Format.fixed(megabytes / oneCore.best, places: 1)) MB/s)")
        emit(
            "- all \(cores) cores (`ReportReader.parse(texts)`, the texts spread over the cores): median "
                + "\(Format.milliseconds(allCores.median)) = **\(Format.fixed(megabytes / allCores.median, places: 1)) "
                + "MB/s** (best \(Format.fixed(megabytes / allCores.best, places: 1)) MB/s)"
                + (allCores.found == oneCore.found
                    ? "" : "; found \(allCores.found) recommendations, not the same!")
                + "\n")
        verdicts.append(
            (
                "`parse` ≥ 50 MB/s (all cores)",
                "\(Format.fixed(megabytes / allCores.median, places: 1)) MB/s on \(cores) cores "
                    + "(\(Format.fixed(megabytes / oneCore.median, places: 1)) MB/s on one)",
                megabytes / allCores.median >= 50 && allCores.found == oneCore.found
            ))

        progress("running one actionplan parse over every corpus text")
        let whole = try ProcessRunner().run([options.tool, "parse"] + files + ["--format", "json"])
        emit(
            "Parse throughput, one whole process (`actionplan parse <all \(files.count) corpus texts> --format "
                + "json`, start-up, reading, decoding and JSON output included): "
                + "\(Format.fixed(whole.seconds, places: 2)) s = \(Format.fixed(megabytes / whole.seconds, places: 1)) "
                + "MB/s, peak \(Format.fixed(Double(whole.peakKilobytes) / 1024, places: 1)) MB, exit status "
                + "\(whole.status) (non-zero when a text holds no recommendations).\n")

        progress("running actionplan parse on each corpus text")
        var total = 0.0
        var peak = 0
        var failed = 0
        for path in files {
            let sample = try ProcessRunner().run([options.tool, "parse", path, "--format", "json"])
            total += sample.seconds
            peak = max(peak, sample.peakKilobytes)
            if sample.status != 0 { failed += 1 }
        }
        emit(
            "Parse throughput, whole processes (`actionplan parse FILE --format json` once per corpus text, start-up "
                + "included): \(Format.fixed(total, places: 2)) s in all = \(Format.fixed(megabytes / total, places: 1)) MB/s, "
                + "\(Format.milliseconds(total / Double(files.count))) per report, peak "
                + "\(Format.fixed(Double(peak) / 1024, places: 1)) MB; \(failed) of \(files.count) exited non-zero "
                + "(no recommendations found).\n")
    }

    /// Runs `work` three times; the median and best wall-clock seconds, and what the last round counted.
    private func timeRounds(_ work: () -> Int) -> (median: Double, best: Double, found: Int) {
        var seconds: [Double] = []
        var found = 0
        for _ in 0..<3 {
            let start = ProcessRunner.now()
            found = work()
            seconds.append(ProcessRunner.now() - start)
        }
        return (seconds.sorted()[1], seconds.min()!, found)
    }

    /// The corpus text nearest 100 KB that the reader finds recommendations in, else a synthetic one.
    private func reportOfAbout100KB(files: [String], work: String, random: inout SeededRandom) throws -> (
        String, String
    ) {
        let bySize = files.compactMap { path -> (String, Int)? in
            guard let size = try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int else {
                return nil
            }
            return (path, size)
        }.sorted { abs($0.1 - 102_400) < abs($1.1 - 102_400) }
        for (path, _) in bySize.prefix(40) where (try? ReportFile.read(path)) != nil {
            return (path, "corpus report `\((path as NSString).lastPathComponent)`")
        }
        let sentences = SyntheticReports.sentences(fromCorpus: files, random: &random)
        let text = SyntheticReports.reportText(
            bytes: 102_400, recommendations: 10, sentences: sentences, random: &random)
        let path = work + "/report-100k.txt"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return (
            path,
            "a synthetic ILACS-style report (the reader found no recommendations in the corpus texts near 100 KB)"
        )
    }
}
