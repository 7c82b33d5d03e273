// libFuzzer target for argument scanning, compiled by run.sh with the ActionPlanKit and ActionPlanCLI
// sources as one module.
import Foundation

/// Splits arbitrary bytes at NUL into command-line words and scans them against every command's spec,
/// then reads every option as a date, a whole number and text, and builds the help: a bad command line
/// is a usage error, never a crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzArguments(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = UnsafeRawBufferPointer(start: start, count: count)
    let words = bytes.split(separator: 0, omittingEmptySubsequences: false).map {
        String(decoding: $0, as: UTF8.self)
    }
    let today = CalendarDay(year: 2014, month: 1, day: 31)!
    if let first = words.first { _ = try? CommandLineTool.command(named: first) }
    for type in CommandLineTool.commands {
        guard var parsed = try? ParsedArguments(scanning: words, spec: type.spec) else { continue }
        parsed.today = today
        for option in type.spec.allOptions {
            if let day = try? parsed.day(option.name) {
                guard CalendarDay.typedYears.contains(day.year) else { fatalError("a day outside the years") }
                _ = day.adding(months: Int.max).adding(days: Int.min)
            }
            _ = try? parsed.integer(option.name, in: 0...1000)
            _ = try? parsed.text(option.name)
        }
        _ = Help.text(for: type.spec)
    }
    return 0
}
