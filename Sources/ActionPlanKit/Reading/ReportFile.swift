import Foundation

/// A report file on disk: its bytes, its checksum and what it says.
public struct ReportFile: Sendable {
    /// The path as given.
    public var path: String
    /// The file name without its folder.
    public var fileName: String { (path as NSString).lastPathComponent }
    /// The SHA-256 of the file's bytes, lowercase hex.
    public var sha256: String
    /// What the report says.
    public var report: Report

    /// Reads and parses the report at `path` (text in any supported form, or a PDF via `pdftotext`).
    ///
    /// Throws when the file is missing, unreadable, not a report, or holds no recommendations.
    public static func read(_ path: String) throws(ReadError) -> ReportFile {
        guard let data = FileManager.default.contents(atPath: path) else {
            if FileManager.default.fileExists(atPath: path) {
                throw .unreadable(path: path, reason: "permission denied or not a regular file")
            }
            throw .notFound(path: path)
        }
        let text = String(decoding: data, as: UTF8.self)
        guard !text.allSatisfy(\.isWhitespace) else { throw .empty(path: path) }
        let report = ReportReader.parse(text)
        guard !report.recommendations.isEmpty else { throw .noRecommendations(path: path) }
        return ReportFile(path: path, sha256: SHA256.hex(of: data), report: report)
    }
}
