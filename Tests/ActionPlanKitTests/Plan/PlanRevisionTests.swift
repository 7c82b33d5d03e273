import Foundation
import Testing

@testable import ActionPlanKit

/// The sample plan with its header corrected on 2012-02-01, after one action update on 2012-01-15.
private func correctedPlan() throws -> ActionPlan {
    var plan = freshPlan()
    try plan.apply(ActionUpdate(status: .inProgress), to: ids(1), author: author("2012-01-15"))
    try plan.revise(
        [
            PlanEdit(.title, to: "Inspection of safeguarding and looked after children services"),
            PlanEdit(.published, to: CalendarDay(iso: "2012-01-20")),
            PlanEdit(.meeting, to: "Cabinet"),
        ], author: author("2012-02-01", by: "a.clerk"), reason: "title and date from Ofsted's web page")
    return plan
}

@Suite("Plan-level recorded history")
struct PlanRevisionTests {
    @Test(
        "a header correction is one revision after the actions' revisions, with each field's old and new value"
    )
    func reviseRecordsOneRevision() throws {
        let plan = try correctedPlan()
        #expect(plan.revision == 2)
        let entry = try #require(plan.history.only)
        #expect(entry.revision == 2)
        #expect(entry.by == "a.clerk")
        #expect(entry.on == CalendarDay(iso: "2012-02-01"))
        #expect(entry.reason == "title and date from Ofsted's web page")
        #expect(
            entry.changes == [
                PlanFieldChange(
                    field: .title, from: nil,
                    to: "Inspection of safeguarding and looked after children services"),
                PlanFieldChange(field: .published, from: nil, to: "2012-01-20"),
                PlanFieldChange(field: .meeting, from: nil, to: "Cabinet"),
            ])
        #expect(plan.source.published == CalendarDay(iso: "2012-01-20"))
        #expect(plan.settings.meeting == "Cabinet")
    }

    @Test("setting fields to the values they have records nothing and keeps the revision")
    func unchangedRecordsNothing() throws {
        var plan = try correctedPlan()
        let before = plan
        let entry = try plan.revise([PlanEdit(.meeting, to: "Cabinet")], author: author("2012-02-02"))
        #expect(entry == nil)
        #expect(plan == before)
    }

    @Test("a recommendation's themes are recorded against that recommendation, slugs joined by commas")
    func themes() throws {
        var plan = freshPlan()
        #expect(plan.recommendation(1)?.themes == ["health"])
        let entry = try #require(
            try plan.revise([PlanEdit(themes: ["health", "multi-agency"], of: 1)], author: author()))
        #expect(
            entry.changes == [
                PlanFieldChange(field: .themes, recommendation: 1, from: "health", to: "health,multi-agency")
            ])
        #expect(plan.recommendation(1)?.themes == ["health", "multi-agency"])
        #expect(plan.asGenerated.recommendation(1)?.themes == ["health"])
        try plan.revise([PlanEdit(themes: [], of: 1)], author: author())
        #expect(plan.recommendation(1)?.themes == [])
        #expect(plan.history.last?.changes.first?.to == nil, "no themes is recorded as empty")
    }

    struct Refusal: CustomTestStringConvertible, Sendable {
        var name: String
        var edit: PlanEdit
        var message: String
        var testDescription: String { name }
    }

    @Test(
        "an edit the plan cannot take is refused with the reason, and nothing is recorded",
        arguments: [
            Refusal(
                name: "impossible day", edit: PlanEdit(.published, to: "2012-02-30"),
                message: "the plan's published cannot be '2012-02-30': a day is written YYYY-MM-DD"),
            Refusal(
                name: "name with a slash", edit: PlanEdit(.name, to: "../dudley"),
                message: "the plan's name cannot be '../dudley'"),
            Refusal(
                name: "start date cleared", edit: PlanEdit(.startDate, to: nil as String?),
                message: "the plan's startDate cannot be '': it cannot be cleared"),
            Refusal(
                name: "themes of a recommendation the plan lacks", edit: PlanEdit(themes: ["health"], of: 9),
                message: "plan 'dudley' has no recommendation 9; its recommendations are 1–3"),
        ])
    func refusals(_ refusal: Refusal) throws {
        var plan = freshPlan()
        let before = plan
        let error = #expect(throws: PlanError.self) {
            try plan.revise([PlanEdit(.title, to: "New title"), refusal.edit], author: author())
        }
        #expect(error?.description.hasPrefix(refusal.message) == true, "\(String(describing: error))")
        #expect(plan == before)
    }

    @Test("the file holds the plan's history at the top level and reads back the same plan")
    func fileRoundTrip() throws {
        let plan = try correctedPlan()
        let text = try storedText(plan)
        #expect(text.contains("\"history\" : [\n    {\n      \"by\" : \"a.clerk\""))
        #expect(try PlanCoding.decode(Data(text.utf8), path: "dudley.json") == plan)
        #expect(try storedText().contains("\"history\" : [\n\n  ]"), "a plan with none writes an empty list")
    }

    @Test("a file written before plan-level history reads with none")
    func absentHistory() throws {
        let text = try storedText().replacingOccurrences(of: "  \"history\" : [\n\n  ],\n", with: "")
        let file = try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(file["history"] == nil)
        let plan = try PlanCoding.decode(Data(text.utf8), path: "dudley.json")
        #expect(plan.history == [])
        #expect(plan == freshPlan())
    }

    @Test("a file whose revision is below the plan history's highest revision is refused")
    func revisionBelowHistory() throws {
        let text = try storedText(try correctedPlan()).replacingOccurrences(
            of: "\"revision\" : 2,\n  \"schemaVersion\"", with: "\"revision\" : 1,\n  \"schemaVersion\"")
        let error = #expect(throws: StoreError.self) {
            try PlanCoding.decode(Data(text.utf8), path: "d.json")
        }
        #expect("\(error.map { "\($0)" } ?? "")".contains("revision is 1 but the history records revision 2"))
    }

    @Test("an unknown field in a plan history entry is refused, naming where it is")
    func unknownField() throws {
        let text = try storedText(try correctedPlan()).replacingOccurrences(
            of: "\"reason\" : \"title", with: "\"reasons\" : \"title")
        let error = #expect(throws: StoreError.self) {
            try PlanCoding.decode(Data(text.utf8), path: "d.json")
        }
        #expect(
            "\(error.map { "\($0)" } ?? "")".contains(
                "history[0]: unknown field 'reasons' (did you mean 'reason'?)"))
    }

    @Test("the plan as of a day before the correction shows the old header; from that day, the new one")
    func asOf() throws {
        let plan = try correctedPlan()
        let before = plan.asOf(CalendarDay(iso: "2012-01-31")!)
        #expect(before.source.title == nil)
        #expect(before.source.published == nil)
        #expect(before.settings.meeting == nil)
        #expect(before.history == [])
        #expect(before.revision == 1)
        #expect(before.action(ActionID(1)!)?.status == .inProgress)
        let after = plan.asOf(CalendarDay(iso: "2012-02-01")!)
        #expect(after == plan)
        #expect(plan.asGenerated.source == freshPlan().source)
        #expect(plan.asGenerated.history == [])
    }

    @Test("a rename is recorded, but the plan as of an earlier day keeps the name it is stored under")
    func renameIsNotReplayed() throws {
        var plan = freshPlan()
        try plan.revise([PlanEdit(.name, to: "dudley-2011")], author: author("2012-02-01"))
        #expect(plan.name.rawValue == "dudley-2011")
        #expect(
            plan.history.first?.changes == [PlanFieldChange(field: .name, from: "dudley", to: "dudley-2011")])
        #expect(plan.asOf(CalendarDay(iso: "2012-01-01")!).name.rawValue == "dudley-2011")
    }

    @Test("a summary does not stand for a day before a header correction, and stands from it on")
    func summary() throws {
        let summary = PlanSummary(try correctedPlan())
        #expect(summary.lastChange == CalendarDay(iso: "2012-02-01"))
        #expect(summary.plan(on: CalendarDay(iso: "2012-01-31")!) == nil)
        let cut = try #require(summary.plan(on: CalendarDay(iso: "2012-02-01")!))
        #expect(cut.source.title == "Inspection of safeguarding and looked after children services")
        #expect(cut.history == [])
        #expect(cut.revision == 2)
    }
}

extension Collection {
    /// The only element, or `nil` when there are none or several.
    fileprivate var only: Element? { count == 1 ? first : nil }
}

@Suite("Undo of plan-level revisions")
struct PlanUndoTests {
    @Test(
        "undo reverts a header correction when it is the latest revision, recording itself in the plan's history"
    )
    func undoHeader() throws {
        var plan = try correctedPlan()
        let undone = try plan.undo(author: author("2012-02-02", by: "a.jones"))
        #expect(undone.revision == 2)
        #expect(undone.actions == [], "no action was touched")
        #expect(plan.revision == 3)
        #expect(plan.source.title == nil)
        #expect(plan.source.published == nil)
        #expect(plan.settings.meeting == nil)
        #expect(plan.action(ActionID(1)!)?.status == .inProgress, "revision 1 is untouched")
        let entry = try #require(undone.planEntry)
        #expect(plan.history.map(\.revision) == [2, 3], "nothing is deleted from history")
        #expect(entry.reason == "undoes revision 2")
        #expect(entry.by == "a.jones")
        #expect(
            entry.inWords
                == "title: Inspection of safeguarding and looked after children services → (none); "
                + "published: 20 January 2012 → (none); meeting: Cabinet → (none); reason: undoes revision 2")
        try plan.undo(author: author("2012-02-03"))
        #expect(plan.source.published == CalendarDay(iso: "2012-01-20"), "undoing the undo restores it")
        #expect(plan.revision == 4)
    }

    @Test("after a header correction, an action update is the latest revision and undo reverts only it")
    func undoActionAfterHeader() throws {
        var plan = try correctedPlan()
        try plan.apply(ActionUpdate(owner: "Head of Service"), to: ids(2), author: author("2012-02-05"))
        let undone = try plan.undo(author: author("2012-02-06"))
        #expect(undone.revision == 3)
        #expect(undone.planEntry == nil)
        #expect(plan.action(ActionID(2)!)?.owner == nil)
        #expect(plan.settings.meeting == "Cabinet")
    }
}

@Suite("Checking plan-level history")
struct PlanHistoryCheckTests {
    @Test("a plan whose own history replays to its header checks clean, renames and themes included")
    func clean() throws {
        var plan = try correctedPlan()
        try plan.revise(
            [PlanEdit(.name, to: "dudley-2011"), PlanEdit(themes: ["health", "sufficiency"], of: 1)],
            author: author("2012-02-03"))
        try plan.undo(author: author("2012-02-04"))
        try plan.revise(
            [PlanEdit(.published, to: CalendarDay(iso: "2012-01-27"))], author: author("2012-02-05"))
        #expect(PlanCheck.consistency(of: plan).map(\.description) == [])
    }

    struct Edit: CustomTestStringConvertible, Sendable {
        var name: String
        var mangle: @Sendable (inout ActionPlan) -> Void
        var message: String
        var testDescription: String { name }
    }

    @Test(
        "a hand edit that makes the plan's history disagree with itself or the header is an error that says where",
        arguments: [
            Edit(
                name: "header changed by hand", mangle: { $0.source.title = "Edited" },
                message:
                    "dudley: error: title is 'Edited', but the plan's history ends at 'Inspection of safeguarding and looked after children services'"
            ),
            Edit(
                name: "old value rewritten",
                mangle: {
                    $0.revision = 3
                    $0.source.published = CalendarDay(iso: "2012-01-27")
                    $0.history.append(
                        PlanHistoryEntry(
                            revision: 3, on: CalendarDay(iso: "2012-02-03")!, recorded: "x", by: "y",
                            changes: [
                                PlanFieldChange(field: .published, from: "2011-12-01", to: "2012-01-27")
                            ]))
                },
                message:
                    "dudley: error: history[1] (revision 3) says published changed from '2011-12-01', but it was '2012-01-20' then"
            ),
            Edit(
                name: "revision above the plan's", mangle: { $0.history[0].revision = 5 },
                message: "dudley: error: history[0] (revision 5) is later than the plan's revision 2"),
            Edit(
                name: "themes of a recommendation the plan lacks",
                mangle: {
                    $0.history[0].changes.append(
                        PlanFieldChange(field: .themes, recommendation: 9, from: nil, to: "health"))
                },
                message:
                    "dudley: error: history[0] (revision 2): recommendation 9 themes names a recommendation the plan does not have"
            ),
        ])
    func faults(_ edit: Edit) throws {
        var plan = try correctedPlan()
        edit.mangle(&plan)
        #expect(
            PlanCheck.consistency(of: plan).map(\.description).contains(edit.message),
            "\(PlanCheck.consistency(of: plan))")
    }
}
