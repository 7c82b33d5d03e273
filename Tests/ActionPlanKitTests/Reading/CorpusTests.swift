import Foundation
import Testing

@testable import ActionPlanKit

/// The shared corpus of real reports, read from `../shared/corpus` beside the repository when it is there.
@Suite("Corpus")
struct CorpusTests {
    /// The corpus folder, found from this file's path, or `nil` when it is absent.
    static let corpus: URL? = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        let corpus = url.deletingLastPathComponent().appendingPathComponent("shared/corpus")
        return FileManager.default.fileExists(atPath: corpus.appendingPathComponent("text").path)
            ? corpus : nil
    }()

    /// Whether the text has a recommendations heading outside the contents page, judged independently of
    /// the reader: a line that is just the heading, capitalised, with no page number after it.
    static func hasRecommendationsSection(_ text: String) -> Bool {
        text.split(separator: "\n").contains { raw in
            var line = raw.filter { $0 != "\u{0C}" }.trimmingCharacters(in: .whitespaces)
            // A footnote mark or colon may follow the heading; a contents entry keeps its spaced page number.
            while let last = line.last, last.isNumber || last == "?" || last == ":" { line.removeLast() }
            return [
                "What needs to improve", "Recommendations", "Areas for improvement", "Areas for Improvement",
            ]
            .contains(line) || line.hasPrefix("What needs to improve in this local authority")
        }
    }

    @Test(
        "every report with a recommendations section yields recommendations, in every text form",
        .enabled(if: corpus != nil, "the shared corpus (../shared/corpus) is not here"),
        arguments: ["text", "plain"])
    func everyReportYieldsRecommendations(form: String) throws {
        let folder = try #require(Self.corpus).appendingPathComponent(form)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
            $0.hasSuffix(".txt")
        }.sorted()
        #expect(names.count > 300)
        var total = 0
        var withSection = 0
        var missed: [String] = []
        for name in names {
            let data = try Data(contentsOf: folder.appendingPathComponent(name))
            let text = TextDecoding.decode(data)
            let count = ReportReader.parse(text).recommendations.count
            total += count
            if Self.hasRecommendationsSection(text) {
                withSection += 1
                if count == 0 { missed.append(name) }
            }
        }
        print(
            "corpus \(form): \(names.count) reports, \(withSection) with a recommendations section, \(total) recommendations"
        )
        #expect(missed.isEmpty, "no recommendations found in: \(missed.joined(separator: ", "))")
        #expect(withSection > 300)
    }

    @Test(
        "the PDFs read through pdftotext agree with their text form; the HTML saved as PDF is refused",
        .enabled(if: corpus != nil, "the shared corpus (../shared/corpus) is not here"),
        .enabled(if: PDFText().executable != nil, "pdftotext (poppler-utils) is not installed"))
    func pdfs() throws {
        let corpus = try #require(Self.corpus)
        let folder = corpus.appendingPathComponent("pdf")
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() {
            let path = folder.appendingPathComponent(name).path
            let textPath = corpus.appendingPathComponent(
                "text/" + name.replacingOccurrences(of: ".pdf", with: ".txt"))
            if name.contains("_2012") {
                #expect(throws: ReadError.self) { try ReportFile.read(path) }
                continue
            }
            let fromPDF = try ReportFile.read(path).report.recommendations.map(\.text)
            let fromText = ReportReader.parse(TextDecoding.decode(try Data(contentsOf: textPath)))
                .recommendations
            #expect(fromPDF == fromText.map(\.text), "\(name)")
            #expect(!fromPDF.isEmpty, "\(name)")
        }
    }
}
