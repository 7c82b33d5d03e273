import Foundation

/// A report file on disk: its bytes, its checksum and what it says.
public struct ReportFile: Sendable {
    /// The path as given.
    public var path: String
    /// The file name without its folder.
    public var fileName: String { (path as NSString).lastPathComponent }
    /// The SHA-256 of the file's bytes, lowercase hex.
    ///
    /// Computed on use: only `generate` records it, and hashing costs as much as a third of a parse.
    public var sha256: String { SHA256.hex(of: bytes) }
    /// The file's bytes as read.
    var bytes: Data
    /// What the report says.
    public var report: Report

    /// Reads and parses the report at `path` (text in any supported form, or a PDF via `pdftotext`).
    ///
    /// What the file is comes from its bytes, never its name: a PDF starts `%PDF-`. Throws when the file
    /// is missing, unreadable, empty, HTML or binary data, or holds no recommendations.
    public static func read(_ path: String, pdfText: PDFText = PDFText()) throws(ReadError) -> ReportFile {
        let data = try bytes(at: path)
        let text: String
        switch FileContent.kind(of: data) {
        case .empty:
            throw .empty(path: path)
        case .pdf:
            text = try pdfText.text(ofPDFAt: path)
        case .html:
            throw .notAReport(
                path: path, found: "this is an HTML page (a web page saved under the report's name)",
                expected: "the text or PDF of an inspection report")
        case .binary:
            throw .notAReport(
                path: path, found: "this is binary data, not text or a PDF",
                expected: "the text or PDF of an inspection report")
        case .text:
            text = TextDecoding.decode(data)
        }
        guard !text.allSatisfy(\.isWhitespace) else { throw .empty(path: path) }
        let report = ReportReader.parse(text)
        guard !report.recommendations.isEmpty else { throw .noRecommendations(path: path) }
        return ReportFile(path: path, bytes: data, report: report)
    }

    /// The file's bytes, or the error saying why there are none.
    static func bytes(at path: String) throws(ReadError) -> Data {
        do {
            return try RegularFile.read(path, limit: RegularFile.inputLimit)
        } catch {
            if error == .missing { throw .notFound(path: path) }
            throw .unreadable(path: path, reason: error.reason)
        }
    }
}

/// What a file's bytes are, judged from the bytes alone.
enum FileContent: Equatable {
    case empty, pdf, html, binary, text

    /// How many leading bytes are looked at to judge a file.
    static let sniffLength = 4096

    /// The kind of content `data` holds.
    static func kind(of data: Data) -> FileContent {
        let head = Array(data.prefix(sniffLength))
        let body = head.drop { $0 == 32 || $0 == 9 || $0 == 10 || $0 == 13 || $0 == 12 }
        if body.isEmpty && data.count <= sniffLength { return .empty }
        if head.starts(with: Array("%PDF-".utf8)) { return .pdf }
        let isUTF16 = head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF])
        if !isUTF16 && (head.contains(0) || controlShare(of: head) > 0.1) { return .binary }
        let lowered = String(decoding: body.prefix(512).map(ASCIIText.lower), as: UTF8.self)
        let skippingBOM = lowered.hasPrefix("\u{FEFF}") ? String(lowered.dropFirst()) : lowered
        if skippingBOM.hasPrefix("<!doctype html") || skippingBOM.hasPrefix("<html")
            || skippingBOM.hasPrefix("<?xml")
                && skippingBOM.contains("<html")
        {
            return .html
        }
        return .text
    }

    /// The share of bytes that are control characters other than whitespace.
    static func controlShare(of bytes: [UInt8]) -> Double {
        guard !bytes.isEmpty else { return 0 }
        let controls = bytes.count { $0 < 32 && $0 != 9 && $0 != 10 && $0 != 13 && $0 != 12 }
        return Double(controls) / Double(bytes.count)
    }
}
