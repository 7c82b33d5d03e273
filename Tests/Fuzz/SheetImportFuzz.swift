// libFuzzer target for importing a sheet (CSV or .xlsx bytes) into a plan, compiled with the ActionPlanKit
// sources and FuzzSamples.swift by run.sh.
import Foundation

/// Imports arbitrary bytes as a sheet edited from ``FuzzSamples/plan``; whatever is accepted is applied.
///
/// Besides "never crash", an accepted sheet must apply to the plan it was read against, and the plan it
/// leaves must still encode and decode to itself.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSheetImport(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    var plan = FuzzSamples.plan
    guard let sheet = try? PlanSheet.importing(data, into: plan, asOf: FuzzSamples.day) else { return 0 }
    let author = ChangeAuthor(by: "fuzz", on: FuzzSamples.day, recorded: "2012-06-01T09:00:00Z")
    do {
        _ = try plan.apply(sheet, author: author)
    } catch {
        fatalError("an accepted sheet does not apply: \(error)")
    }
    guard let encoded = try? PlanCoding.encode(plan),
        let again = try? PlanCoding.decode(encoded, path: "fuzz.json"), again == plan
    else { fatalError("a plan after an import does not survive a load/save cycle") }
    return 0
}
