import ActionPlanKit
import Foundation

/// A report the portfolio is built from: what it says, and the file it came from.
struct SourceText: Sendable {
    /// The report's file name, e.g. `80418_norfolk_children_s_services_inspection_13_january_2023.txt`.
    var fileName: String
    /// Which form of the report it is (`text`, `plain`, `synthetic`), so plans from two forms get distinct names.
    var form: String
    /// The SHA-256 of the file's bytes.
    var sha256: String
    /// What the reader found in it.
    var report: Report
}

/// Finds the reports the portfolio is built from: the corpus when the reader can read it, else synthetic ones.
enum ReportSource {
    /// Fewer readable reports than this and the corpus is topped up with synthetic ones built from its prose.
    static let minimumReports = 100

    /// Every `.txt` under the corpus's `text/` and `plain/` folders, sorted; empty when there is no corpus.
    static func corpusFiles(in corpus: String?) -> [String] {
        guard let corpus else { return [] }
        var files: [String] = []
        for folder in ["text", "plain"] {
            let directory = corpus + "/" + folder
            let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
            files += names.filter { $0.hasSuffix(".txt") }.sorted().map { directory + "/" + $0 }
        }
        return files
    }

    /// The reports to build plans from, and a line saying where they came from.
    static func reports(corpus: String?, random: inout SeededRandom) -> (
        reports: [SourceText], origin: String
    ) {
        let files = corpusFiles(in: corpus)
        var reports: [SourceText] = []
        for path in files {
            guard let file = try? ReportFile.read(path) else { continue }
            let form =
                (path as NSString).deletingLastPathComponent.split(separator: "/").last.map(String.init)
                ?? "text"
            reports.append(
                SourceText(fileName: file.fileName, form: form, sha256: file.sha256, report: file.report))
        }
        let recommendations = reports.reduce(0) { $0 + $1.report.recommendations.count }
        if reports.count >= minimumReports {
            let average = Double(recommendations) / Double(reports.count)
            return (
                reports,
                "\(reports.count) of \(files.count) corpus texts read by ReportReader "
                    + "(\(recommendations) recommendations, \(Format.fixed(average, places: 1)) per report)"
            )
        }
        let prose = SyntheticReports.sentences(fromCorpus: files, random: &random)
        let synthetic = SyntheticReports.make(count: 400, sentences: prose, random: &random)
        let origin =
            files.isEmpty
            ? "no corpus at hand: 400 synthetic reports with built-in wording"
            : "the reader found recommendations in only \(reports.count) of \(files.count) corpus texts: "
                + "400 synthetic reports whose recommendations are sentences taken from the corpus"
        return (synthetic, origin)
    }
}
