/// The exit statuses of the command-line contract (PRODUCT.md), after BSD `sysexits.h`.
public enum ExitStatus: Int32, Sendable {
    /// Success.
    case success = 0
    /// Anything not covered below.
    case failure = 1
    /// The command line was wrong: unknown command or option, a bad or missing value.
    case usage = 64
    /// The input data was wrong: a report with no recommendations, a corrupt plan, a rule refused.
    case dataError = 65
    /// A named report, plan or action does not exist.
    case noInput = 66
    /// Reading or writing a file failed.
    case ioError = 74
}
