// libFuzzer target for the plan file decoder, compiled together with the ActionPlanKit sources by run.sh.
import Foundation

/// Decodes arbitrary bytes as a plan file; whatever decodes must survive every later use of a plan.
///
/// Besides "never crash", a decoded plan must re-encode to bytes that decode to the same plan (so a
/// load/save cycle changes nothing, a schema-1 plan aside, which is written as schema 2), and check,
/// undo and as-of must run on it without trapping.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPlanDecoder(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    guard var plan = try? PlanCoding.decode(data, path: "fuzz.json") else { return 0 }
    plan.schemaVersion = ActionPlan.currentSchemaVersion
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
