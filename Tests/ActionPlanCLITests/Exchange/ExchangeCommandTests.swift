import ActionPlanKit
import Foundation
import Testing

@testable import ActionPlanCLI

/// The Cumbria 2013 child protection report, from the library's fixtures.
private let cumbriaReport = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent(
        "ActionPlanKitTests/Fixtures/cumbria-2013-protection.txt"
    ).path

@Suite("export and import")
struct ExchangeCommandTests {
    static let plan = "cumbria-2013-protection"

    /// A workspace holding the Cumbria plan as `generate` makes it, and the plan as stored.
    private func cumbria() throws -> (Workspace, ActionPlan) {
        let workspace = try Workspace()
        let generate = workspace.run(["generate", cumbriaReport, "--name", Self.plan])
        try #require(generate.status == 0, "\(generate.error)")
        return (workspace, try load(workspace))
    }

    private func load(_ workspace: Workspace) throws -> ActionPlan {
        try PlanStore(directory: workspace.plans).load(PlanName(Self.plan)!)
    }

    @Test(
        "export to CSV, change an owner in the sheet, dry-run shows it and writes nothing, import records it")
    func roundTrip() throws {
        let (workspace, plan) = try cumbria()
        let sheet = workspace.directory + "/tracker.csv"
        let export = workspace.run(["export", Self.plan, "--output", sheet], today: "2013-06-01")
        #expect(export.status == 0, "\(export.error)")
        #expect(export.output.isEmpty)
        #expect(export.error == "wrote \(sheet): 21 actions\n")
        var rows = try CSV.records(in: Data(contentsOf: URL(fileURLWithPath: sheet))).map(\.fields)
        #expect(rows.count == plan.actions.count + 1)
        let owner = try #require(rows[0].firstIndex(of: "Lead/Owner"))
        #expect(rows[3][owner] == "")
        rows[3][owner] = "Jane Smith"
        try CSV.data(rows).write(to: URL(fileURLWithPath: sheet))

        let before = workspace.snapshot()
        let dryRun = workspace.run(["import", Self.plan, sheet, "--dry-run"], today: "2013-06-10")
        #expect(dryRun.status == 0, "\(dryRun.error)")
        #expect(
            dryRun.output == """
                action 3: owner: (none) → "Jane Smith"
                Dry run: 1 change to 1 action would be recorded; nothing was written

                """)
        #expect(workspace.snapshot() == before)

        let applied = workspace.run(
            ["import", Self.plan, sheet, "--by", "J Smith", "--on", "2013-06-09"], today: "2013-06-10")
        #expect(applied.status == 0, "\(applied.error)")
        #expect(
            applied.output.hasPrefix(
                "action 3: owner: (none) → \"Jane Smith\"\nRecorded 1 change to 1 action"))
        let updated = try load(workspace)
        #expect(updated.revision == 1)
        #expect(updated.action(ActionID(3)!)?.owner == "Jane Smith")
        let entry = try #require(updated.action(ActionID(3)!)?.history.last)
        #expect(entry.by == "J Smith")
        #expect(entry.on.description == "2013-06-09")
        #expect(entry.changes == [FieldChange(field: .owner, from: nil, to: "Jane Smith")])
        #expect(updated.actions.filter { !$0.history.isEmpty }.map(\.id) == [ActionID(3)!])

        let again = workspace.run(["import", Self.plan, sheet], today: "2013-06-11")
        #expect(again.status == 0)
        #expect(again.output == "No changes: the sheet matches the plan; nothing was written\n")
        #expect(try load(workspace) == updated)
    }

    @Test("a sheet exported before an update neither undoes it nor silently overwrites it")
    func staleSheet() throws {
        let (workspace, _) = try cumbria()
        let sheet = workspace.directory + "/tracker.csv"
        #expect(workspace.run(["export", Self.plan, "--output", sheet]).status == 0)
        let update = workspace.run(
            ["update", Self.plan, "2", "--owner", "Ann Jones", "--by", "Ann"], today: "2013-06-01")
        #expect(update.status == 0, "\(update.error)")
        var rows = try CSV.records(in: Data(contentsOf: URL(fileURLWithPath: sheet))).map(\.fields)
        rows[4][rows[0].firstIndex(of: "Lead/Owner")!] = "Jane Smith"
        try CSV.data(rows).write(to: URL(fileURLWithPath: sheet))
        let applied = workspace.run(["import", Self.plan, sheet], today: "2013-06-01")
        #expect(applied.status == 0, "\(applied.error)")
        #expect(applied.output.hasPrefix("action 4: owner: (none) → \"Jane Smith\"\n"))
        #expect(try load(workspace).action(ActionID(2)!)?.owner == "Ann Jones")

        rows[2][rows[0].firstIndex(of: "Lead/Owner")!] = "Ravi Patel"
        try CSV.data(rows).write(to: URL(fileURLWithPath: sheet))
        let refused = workspace.run(["import", Self.plan, sheet], today: "2013-06-01")
        #expect(refused.status == 65)
        #expect(
            refused.error.contains(
                "row 3, column \"Lead/Owner\": changed in the plan by Ann on 2013-06-01 (revision 1) after "
                    + "this sheet was exported at revision 0"), "\(refused.error)")
    }

    @Test("a sheet with bad cells is refused with every problem by row and column, and nothing is written")
    func refusedSheet() throws {
        let (workspace, _) = try cumbria()
        let sheet = workspace.directory + "/tracker.csv"
        var rows = PlanSheet.rows(of: try load(workspace), asOf: CalendarDay(iso: "2013-06-01")!)
        rows[2][rows[0].firstIndex(of: "Due")!] = "2013-02-30"
        rows[5][rows[0].firstIndex(of: "Status")!] = "finished"
        rows[6][rows[0].firstIndex(of: "RAG")!] = "blue"
        try CSV.data(rows).write(to: URL(fileURLWithPath: sheet))
        let before = workspace.snapshot()
        let run = workspace.run(["import", Self.plan, sheet], today: "2013-06-01")
        #expect(run.status == 65)
        #expect(
            run.error.hasPrefix(
                """
                error: \(sheet): the sheet has 2 problems; nothing was imported:
                  row 3, column "Due": '2013-02-30' is not a date (YYYY-MM-DD or DD/MM/YYYY)
                  row 6, column "Status": 'finished' is not a status; expected one of not-started, \
                in-progress, blocked, completed, signed-off, dropped
                hint:
                """), "\(run.error)")
        #expect(run.output.isEmpty)
        #expect(workspace.snapshot() == before)
    }

    @Test("a damaged workbook is refused as bad input with how to save it again")
    func workbook() throws {
        let (workspace, _) = try cumbria()
        let path = workspace.directory + "/tracker.xlsx"
        try Data([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]).write(to: URL(fileURLWithPath: path))
        let run = workspace.run(["import", Self.plan, path, "--dry-run"])
        #expect(run.status == 65)
        #expect(
            run.error
                == ("error: \(path): cannot read the workbook: not a zip archive (no end-of-central-directory "
                    + "record); open it in Excel or LibreOffice and save it again as an Excel workbook (.xlsx)\n")
        )
    }

    @Test("warnings about ignored edits go to standard error, changes to standard output")
    func warnings() throws {
        let (workspace, _) = try cumbria()
        let sheet = workspace.directory + "/tracker.csv"
        var rows = PlanSheet.rows(of: try load(workspace), asOf: CalendarDay(iso: "2012-04-01")!)
        rows[1][rows[0].firstIndex(of: "Recommendation")!] = "rewritten"
        rows[1][rows[0].firstIndex(of: "Note")!] = "Strategy meetings moved to daily"
        try CSV.data(rows).write(to: URL(fileURLWithPath: sheet))
        let run = workspace.run(["import", Self.plan, sheet], today: "2013-06-01")
        #expect(run.status == 0, "\(run.error)")
        #expect(run.error.hasPrefix("warning: row 2, column \"Recommendation\": edits are ignored"))
        #expect(run.output.hasPrefix("action 1: note: \"Strategy meetings moved to daily\"\n"))
        #expect(
            try load(workspace).action(ActionID(1)!)?.history.last?.note == "Strategy meetings moved to daily"
        )
    }

    @Test("the calendar export has one event per due date, and its format follows the --output extension")
    func calendar() throws {
        let (workspace, plan) = try cumbria()
        let path = workspace.directory + "/due.ics"
        let run = workspace.run(["export", Self.plan, "--output", path])
        #expect(run.status == 0, "\(run.error)")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.hasPrefix("BEGIN:VCALENDAR\r\n"))
        #expect(text.components(separatedBy: "BEGIN:VEVENT").count - 1 == plan.actions.count)
        #expect(text.contains("DTSTAMP:20120401T090000Z\r\n"))
        #expect(text.contains("UID:cumbria-2013-protection-action-21@actionplan\r\n"))
    }

    @Test(
        "each format goes to standard output when no file is given",
        arguments: [
            ("csv", "\u{FEFF}\"ID\",No.,Section,"), ("ics", "BEGIN:VCALENDAR\r\n"),
            ("markdown", "# Action plan: "), ("json", "{\n"),
        ])
    func formats(format: String, start: String) throws {
        let (workspace, _) = try cumbria()
        let run = workspace.run(["export", Self.plan, "--format", format])
        #expect(run.status == 0, "\(run.error)")
        #expect(run.output.hasPrefix(start), "\(run.output.prefix(40))")
    }

    @Test("the JSON export is the plan file, byte for byte")
    func json() throws {
        let (workspace, _) = try cumbria()
        let run = workspace.run(["export", Self.plan, "--format", "json"])
        let file = try Data(contentsOf: URL(fileURLWithPath: workspace.plans + "/\(Self.plan).json"))
        #expect(Data(run.output.utf8) == file)
    }

    @Test(
        "mistakes exit with the right status and change nothing",
        arguments: [
            (
                ["export", "cumbria-2013-protection", "--format", "pdf"], Int32(64),
                "expected one of: csv, ics, markdown, json"
            ),
            (["export", "cumbria-2013-protectoin"], Int32(66), "did you mean 'cumbria-2013-protection'?"),
            (["import", "cumbria-2013-protection", "missing.csv"], Int32(66), "missing.csv: no such file"),
            (["import", "cumbria-2013-protection"], Int32(64), "missing FILE"),
            (
                ["import", "cumbria-2013-protection", "x.csv", "--dry-rn"], Int32(64),
                "did you mean '--dry-run'?"
            ),
        ])
    func mistakes(arguments: [String], status: Int32, message: String) throws {
        let (workspace, _) = try cumbria()
        let before = workspace.snapshot()
        let run = workspace.run(arguments)
        #expect(run.status == status, "\(run.error)")
        #expect(run.error.contains(message), "\(run.error)")
        #expect(workspace.snapshot() == before)
    }
}
