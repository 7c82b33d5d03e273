import Foundation
import Testing

@testable import ActionPlanKit

/// Reading report files: what the bytes are decides how, and bad files get one clear error.
@Suite("Report files")
struct ReportFileTests {
    /// A scratch folder for one test, removed when the test ends.
    final class Scratch {
        let folder: String

        init() throws {
            folder = NSTemporaryDirectory() + "reportfile-" + UUID().uuidString
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }

        deinit { try? FileManager.default.removeItem(atPath: folder) }

        func write(_ name: String, _ bytes: [UInt8]) throws -> String {
            let path = folder + "/" + name
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            return path
        }
    }

    static let report = Array("Recommendations\n\n1. Improve plans.\n2. Review cases.\n".utf8)

    @Test("a text report is read, with the checksum of its bytes")
    func readsText() throws {
        let scratch = try Scratch()
        let path = try scratch.write("report.txt", Self.report)
        let file = try ReportFile.read(path)
        #expect(file.report.recommendations.count == 2)
        #expect(file.sha256 == SHA256.hex(of: Data(Self.report)))
        #expect(file.fileName == "report.txt")
    }

    /// A bad file and the start of the one-line message it must give.
    static let badFiles: [(name: String, bytes: [UInt8], message: String)] = [
        ("empty.txt", [], "the file is empty"),
        ("blank.txt", Array("  \n\n\t\n".utf8), "the file is empty"),
        (
            "saved.pdf", Array("<!DOCTYPE html>\n<html lang=\"en\"><head></head></html>".utf8),
            "this is an HTML page"
        ),
        ("page.txt", Array("\n  <html><body>Not found</body></html>".utf8), "this is an HTML page"),
        ("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13], "this is binary data"),
        (
            "minutes.txt", Array("Minutes of the meeting\n\nNothing was decided.\n".utf8),
            "no recommendations found"
        ),
    ]

    @Test("bad files give one line naming the file and what was expected", arguments: badFiles)
    func badFile(name: String, bytes: [UInt8], message: String) throws {
        let scratch = try Scratch()
        let path = try scratch.write(name, bytes)
        let error = #expect(throws: ReadError.self) { try ReportFile.read(path) }
        let text = error.map { String(describing: $0) } ?? ""
        #expect(text.hasPrefix(path + ": " + message), "\(text)")
        #expect(!text.contains("\n"))
    }

    @Test("a missing file and a folder are told apart")
    func missingAndFolder() throws {
        let scratch = try Scratch()
        #expect(throws: ReadError.notFound(path: scratch.folder + "/nope.txt")) {
            try ReportFile.read(scratch.folder + "/nope.txt")
        }
        #expect(
            throws: ReadError.unreadable(path: scratch.folder, reason: "it is a folder, not a regular file")
        ) {
            try ReportFile.read(scratch.folder)
        }
    }

    @Test("a PDF is recognised by its bytes, and a missing pdftotext is said plainly")
    func pdfWithoutPdftotext() throws {
        let scratch = try Scratch()
        let path = try scratch.write("report.txt", Array("%PDF-1.4\n%âãÏÓ\n".utf8))
        let missing = PDFText(searchPath: [scratch.folder])
        #expect(throws: ReadError.pdftotextMissing(path: path)) {
            try ReportFile.read(path, pdfText: missing)
        }
    }

    @Test(
        "a real PDF is read through pdftotext",
        .enabled(if: PDFText().executable != nil, "pdftotext (poppler-utils) is not installed"))
    func pdfThroughPdftotext() throws {
        let scratch = try Scratch()
        // A one-page PDF written by hand: a heading and two bullets in Helvetica.
        let lines = [
            "BT /F1 12 Tf 72 720 Td (What needs to improve?) Tj ET",
            "BT /F1 12 Tf 72 690 Td (- The quality of plans.) Tj ET",
            "BT /F1 12 Tf 72 670 Td (- The timeliness of visits.) Tj ET",
        ]
        let path = try scratch.write("report.pdf", Array(MinimalPDF.document(lines).utf8))
        let file = try ReportFile.read(path)
        #expect(
            file.report.recommendations.map(\.text) == ["The quality of plans.", "The timeliness of visits."])
    }

    @Test("a broken PDF gives pdftotext's complaint", .enabled(if: PDFText().executable != nil))
    func brokenPDF() throws {
        let scratch = try Scratch()
        let path = try scratch.write("broken.pdf", Array("%PDF-1.4\nthis is not a PDF body\n".utf8))
        let error = #expect(throws: ReadError.self) { try ReportFile.read(path) }
        guard case .pdftotextFailed(let failedPath, _) = error else {
            Issue.record("expected pdftotextFailed, got \(String(describing: error))")
            return
        }
        #expect(failedPath == path)
    }
}

/// Writes the smallest valid PDF around a content stream, with a correct cross-reference table.
enum MinimalPDF {
    static func document(_ content: [String]) -> String {
        let stream = content.joined(separator: "\n")
        let objects = [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length \(stream.utf8.count) >>\nstream\n\(stream)\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ]
        var out = "%PDF-1.4\n"
        var offsets: [Int] = []
        for (index, object) in objects.enumerated() {
            offsets.append(out.utf8.count)
            out += "\(index + 1) 0 obj\n\(object)\nendobj\n"
        }
        let xref = out.utf8.count
        out += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets {
            out += String(repeating: "0", count: 10 - String(offset).count) + "\(offset) 00000 n \n"
        }
        out += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        return out
    }
}
