import Foundation
import Testing

@testable import ActionPlanKit

/// A plan exercising every field: escapes and non-ASCII text, nulls, costs, reschedules and history.
func busyPlan() throws -> ActionPlan {
    var plan = freshPlan()
    plan.source.authority = "Dudley Metropolitan Borough Council"
    plan.source.judgements = [
        Judgement(area: "Overall effectiveness", grade: "Requires improvement to be good")
    ]
    plan.actions[0].recommendation =
        "Ensure the “child’s voice” is heard – see \"section 3\"\\appendix\n\tand 😀 café"
    plan.actions[1].section = "LSCB"
    plan.actions[1].lead = "NHS Dudley"
    try plan.apply(
        ActionUpdate(owner: "Head of Safeguarding", note: "Lead agreed."), to: ids(1, 2), author: author())
    try plan.apply(
        ActionUpdate(status: .inProgress, measure: "Audit of 40 cases", cost: Money("£12,500.50")),
        to: ids(1),
        author: author("2012-02-01"))
    try plan.apply(
        ActionUpdate(due: CalendarDay(iso: "2012-06-30"), reason: "Supplier delay"), to: ids(2),
        author: author("2012-02-10"))
    try plan.apply(
        ActionUpdate(due: CalendarDay(iso: "2012-09-30")), to: ids(3), author: author("2012-02-11"))
    try plan.apply(
        ActionUpdate(status: .completed, evidence: "Minutes of 3 March"), to: ids(1),
        author: author("2012-03-03"))
    return plan
}

@Suite("Lean plan file reader")
struct PlanFileReaderTests {
    /// What `JSONDecoder` makes of the same bytes: the reader must agree with it exactly.
    private func thorough(_ data: Data) throws -> ActionPlan {
        try JSONDecoder().decode(ActionPlan.self, from: data)
    }

    @Test("reads a stored plan exactly as JSONDecoder does")
    func agreesWithJSONDecoder() throws {
        for plan in [freshPlan(), try busyPlan()] {
            let data = try PlanCoding.encode(plan)
            let lean = try #require(PlanFileReader.plan(from: data))
            #expect(lean == (try thorough(data)))
            #expect(lean == plan)
        }
    }

    @Test("reads compact JSON and \\u escapes, surrogate pairs included")
    func compactAndEscapes() throws {
        var text = String(decoding: try JSONEncoder().encode(try busyPlan()), as: UTF8.self)
        text = text.replacingOccurrences(of: "Lead agreed.", with: "Lead \\u00e9\\ud83d\\ude00 \\/ agreed.")
        let data = Data(text.utf8)
        let lean = try #require(PlanFileReader.plan(from: data))
        #expect(lean == (try thorough(data)))
        #expect(lean.actions[0].history[0].note == "Lead é😀 / agreed.")
    }

    struct Refusal: CustomTestStringConvertible, Sendable {
        var name: String
        var mangle: @Sendable (String) -> String
        var testDescription: String { name }
    }

    @Test(
        "gives anything out of the ordinary to the thorough path",
        arguments: [
            Refusal(name: "key given twice") {
                $0.replacingOccurrences(of: "\"revision\" :", with: "\"revision\" : 9, \"revision\" :")
            },
            Refusal(name: "unknown field") {
                $0.replacingOccurrences(of: "\"owner\" :", with: "\"colour\" : 1, \"owner\" :")
            },
            Refusal(name: "newer schema") {
                $0.replacingOccurrences(of: "\"schemaVersion\" : 1", with: "\"schemaVersion\" : 2")
            },
            Refusal(name: "a fraction where a whole number belongs") {
                $0.replacingOccurrences(of: "\"number\" : 1,", with: "\"number\" : 1.0,")
            },
            Refusal(name: "impossible date") {
                $0.replacingOccurrences(of: "2012-03-09", with: "2012-02-30")
            },
            Refusal(name: "unknown status") {
                $0.replacingOccurrences(of: "\"not-started\"", with: "\"pending\"")
            },
            Refusal(name: "same action ID twice") {
                $0.replacingOccurrences(of: "\"id\" : \"2\"", with: "\"id\" : \"1\"")
            },
            Refusal(name: "revision below the history's") {
                $0.replacingOccurrences(of: "\"revision\" : 5,", with: "\"revision\" : 1,")
            },
            Refusal(name: "trailing text") { $0 + "x" },
            Refusal(name: "byte-order mark") { "\u{FEFF}" + $0 },
            Refusal(name: "cut short") { String($0.prefix($0.count / 2)) },
            Refusal(name: "a control character inside a string") {
                $0.replacingOccurrences(of: "Lead agreed.", with: "Lead\tagreed.")
            },
        ])
    func refuses(_ refusal: Refusal) throws {
        let original = String(decoding: try PlanCoding.encode(try busyPlan()), as: UTF8.self)
        let mangled = refusal.mangle(original)
        #expect(mangled != original, "the mangling must change the file")
        let data = Data(mangled.utf8)
        #expect(PlanFileReader.plan(from: data) == nil)
        // Whatever the thorough path makes of it (a plan or a precise error), decode still does it.
        let viaCoding = Result { () throws(StoreError) in try PlanCoding.decode(data, path: "p.json") }
        if case .success(let plan) = viaCoding { #expect(plan == (try thorough(data))) }
    }

    @Test("a refused file still gets its precise error through PlanCoding")
    func preciseErrorsSurvive() throws {
        let text = String(decoding: try PlanCoding.encode(freshPlan()), as: UTF8.self)
            .replacingOccurrences(of: "\"not-started\"", with: "\"pending\"")
        #expect(throws: StoreError.self) { try PlanCoding.decode(Data(text.utf8), path: "Plans/dudley.json") }
        do {
            _ = try PlanCoding.decode(Data(text.utf8), path: "Plans/dudley.json")
        } catch {
            #expect("\(error)".contains("pending"))
            #expect("\(error)".contains("line"))
        }
    }
}
