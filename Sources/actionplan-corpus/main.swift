// Reads every report of the corpus through the full reader and prints what a regression check
// needs: reports read per form, recommendations found where a report has a recommendations
// heading, metadata agreement with the peer parser, the council each report resolves to against the
// URN its file name starts with, and parse throughput. Exits 1 when a report that yields
// recommendations in the committed baseline yields none now, or when fewer than 99 % of reports in a
// form give their URN's ONS code; a report that crashes
// the reader ends the run with the crash's non-zero status (`--trace` names each report first).
import ActionPlanKit
import Foundation

let usage =
    "usage: actionplan-corpus [CORPUS_DIR] [--baseline FILE] [--lookup FILE] [--update-baseline] [--disagreements] "
    + "[--trace]"

guard let options = Options(Array(CommandLine.arguments.dropFirst())) else {
    FileHandle.standardError.write(Data((usage + "\n").utf8))
    exit(2)
}
let corpus = Corpus(directory: options.corpusDirectory)
guard FileManager.default.fileExists(atPath: corpus.path("text")) else {
    print("corpus: no corpus at \(corpus.directory); check skipped, nothing was compared")
    exit(0)
}

let peer = PeerRow.load(corpus.path("peer-metadata.csv"))
let baseline = Baseline.load(options.baselinePath)
var authorities = AuthorityCheck(lookup: options.lookupPath ?? corpus.path("../data/la-lookup.csv"))
var current = Baseline()
var agreement: [String: Agreement] = [:]
var totalBytes = 0
var totalSeconds = 0.0
var totalCPUSeconds = 0.0

for form in ["text", "plain"] {
    var read = 0
    var withHeading = 0
    var headingAndFound = 0
    var found = 0
    for name in corpus.names(in: form) {
        if options.trace { FileHandle.standardError.write(Data("reading \(form)/\(name)\n".utf8)) }
        guard let reading = corpus.read(name, form: form) else { continue }
        read += 1
        totalBytes += reading.bytes
        totalSeconds += reading.seconds
        totalCPUSeconds += reading.cpuSeconds
        let count = reading.report.recommendations.count
        current.counts[Baseline.key(name, form)] = count
        if count > 0 { found += 1 }
        if reading.hasRecommendationsHeading {
            withHeading += 1
            if count > 0 { headingAndFound += 1 }
        }
        authorities.compare(reading.report, name: name, form: form)
        if let row = peer[name] {
            agreement[form, default: Agreement()].compare(reading.report, with: row, name: name, form: form)
        }
    }
    print(
        "\(form): \(read) reports read; \(withHeading) have a recommendations heading, "
            + "recommendations found in \(headingAndFound) of them (\(found) reports in all)")
}

let canReadPDFs = Corpus.hasPdftotext(environment: ProcessInfo.processInfo.environment)
if canReadPDFs {
    var outcomes: [String: Int] = [:]
    for name in corpus.names(in: "pdf", extension: "pdf") {
        if options.trace { FileHandle.standardError.write(Data("reading pdf/\(name)\n".utf8)) }
        do {
            let file = try ReportFile.read(corpus.path("pdf/\(name).pdf"))
            current.counts[Baseline.key(name, "pdf")] = file.report.recommendations.count
            outcomes["read", default: 0] += 1
        } catch {
            current.counts[Baseline.key(name, "pdf")] = 0
            // The case name ("notAReport", "noRecommendations") says why in a word.
            outcomes[
                "refused (\(Mirror(reflecting: error).children.first?.label ?? "\(error)"))", default: 0] += 1
        }
    }
    print(
        "pdf: " + outcomes.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", "))
} else {
    print("pdf: skipped, pdftotext is not installed")
}

for form in ["text", "plain"] {
    guard let tallies = agreement[form]?.tallies else { continue }
    print(
        "metadata agreement with the peer (\(form)): agree/(agree + differ + peer-only); peer-only; ours-only"
    )
    for field in Agreement.fields {
        let tally = tallies[field] ?? Agreement.Tally()
        let compared = tally.agree + tally.differ + tally.peerOnly
        let percent = compared == 0 ? 0 : 100 * Double(tally.agree) / Double(compared)
        print(
            "  \(field): \(tally.agree)/\(compared) (\(String(format: "%.1f", percent)) %); "
                + "peer-only \(tally.peerOnly); ours-only \(tally.oursOnly)")
    }
}
if options.listDisagreements {
    for item in ["text", "plain"].flatMap({ agreement[$0]?.disagreements ?? [] }) {
        print("\(item.report)\t\(item.form)\t\(item.field)\tours: \(item.ours)\tpeer: \(item.peer)")
    }
}
if authorities.codes.isEmpty {
    print("authority: skipped, no la-lookup.csv beside the corpus (give one with --lookup FILE)")
} else {
    print(
        "authority: reports whose ONS code is their URN's la_code_new: "
            + authorities.summary(forms: ["text", "plain"]).joined(separator: "; "))
    for miss in authorities.misses { print("  \(miss)") }
}
let megabytes = Double(totalBytes) / 1_000_000
func rate(_ seconds: Double) -> String { String(format: "%.1f MB/s", seconds > 0 ? megabytes / seconds : 0) }
print(
    "throughput: \(String(format: "%.1f", megabytes)) MB of text parsed in "
        + "\(String(format: "%.2f", totalSeconds)) s wall (\(rate(totalSeconds))), "
        + "\(String(format: "%.2f", totalCPUSeconds)) s processor (\(rate(totalCPUSeconds)))")

if options.updateBaseline {
    do {
        try current.write(options.baselinePath)
        print("baseline: wrote \(current.counts.count) rows to \(options.baselinePath)")
    } catch {
        FileHandle.standardError.write(
            Data("baseline: cannot write \(options.baselinePath): \(error)\n".utf8))
        exit(1)
    }
    exit(0)
}
guard authorities.passes else {
    print("REGRESSION: fewer than 99 % of reports give the ONS code of their URN's council")
    exit(1)
}
let lost = baseline.lost(in: current, skippingForms: canReadPDFs ? [] : ["pdf"])
guard lost.isEmpty else {
    print("REGRESSION: \(lost.count) report forms yield recommendations in the baseline and none now:")
    for line in lost { print("  \(line)") }
    exit(1)
}
print(
    "baseline: every report form with recommendations in \(options.baselinePath) still has them "
        + "(\(baseline.counts.values.filter { $0 > 0 }.count) checked)")
