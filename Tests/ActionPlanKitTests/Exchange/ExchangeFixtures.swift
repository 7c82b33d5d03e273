import Foundation

@testable import ActionPlanKit

/// Plans and sheets shared by the exchange tests.
enum ExchangeFixtures {
    static func day(_ text: String) -> CalendarDay { CalendarDay(iso: text)! }

    static let today = day("2013-07-01")
    static let author = ChangeAuthor(
        by: "Jane Smith", on: day("2013-07-01"), recorded: "2013-07-01T09:00:00Z")

    /// A small plan in the shape `generate` makes, with one action already updated.
    static var plan: ActionPlan {
        var rows = [
            FixtureRow(
                id: ActionID(1)!, recommendation: "ensure that strategy discussions are held promptly",
                timescale: .immediately, number: 1, owner: "Head of Safeguarding", due: day("2013-06-04")),
            FixtureRow(
                id: ActionID(2)!, recommendation: "review the out of hours service", section: "Safeguarding",
                timescale: .withinMonths(3), number: 2, due: day("2013-09-04"), cost: Money("12500")),
            FixtureRow(
                id: ActionID(3)!, recommendation: "improve the quality of child protection plans",
                timescale: .withinMonths(6), number: 3, due: day("2013-12-04")),
            FixtureRow(
                id: ActionID(4)!, recommendation: "the LSCB should audit multi-agency work", section: "LSCB",
                timescale: .unspecified, number: 4, lead: "the LSCB"),
        ]
        rows[0].action.status = .inProgress
        rows[0].action.history = [
            HistoryEntry(
                revision: 1, on: day("2013-06-01"), recorded: "2013-06-01T10:00:00Z", by: "Ann",
                changes: [FieldChange(field: .status, from: "not-started", to: "in-progress")],
                note: "Strategy meetings now daily")
        ]
        let source = SourceReport(
            fileName: "cumbria-2013-protection.txt", sha256: String(repeating: "0", count: 64),
            authority: "Cumbria County Council")
        return ActionPlan(
            name: PlanName("cumbria-2013")!, source: source, startDate: day("2013-06-04"), rows: rows,
            revision: 1)
    }

    /// The plan's sheet as rows, exported on ``today``.
    static var rows: [[String]] { PlanSheet.rows(of: plan, asOf: today) }

    /// The exported sheet with `edit` applied to its rows, as CSV text.
    static func sheet(_ edit: (inout [[String]]) -> Void = { _ in }) -> String {
        var rows = rows
        edit(&rows)
        return CSV.text(rows)
    }

    /// The column index of `header` in the exported sheet.
    static func column(_ header: String) -> Int {
        rows[0].firstIndex(of: header)!
    }

    /// Imports CSV text into ``plan`` on ``today``.
    static func importing(_ text: String) throws(ExchangeError) -> SheetImport {
        try PlanSheet.importing(text: text, into: plan, asOf: today)
    }

    /// The problems an import refuses the sheet for, as the user reads them.
    static func problems(_ text: String) -> [String] {
        do {
            _ = try importing(text)
            return []
        } catch {
            guard case .invalidSheet(let problems) = error else { return [error.description] }
            return problems.map(\.description)
        }
    }
}
