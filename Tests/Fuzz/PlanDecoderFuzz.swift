// libFuzzer target for the plan file decoder, compiled together with the ActionPlanKit sources by run.sh.
import Foundation

/// Decodes arbitrary bytes as a plan file; whatever decodes must survive every later use of a plan.
///
/// Besides "never crash", the lean and thorough readers must agree, and a decoded plan must re-encode to bytes that decode to the same plan (so a
/// load/save cycle changes nothing), and check, undo and as-of must run on it without trapping.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPlanDecoder(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    // The lean reader must never accept a file the thorough path refuses, nor read it differently.
    let thorough = try? PlanCoding.decodeThoroughly(data, path: "fuzz.json")
    if let lean = PlanFileReader.plan(from: data), lean != thorough {
        let how = thorough == nil ? "refuses" : "reads otherwise"
        fatalError("the lean reader read a plan the thorough path \(how)")
    }
    guard let plan = thorough else { return 0 }
    guard let encoded = try? PlanCoding.encode(plan) else { fatalError("a decoded plan does not encode") }
    guard let again = try? PlanCoding.decode(encoded, path: "fuzz.json") else {
        fatalError("a re-encoded plan does not decode:\n\(String(decoding: encoded, as: UTF8.self))")
    }
    guard again == plan else { fatalError("a load/save cycle changed the plan") }
    let day = CalendarDay(year: 2030, month: 1, day: 1)!
    _ = PlanCheck.findings(in: plan, today: day)
    _ = plan.asOf(day)
    var copy = plan
    _ = try? copy.undo(author: ChangeAuthor(by: "fuzz", on: day, recorded: "2030-01-01T00:00:00Z"))
    return 0
}
