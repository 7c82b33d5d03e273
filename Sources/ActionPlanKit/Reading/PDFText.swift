import Foundation

/// Turns a PDF into text by running poppler's `pdftotext -layout`.
public struct PDFText: Sendable {
    /// Where to look for `pdftotext`: each folder is tried in turn.
    public var searchPath: [String]

    /// Looks in `searchPath` (the CLI passes the folders of `PATH`), else in the usual install folders.
    public init(searchPath: [String]? = nil) {
        self.searchPath =
            searchPath ?? ["/usr/bin", "/usr/local/bin", "/opt/homebrew/bin", "/opt/local/bin"]
    }

    /// The full path of `pdftotext`, or `nil` when it is not installed.
    public var executable: String? {
        searchPath.map { ($0 as NSString).appendingPathComponent("pdftotext") }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// The text of the PDF at `path`, with page breaks as form feeds.
    public func text(ofPDFAt path: String) throws(ReadError) -> String {
        guard let executable else { throw .pdftotextMissing(path: path) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["-layout", "-enc", "UTF-8", path, "-"]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        do {
            try process.run()
        } catch {
            throw .pdftotextFailed(path: path, reason: error.localizedDescription)
        }
        // Read before waiting: a large PDF fills the pipe and pdftotext would block on it.
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let reason =
                String(decoding: message, as: UTF8.self)
                .split(whereSeparator: \.isNewline).first.map(String.init)
                ?? "exit status \(process.terminationStatus)"
            throw .pdftotextFailed(path: path, reason: reason)
        }
        return TextDecoding.decode(data)
    }
}
