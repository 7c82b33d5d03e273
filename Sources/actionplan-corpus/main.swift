// Reads every report of the corpus through the full reader and prints what a regression check
// needs: reports read per form, recommendations found where a report has a recommendations
// heading, metadata agreement with the peer parser, and throughput. Exits 1 when a report that
// yields recommendations in the committed baseline yields none now (a crash ends the run anyway).
//
// usage: actionplan-corpus [CORPUS_DIR] [--baseline FILE] [--update-baseline] [--disagreements]
import ActionPlanKit
import Foundation

/// The command line: an optional corpus folder and three options.
struct Options {
    var corpusDirectory = "../shared/corpus"
    var baselinePath = "Tests/CorpusBaseline/recommendations.tsv"
    var updateBaseline = false
    var listDisagreements = false

    /// Scans the arguments; `nil` on anything it does not know.
    init?(_ arguments: [String]) {
        var rest = arguments[...]
        var directories: [String] = []
        while let argument = rest.popFirst() {
            switch argument {
            case "--update-baseline": updateBaseline = true
            case "--disagreements": listDisagreements = true
            case "--baseline":
                guard let path = rest.popFirst() else { return nil }
                baselinePath = path
            default:
                guard !argument.hasPrefix("--") else { return nil }
                directories.append(argument)
            }
        }
        guard directories.count <= 1 else { return nil }
        corpusDirectory = directories.first ?? corpusDirectory
    }
}

guard let options = Options(Array(CommandLine.arguments.dropFirst())) else {
    FileHandle.standardError.write(
        Data("usage: actionplan-corpus [CORPUS_DIR] [--baseline FILE] [--update-baseline] [--disagreements]\n".utf8))
    exit(2)
}
let updateBaseline = options.updateBaseline
let listDisagreements = options.listDisagreements
let baselinePath = options.baselinePath
let corpus = Corpus(directory: options.corpusDirectory)
guard FileManager.default.fileExists(atPath: (corpus.directory as NSString).appendingPathComponent("text")) else {
    print("corpus: no corpus at \(corpus.directory); skipped")
    exit(0)
}

let peer = PeerRow.load((corpus.directory as NSString).appendingPathComponent("peer-metadata.csv"))
let baseline = Baseline.load(baselinePath)
var current = Baseline()
var agreement: [String: Agreement] = [:]
var regressions: [String] = []
var totalBytes = 0
var totalSeconds = 0.0

for form in ["text", "plain"] {
    var read = 0
    var withHeading = 0
    var headingAndFound = 0
    var found = 0
    for name in corpus.names(in: form) {
        guard let reading = corpus.read(name, form: form) else { continue }
        read += 1
        totalBytes += reading.bytes
        totalSeconds += reading.seconds
        let count = reading.report.recommendations.count
        current.counts[Baseline.key(name, form)] = count
        if count > 0 { found += 1 }
        if reading.hasRecommendationsHeading {
            withHeading += 1
            if count > 0 { headingAndFound += 1 }
        }
        if (baseline.counts[Baseline.key(name, form)] ?? 0) > 0, count == 0 {
            regressions.append("\(name) (\(form)): \(baseline.counts[Baseline.key(name, form)]!) in the baseline, 0 now")
        }
        if let row = peer[name] {
            agreement[form, default: Agreement()].compare(reading.report, with: row, name: name, form: form)
        }
    }
    print("\(form): \(read) reports read; \(withHeading) have a recommendations heading, "
        + "recommendations found in \(headingAndFound) of them (\(found) reports in all)")
}

if Corpus.hasPdftotext(environment: ProcessInfo.processInfo.environment) {
    var outcomes: [String: Int] = [:]
    for name in corpus.names(in: "pdf", extension: "pdf") {
        let path = (corpus.directory as NSString).appendingPathComponent("pdf/\(name).pdf")
        do {
            let file = try ReportFile.read(path)
            outcomes["read, \(file.report.recommendations.isEmpty ? "no" : "with") recommendations", default: 0] += 1
        } catch {
            outcomes["refused: \(String(describing: error).split(separator: ":").dropFirst().first ?? "")",
                default: 0] += 1
        }
    }
    print("pdf: " + outcomes.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: "; "))
} else {
    print("pdf: skipped (pdftotext is not installed)")
}

for form in ["text", "plain"] {
    guard let tallies = agreement[form]?.tallies else { continue }
    print("metadata agreement with the peer (\(form)): both stated: agree/compared; peer-only; ours-only")
    for field in Agreement.fields {
        let tally = tallies[field] ?? Agreement.Tally()
        let compared = tally.agree + tally.differ + tally.peerOnly
        let percent = compared == 0 ? 0 : 100 * Double(tally.agree) / Double(compared)
        print("  \(field): \(tally.agree)/\(compared) (\(String(format: "%.1f", percent)) %); "
            + "peer-only \(tally.peerOnly); ours-only \(tally.oursOnly)")
    }
}
if listDisagreements {
    for form in ["text", "plain"] {
        for item in agreement[form]?.disagreements ?? [] {
            print("\(item.report)\t\(item.form)\t\(item.field)\tours: \(item.ours)\tpeer: \(item.peer)")
        }
    }
}
let megabytes = Double(totalBytes) / 1_000_000
print("throughput: \(String(format: "%.1f", megabytes)) MB parsed in \(String(format: "%.3f", totalSeconds)) s = "
    + "\(String(format: "%.1f", totalSeconds > 0 ? megabytes / totalSeconds : 0)) MB/s")

if updateBaseline {
    do {
        try current.write(baselinePath)
        print("baseline: wrote \(current.counts.count) rows to \(baselinePath)")
    } catch {
        FileHandle.standardError.write(Data("baseline: cannot write \(baselinePath): \(error)\n".utf8))
        exit(1)
    }
} else if !regressions.isEmpty {
    print("REGRESSION: \(regressions.count) reports no longer yield recommendations:")
    regressions.forEach { print("  " + $0) }
    exit(1)
} else {
    print("baseline: no report lost its recommendations (\(baseline.counts.values.filter { $0 > 0 }.count) "
        + "report forms with recommendations in \(baselinePath))")
}
