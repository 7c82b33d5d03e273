// libFuzzer target for the report reader, compiled together with the ActionPlanKit sources by run.sh.
import Foundation

/// Parses arbitrary bytes as report text; the reader promises never to fail, so it must never trap.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzReportReader(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
    let report = ReportReader.parse(text)
    for recommendation in report.recommendations where recommendation.line < 1 {
        fatalError("recommendation \(recommendation.number) starts on line \(recommendation.line)")
    }
    return 0
}
