import Foundation
import Testing

@testable import ActionPlanKit

/// One plan with every field of every record filled in, each with a value of its own, and two
/// actions under one recommendation.
func everyFieldPlan() throws -> ActionPlan {
    let day = { (text: String) in CalendarDay(iso: text)! }
    let source = SourceReport(
        fileName: "sutton-2013.txt", sha256: String(repeating: "f", count: 64),
        title: "Inspection of safeguarding and looked after children services", authority: "Sutton",
        authorityCode: "319", authorityAsPrinted: "London Borough of Sutton",
        inspectionStart: day("2013-01-07"),
        inspectionEnd: day("2013-01-18"), published: day("2013-02-22"), statementDue: day("2013-06-04"),
        leadInspector: "Jane Inspector", judgements: [Judgement(area: "Overall effectiveness", grade: "Good")]
    )
    let recommendations = [
        Recommendation(
            number: 1, printedNumber: 131, section: "Safeguarding", timescale: .immediately,
            text: "ensure “strategy” discussions are held\tpromptly", lead: "the LSCB", urgent: true,
            themes: ["child-protection", "multi-agency"], line: 212),
        Recommendation(
            number: 2, printedNumber: 132, section: "Looked after children", timescale: .withinMonths(3),
            text: "improve pathway plans", lead: "NHS Sutton", urgent: true, themes: ["care-leavers"],
            line: 219),
    ]
    let actions = [
        Action(
            id: ActionID(1)!, action: "Hold strategy meetings daily", owner: "Head of Safeguarding",
            due: day("2013-02-22"), measure: "All within 24 hours", cost: Money(pence: 125_050)),
        Action(
            id: ActionID(2)!, action: "Audit pathway plans", owner: "Leaving Care Manager",
            due: day("2013-05-22")),
    ]
    var plan = ActionPlan(
        name: PlanName("sutton-2013")!, source: source, startDate: day("2013-02-22"),
        settings: PlanSettings(meeting: "Cabinet", meetingDate: day("2013-07-11"), author: "A. Officer"),
        recommendations: recommendations, actions: actions)
    plan.actions.insert(
        Action(
            id: ActionID("1.2")!, action: "Train duty managers", owner: "Principal Social Worker",
            due: day("2013-03-22")), at: 1)
    try plan.apply(
        ActionUpdate(status: .inProgress, note: "Daily meetings began"), to: [ActionID(1)!],
        author: author("2013-03-01"))
    try plan.apply(
        ActionUpdate(
            status: .completed, due: day("2013-04-30"), evidence: "Minutes of every meeting",
            note: "Every meeting minuted", reason: "Waited for the new rota"),
        to: [ActionID(1)!], author: author("2013-03-10"))
    try plan.revise(
        [
            PlanEdit(.title, to: "Inspection of services for children in need of help and protection"),
            PlanEdit(themes: ["care-leavers", "health"], of: 2),
        ],
        author: author("2013-03-12"), reason: "Title as Ofsted's web page gives it")
    // An undo's entry names the revision it reverts; set on an entry with a note, so one entry sets all.
    plan.actions[0].history[plan.actions[0].history.count - 1].undoes = 1
    return plan
}

/// Whether `value` is set: not `nil`, not empty, not `false`, so a round trip of it shows something.
private func isSet(_ value: Any) -> Bool {
    let mirror = Mirror(reflecting: value)
    if mirror.displayStyle == .optional { return mirror.children.first.map { isSet($0.value) } ?? false }
    if let flag = value as? Bool { return flag }
    if let text = value as? String { return !text.isEmpty }
    if mirror.displayStyle == .collection { return !mirror.children.isEmpty }
    return true
}

/// The keys of `Key` whose stored property in `value` is not set (see ``isSet(_:)``).
private func unsetFields<Key: CodingKey & CaseIterable>(of value: Any, _: Key.Type) -> [String] {
    let properties = Dictionary(
        Mirror(reflecting: value).children.compactMap { child in child.label.map { ($0, child.value) } },
        uniquingKeysWith: { first, _ in first })
    return Key.allCases.map(\.stringValue).filter { key in properties[key].map { !isSet($0) } ?? true }
}

/// The JSON object `value` encodes to, as `JSONSerialization` reads it.
private func jsonObject(_ value: some Encodable) throws -> [String: Any] {
    try #require(JSONSerialization.jsonObject(with: try PlanCoding.encodeJSON(value)) as? [String: Any])
}

@Suite("One field table per record")
struct FieldTableTests {
    @Test("the sample sets every field of every record, so the round trips below test them all")
    func sampleIsFull() throws {
        let plan = try everyFieldPlan()
        #expect(unsetFields(of: plan.source, SourceReport.CodingKeys.self) == [])
        #expect(unsetFields(of: plan.settings, PlanSettings.CodingKeys.self) == [])
        for recommendation in plan.recommendations {
            #expect(unsetFields(of: recommendation, Recommendation.CodingKeys.self) == [])
        }
        let first = try #require(plan.action(ActionID(1)!))
        #expect(unsetFields(of: first, Action.CodingKeys.self) == [])
        let entry = try #require(first.history.last)
        #expect(unsetFields(of: entry, HistoryEntry.CodingKeys.self) == [])
        #expect(first.due != first.originalDue, "a rescheduled action shows both dates")
        let planEntry = try #require(plan.history.last)
        #expect(unsetFields(of: planEntry, PlanHistoryEntry.CodingKeys.self) == [])
        let themes = try #require(planEntry.changes.first { $0.field == .themes })
        #expect(unsetFields(of: themes, PlanFieldChange.CodingKeys.self) == [])
    }

    @Test("the plan file holds every field and reads back the same plan")
    func planFile() throws {
        let plan = try everyFieldPlan()
        let data = try PlanCoding.encode(plan)
        #expect(try PlanCoding.decode(data, path: "p.json") == plan)
        let file = try #require(JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(Set(file.keys) == Set(ActionPlan.CodingKeys.allCases.map(\.stringValue)))
        let stored = try #require(file["recommendations"] as? [[String: Any]])
        let keys = Set(Recommendation.CodingKeys.allCases.map(\.stringValue)).union(["actions"])
        #expect(stored.allSatisfy { Set($0.keys) == keys })
        let nested = try #require(stored.first?["actions"] as? [[String: Any]])
        #expect(
            nested.map { $0["id"] as? String } == ["1", "1.2"], "each recommendation holds its own actions")
        #expect(Set(nested[0].keys) == Set(Action.CodingKeys.allCases.map(\.stringValue)))
        let history = try #require(file["history"] as? [[String: Any]])
        #expect(
            history.allSatisfy {
                Set($0.keys) == Set(PlanHistoryEntry.CodingKeys.allCases.map(\.stringValue))
            })
        let changes = try #require(history.first?["changes"] as? [[String: Any]])
        #expect(Set(changes[1].keys) == Set(PlanFieldChange.CodingKeys.allCases.map(\.stringValue)))
    }

    @Test(
        "the summary cache's form holds every field the cut keeps, and the cut drops the plan's own history")
    func summaryCache() throws {
        var plan = try everyFieldPlan()
        #expect(PlanSummary(plan).plan.history == [])
        #expect(PlanSummary(plan).plan.source.title == plan.source.title, "the correction's effect stays")
        plan.history = []
        let summary = PlanSummary(
            plan: plan, lastChange: CalendarDay(iso: "2013-03-10"), replays: true, consistent: true)
        let bytes = SummaryBytes.encode(summary)
        let back = try bytes.withUnsafeBufferPointer { try SummaryBytes.decode($0) }
        #expect(back == summary)
    }

    @Test("every JSON output of an action carries each of its fields, as the plan file writes them")
    func reportJSON() throws {
        let plan = try everyFieldPlan()
        for action in plan.actions {
            let recommendation = plan.recommendation(of: action)
            let line = ActionLine(
                plan: plan.name, action: action, recommendation: recommendation,
                on: CalendarDay(iso: "2013-04-01")!, policy: RAGPolicy())
            let written = try #require(
                JSONSerialization.jsonObject(
                    with: Data(ReportJSON.encode(ReportJSON.ActionObject(line: line)).utf8))
                    as? [String: Any])
            let stored = try jsonObject(action)
            for key in Action.CodingKeys.allCases where key != .history {
                let name = key.stringValue
                #expect(written[name] != nil, "\(name) missing from report JSON")
                #expect("\(written[name] ?? "absent")" == "\(stored[name] ?? "absent")", "\(name)")
            }
            let words = try jsonObject(recommendation)
            #expect(written["recommendation"] as? String == words["text"] as? String)
            for key in [Recommendation.CodingKeys.section, .timescale, .lead] {
                #expect("\(written[key.stringValue] ?? "absent")" == "\(words[key.stringValue] ?? "absent")")
            }
        }
    }

    /// Where each field of an action goes in the sheet, or why it does not: a new field does not
    /// compile here until it is placed.
    static func sheetColumn(_ key: Action.CodingKeys) -> SheetColumn? {
        switch key {
        case .id: .id
        case .recommendationNumber: nil  // the ID starts with it
        case .action: .action
        case .owner: .owner
        case .due: .due
        case .originalDue: .originalDue
        case .status: .status
        case .measure: .measure
        case .evidence: .evidence
        case .cost: .cost
        case .history: .progress  // the latest note; the rest stays in the plan
        }
    }

    @Test("the sheet export shows every field as the plan holds it, and imports back unchanged")
    func sheet() throws {
        let plan = try everyFieldPlan()
        let day = CalendarDay(iso: "2013-04-01")!
        let rows = PlanSheet.rows(of: plan, asOf: day)
        for (action, row) in zip(plan.actions, rows.dropFirst()) {
            let stored = try jsonObject(action)
            for key in Action.CodingKeys.allCases {
                guard let column = Self.sheetColumn(key), key != .history else { continue }
                let cell = row[try #require(PlanSheet.columns.firstIndex(of: column))]
                let value = stored[key.stringValue]
                #expect(cell == ((value as? String) ?? ""), "\(key.stringValue)")
            }
            #expect(ActionID(row[0])?.recommendation == action.recommendationNumber)
        }
        let imported = try PlanSheet.importing(PlanSheet.csv(of: plan, asOf: day), into: plan, asOf: day)
        #expect(imported.changes.isEmpty)
    }
}
