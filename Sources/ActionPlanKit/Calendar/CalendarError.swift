/// Why the user's holidays file could not be used; nothing was read from it.
public enum CalendarError: Error, Hashable, Sendable, DescribedError {
    /// A line does not start with a `YYYY-MM-DD` date that exists.
    case badLine(path: String, line: Int, text: String)
    /// A line gives a date but does not say what the day is.
    case missingName(path: String, line: Int)
    /// The file exists but could not be read.
    case unreadable(path: String, reason: String)
}

extension CalendarError: CustomStringConvertible {
    /// `FILE:LINE: what is wrong`, and what a line should look like.
    public var description: String {
        switch self {
        case .badLine(let path, let line, let text):
            "\(path):\(line): '\(text)' is not a date; expected 'YYYY-MM-DD  description', e.g. '2036-06-02  Extra bank holiday'"
        case .missingName(let path, let line):
            "\(path):\(line): the date has no description; expected 'YYYY-MM-DD  description', e.g. '2036-06-02  Extra bank holiday'"
        case .unreadable(let path, let reason):
            "\(path): cannot read the holidays file: \(reason)"
        }
    }
}
