import ActionPlanCLI
import ActionPlanKit
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

// Everything the process gives the tool is gathered here, once, and passed in.

/// Today in the user's own time zone: an action due today is not overdue until tomorrow, locally.
func today() -> CalendarDay {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone.current
    let parts = calendar.dateComponents([.year, .month, .day], from: Date())
    return CalendarDay(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)!
}

/// The terminal's width, from the terminal itself, else `COLUMNS`, else 100.
func terminalWidth() -> Int {
    var size = winsize()
    if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 20 { return Int(size.ws_col) }
    if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 20 {
        return columns
    }
    return 100
}

/// The login name: `$ACTIONPLAN_USER`, `$USER` or `$LOGNAME`, else the account's name in the password database.
func userName(_ variables: [String: String]) -> String {
    for key in ["ACTIONPLAN_USER", "USER", "LOGNAME"] {
        if let name = variables[key], !name.isEmpty { return name }
    }
    if let entry = getpwuid(getuid()), let name = entry.pointee.pw_name { return String(cString: name) }
    return "unknown"
}

/// Writes all of `text` to `descriptor`, however many writes it takes, without copying it first.
func writeAll(_ text: String, to descriptor: Int32) {
    var text = text
    text.withUTF8 { writeAll(UnsafeRawBufferPointer($0), to: descriptor) }
}

/// Writes all of `bytes` to `descriptor`, however many writes it takes.
func writeAll(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) {
    guard var next = bytes.baseAddress else { return }
    var left = bytes.count
    while left > 0 {
        let written = write(descriptor, next, left)
        if written < 0 && errno == EINTR { continue }
        guard written > 0 else { return }
        next += written
        left -= written
    }
}

let variables = ProcessInfo.processInfo.environment
let environment = ToolEnvironment(
    standardOutput: { writeAll($0, to: STDOUT_FILENO) },
    standardOutputUTF8: { bytes in bytes.withUnsafeBytes { writeAll($0, to: STDOUT_FILENO) } },
    standardError: { writeAll($0, to: STDERR_FILENO) },
    variables: variables,
    today: today(),
    now: Date().formatted(.iso8601),
    userName: userName(variables),
    outputIsTerminal: isatty(STDOUT_FILENO) == 1,
    terminalWidth: terminalWidth())
exit(CommandLineTool(environment: environment).run(Array(CommandLine.arguments.dropFirst())))
