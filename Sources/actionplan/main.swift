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

/// The terminal's width, from the terminal itself, else `COLUMNS`, else `nil`.
func terminalColumns() -> Int? {
    var size = winsize()
    if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 20 { return Int(size.ws_col) }
    if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 20 {
        return columns
    }
    return nil
}

/// The login name: `$ACTIONPLAN_USER`, `$USER` or `$LOGNAME`, else the account's name in the password database.
func userName(_ variables: [String: String]) -> String {
    for key in ["ACTIONPLAN_USER", "USER", "LOGNAME"] {
        if let name = variables[key], !name.isEmpty { return name }
    }
    if let entry = getpwuid(getuid()), let name = entry.pointee.pw_name { return String(cString: name) }
    return "unknown"
}

let variables = ProcessInfo.processInfo.environment
let output = DescriptorOutput(descriptor: STDOUT_FILENO)
let errors = DescriptorOutput(descriptor: STDERR_FILENO)
let environment = ToolEnvironment(
    standardOutput: { output.write($0) },
    standardOutputUTF8: { output.write($0) },
    standardError: { errors.write($0) },
    variables: variables,
    today: today(),
    now: Date().formatted(.iso8601),
    userName: userName(variables),
    outputIsTerminal: isatty(STDOUT_FILENO) == 1,
    terminalWidth: terminalColumns() ?? 100,
    helpWidth: terminalColumns() ?? 80,
    outputFailure: { output.failure })
exit(CommandLineTool(environment: environment).run(Array(CommandLine.arguments.dropFirst())))
