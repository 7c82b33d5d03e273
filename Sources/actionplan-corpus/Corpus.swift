import ActionPlanKit
import Foundation

/// One report of the corpus as read in one text form.
struct CorpusReading {
    var name: String
    var form: String
    var bytes: Int
    var report: Report
    /// Wall-clock seconds the parse took.
    var seconds: Double
    /// Processor seconds the parse took on this thread: steadier than wall time on a shared machine.
    var cpuSeconds: Double
    var hasRecommendationsHeading: Bool
}

/// The corpus folder: `text/` (pdftotext -layout), `plain/` (default mode) and `pdf/`.
struct Corpus {
    var directory: String

    /// A path inside the corpus folder.
    func path(_ relative: String) -> String {
        (directory as NSString).appendingPathComponent(relative)
    }

    /// The report names in a form's folder, sorted, without the extension.
    func names(in form: String, extension ext: String = "txt") -> [String] {
        let folder = (directory as NSString).appendingPathComponent(form)
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return files.filter { $0.hasSuffix("." + ext) }.map { String($0.dropLast(ext.count + 1)) }.sorted()
    }

    /// Reads one text report through the full reader, timing the parse alone.
    func read(_ name: String, form: String) -> CorpusReading? {
        let path = (directory as NSString).appendingPathComponent("\(form)/\(name).txt")
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        let text = String(decoding: data, as: UTF8.self)
        let clock = ContinuousClock()
        var report = Report()
        let cpuStart = Self.threadCPUSeconds()
        let elapsed = clock.measure { report = ReportReader.parse(text) }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return CorpusReading(
            name: name, form: form, bytes: data.count, report: report, seconds: seconds,
            cpuSeconds: Self.threadCPUSeconds() - cpuStart,
            hasRecommendationsHeading: Self.hasRecommendationsHeading(text))
    }

    /// Whether a line reads as a recommendations heading, found without the reader so the two can
    /// be compared: "Recommendations", "Areas for improvement", "What needs to improve?" standing
    /// alone (a contents line carries a page number and does not count).
    static func hasRecommendationsHeading(_ text: String) -> Bool {
        let headings: Set<String> = [
            "recommendations", "recommendation", "areas for improvement", "what needs to improve",
            "what needs to improve in this local authority",
        ]
        for line in text.split(whereSeparator: \.isNewline) where line.utf8.count < 60 {
            var words = line.lowercased().filter { !"#*?:".contains($0) }
            words = words.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            if headings.contains(words) { return true }
        }
        return false
    }

    /// The processor time this thread has used so far.
    static func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// Whether `pdftotext` is on the PATH, so PDFs can be read.
    static func hasPdftotext(environment: [String: String]) -> Bool {
        let path = environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").contains {
            FileManager.default.isExecutableFile(atPath: "\($0)/pdftotext")
        }
    }
}
