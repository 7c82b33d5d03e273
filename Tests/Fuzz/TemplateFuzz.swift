// libFuzzer target for the template engine, compiled with the ActionPlanKit sources and FuzzSamples.swift by run.sh.
import Foundation

/// Parses arbitrary bytes as a user's template (`--template FILE`) and renders the overdue and progress
/// reports of ``FuzzSamples/plan`` through it, as HTML and Markdown: a bad template is an error, never a crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTemplate(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    guard let source = String(data: Data(bytes: start, count: count), encoding: .utf8) else { return 0 }
    let _ = try? Template(name: "fuzz", source: source)
    let overdue = OverdueReport(plans: [FuzzSamples.plan], asOf: FuzzSamples.day)
    let progress = ProgressReport(plan: FuzzSamples.plan, asOf: FuzzSamples.day)
    for format in [OutputFormat.html, .markdown] {
        let options = RenderOptions(format: format, template: source)
        _ = try? overdue.render(options)
        _ = try? progress.render(options)
    }
    return 0
}
