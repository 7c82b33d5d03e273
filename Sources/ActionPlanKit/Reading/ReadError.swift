/// Why a report file could not be read; nothing was written.
public enum ReadError: Error, Hashable, Sendable {
    /// The file does not exist.
    case notFound(path: String)
    /// The file exists but could not be read (permissions, a folder, an I/O error).
    case unreadable(path: String, reason: String)
    /// The file is empty or only whitespace.
    case empty(path: String)
    /// The file is not what it claims: `found` says what it looks like (HTML, binary data, …).
    case notAReport(path: String, found: String, expected: String)
    /// Reading a PDF needs `pdftotext`, which is not installed.
    case pdftotextMissing(path: String)
    /// `pdftotext` ran but failed on the file.
    case pdftotextFailed(path: String, reason: String)
    /// The text was read but holds no recommendations list.
    case noRecommendations(path: String)
}

extension ReadError: CustomStringConvertible {
    /// One line naming the file and what was expected of it.
    public var description: String {
        switch self {
        case .notFound(let path):
            "\(path): no such file"
        case .unreadable(let path, let reason):
            "\(path): cannot read the file: \(reason)"
        case .empty(let path):
            "\(path): the file is empty; expected the text or PDF of an inspection report"
        case .notAReport(let path, let found, let expected):
            "\(path): \(found); expected \(expected)"
        case .pdftotextMissing(let path):
            "\(path): reading a PDF needs 'pdftotext', which is not installed; install it with 'apt-get install poppler-utils' (Debian/Ubuntu) or 'brew install poppler' (macOS), or convert the PDF to text first"
        case .pdftotextFailed(let path, let reason):
            "\(path): pdftotext could not read the PDF: \(reason)"
        case .noRecommendations(let path):
            "\(path): no recommendations found; expected an inspection report with 'Areas for improvement', 'Recommendations' or 'What needs to improve' (a cabinet paper quoting one will do)"
        }
    }
}
