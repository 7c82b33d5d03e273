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
        progress("timing ReportReader.parse over \(texts.count) corpus texts")
        var seconds: [Double] = []
        var found = 0
        for round in 0...2 {
            let start = ProcessRunner.now()
            var count = 0
            for text in texts { count += ReportReader.parse(text).recommendations.count }
            _ = round
            seconds.append(ProcessRunner.now() - start)
            found = count
        }
        let best = seconds.min()!
        let median = seconds.sorted()[seconds.count / 2]
        let megabytes = Double(bytes) / 1_048_576
        emit(
            "Parse throughput, in process (`ReportReader.parse` over \(texts.count) corpus texts, "
                + "\(Format.fixed(megabytes, places: 1)) MB, \(found) recommendations found): median "
                + "\(Format.milliseconds(median)) = **\(Format.fixed(megabytes / median, places: 1)) MB/s** "
                + "(best \(Format.fixed(megabytes / best, places: 1)) MB/s).\n")
        verdicts.append(
            (
                "`parse` ≥ 50 MB/s", "\(Format.fixed(megabytes / median, places: 1)) MB/s",
                megabytes / median >= 50
            ))

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
