import ActionPlanKit

/// A mistake on the command line; the tool prints it with the command's usage and exits 64.
struct UsageError: Error, Sendable, DescribedError {
    /// What is wrong, e.g. "unknown option '--as-off'".
    var message: String
    /// A suggestion, e.g. "did you mean '--as-of'?".
    var hint: String?
    /// The command the mistake was made in, whose usage line is shown.
    var command: String?

    var description: String { message }

    init(_ message: String, hint: String? = nil, command: String? = nil) {
        self.message = message
        self.hint = hint
        self.command = command
    }
}
