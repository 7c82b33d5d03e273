import ActionPlanKit

/// Everything the command line needs from the process it runs in, passed in so tests can fake it.
public struct ToolEnvironment: Sendable {
    /// Writes to standard output.
    public var standardOutput: @Sendable (String) -> Void
    /// Writes UTF-8 bytes to standard output: a long report is written without being made a string.
    public var standardOutputUTF8: @Sendable ([UInt8]) -> Void
    /// Writes bytes that are not text (a workbook) to standard output exactly as they are: unlike the
    /// text sinks, the tool does not neutralise control characters in them.
    public var standardOutputBinary: @Sendable ([UInt8]) -> Void
    /// Writes to standard error.
    public var standardError: @Sendable (String) -> Void
    /// The process's environment variables (`ACTIONPLAN_PLANS`, `NO_COLOR`, …).
    public var variables: [String: String]
    /// Today in the user's time zone, the default for `--as-of` and `--on`.
    public var today: CalendarDay
    /// The current instant as an ISO 8601 UTC timestamp, stamped on history entries.
    public var now: String
    /// The login name, the default for `--by`.
    public var userName: String
    /// Whether standard output is a terminal (colour and width apply only then).
    public var outputIsTerminal: Bool
    /// The terminal's width in columns.
    public var terminalWidth: Int
    /// The width help is wrapped to: the terminal's, or `COLUMNS`, else 80 (help piped to a file or a pager).
    public var helpWidth: Int
    /// Why writing to standard output failed (e.g. "No space left on device"), or `nil` while it has not.
    public var outputFailure: @Sendable () -> String?

    /// Creates an environment; without `standardOutputUTF8`, bytes for standard output are made into
    /// a string and given to `standardOutput`.
    public init(
        standardOutput: @escaping @Sendable (String) -> Void,
        standardOutputUTF8: (@Sendable ([UInt8]) -> Void)? = nil,
        standardError: @escaping @Sendable (String) -> Void,
        variables: [String: String] = [:], today: CalendarDay, now: String, userName: String,
        outputIsTerminal: Bool = false, terminalWidth: Int = 100, helpWidth: Int = 80,
        outputFailure: @escaping @Sendable () -> String? = { nil }
    ) {
        self.standardOutput = standardOutput
        self.standardOutputUTF8 =
            standardOutputUTF8 ?? { bytes in standardOutput(String(decoding: bytes, as: UTF8.self)) }
        self.standardOutputBinary = self.standardOutputUTF8
        self.standardError = standardError
        self.variables = variables
        self.today = today
        self.now = now
        self.userName = userName
        self.outputIsTerminal = outputIsTerminal
        self.terminalWidth = terminalWidth
        self.helpWidth = max(helpWidth, 40)
        self.outputFailure = outputFailure
    }

    /// Whether coloured output is wanted: only on a terminal, and never when `NO_COLOR` is set.
    public var wantsColour: Bool {
        outputIsTerminal && (variables["NO_COLOR"] ?? "").isEmpty
    }
}
