import ActionPlanKit
import Foundation
import Testing

@testable import ActionPlanCLI

@Suite("xlsx from the command line")
struct OfficeCommandTests {
    /// A workspace holding the Dudley-shaped sample plan with one action in progress.
    private func dudley() throws -> Workspace {
        let workspace = try Workspace()
        try workspace.add(sampleReport(), name: "dudley")
        let update = workspace.run([
            "update", "dudley", "1", "--status", "in-progress", "--note", "Audit under way",
        ])
        try #require(update.status == 0, "\(update.error)")
        return workspace
    }

    /// The workbook at `path`, opened; its parts listed.
    private func parts(_ path: String) throws -> [String] {
        let data = try #require(FileManager.default.contents(atPath: path))
        #expect(data.prefix(4) == Data([0x50, 0x4B, 0x03, 0x04]), "a zip file starts PK\\3\\4")
        return try ZipReader(data).entries.map(\.path)
    }

    @Test(
        "an .xlsx output name, or --format xlsx, writes a workbook",
        arguments: [
            ("export by name", ["export", "dudley"], "tracker.xlsx"),
            ("export by format", ["export", "dudley", "--format", "xlsx"], "tracker.xlsx"),
            ("overdue by name", ["overdue", "--as-of", "2012-06-30"], "overdue.xlsx"),
            ("overdue in capitals", ["overdue", "--as-of", "2012-06-30"], "OVERDUE.XLSX"),
            (
                "report by format", ["report", "dudley", "--format", "xlsx", "--as-of", "2012-06-30"],
                "p.xlsx"
            ),
        ])
    func writesWorkbook(name: String, arguments: [String], file: String) throws {
        let workspace = try dudley()
        let path = workspace.directory + "/" + file
        let run = workspace.run(arguments + ["--output", path])
        #expect(run.status == 0, "\(name): \(run.error)")
        #expect(run.output.isEmpty, "\(name)")
        #expect(run.error.hasPrefix("wrote \(path)"), "\(name)")
        #expect(try parts(path).contains("xl/worksheets/sheet1.xml"), "\(name)")
    }

    @Test(
        "a .docx output name, or --format docx, writes a Word document",
        arguments: [
            ("report by name", ["report", "dudley", "--as-of", "2012-06-30"], "paper.docx"),
            (
                "overdue by format", ["overdue", "--as-of", "2012-06-30", "--by-owner", "--format", "docx"],
                "o.docx"
            ),
        ])
    func writesDocument(name: String, arguments: [String], file: String) throws {
        let workspace = try dudley()
        let path = workspace.directory + "/" + file
        let run = workspace.run(arguments + ["--output", path])
        #expect(run.status == 0, "\(name): \(run.error)")
        #expect(try parts(path).contains("word/document.xml"), "\(name)")
    }

    @Test(
        "a file name and a format that disagree are refused, and nothing is written",
        arguments: [
            ("csv named xlsx", ["export", "dudley", "--format", "csv"], "tracker.xlsx", "tracker.csv"),
            ("xlsx named csv", ["export", "dudley", "--format", "xlsx"], "tracker.csv", "tracker.xlsx"),
            ("html named xlsx", ["overdue", "--format", "html"], "overdue.xlsx", nil),
            ("xlsx named html", ["report", "dudley", "--format", "xlsx"], "paper.html", "paper.xlsx"),
            ("docx named xlsx", ["report", "dudley", "--format", "docx"], "paper.xlsx", "paper.docx"),
            ("csv named docx", ["export", "dudley", "--format", "csv"], "tracker.docx", "tracker.csv"),
        ])
    func mismatch(name: String, arguments: [String], file: String, suggestion: String?) throws {
        let workspace = try dudley()
        let path = workspace.directory + "/" + file
        let run = workspace.run(arguments + ["--output", path])
        #expect(run.status == 64, "\(name)")
        #expect(
            run.error.hasPrefix("error: actionplan \(arguments[0]): --output \(path) does not match --format")
        )
        if let suggestion {
            #expect(run.error.contains("hint: name the file \(suggestion)"), "\(name): \(run.error)")
        }
        #expect(!FileManager.default.fileExists(atPath: path), "\(name)")
    }

    @Test("a workbook is not written to a terminal; piped, its bytes are written as they are")
    func terminal() throws {
        let workspace = try dudley()
        for isTerminal in [true, false] {
            let error = OutputSink()
            let bytes = ByteSink()
            let environment = ToolEnvironment(
                standardOutput: { _ in Issue.record("a workbook went out as text") },
                standardOutputUTF8: { bytes.append($0) }, standardError: { error.append($0) },
                variables: ["ACTIONPLAN_PLANS": workspace.plans], today: CalendarDay(iso: "2012-06-30")!,
                now: "2012-06-30T09:00:00Z", userName: "tester", outputIsTerminal: isTerminal)
            let status = CommandLineTool(environment: environment).run([
                "export", "dudley", "--format", "xlsx",
            ])
            if isTerminal {
                #expect(status == 64)
                #expect(error.contents.contains("will not write an Excel workbook to a terminal"))
                #expect(error.contents.contains("hint: add --output FILE.xlsx"))
                #expect(bytes.contents.isEmpty)
            } else {
                #expect(status == 0, "\(error.contents)")
                #expect(try ZipReader(Data(bytes.contents)).entry("xl/workbook.xml") != nil)
            }
        }
    }

    @Test("--template is refused for a workbook, which has no template")
    func template() throws {
        let workspace = try dudley()
        let run = workspace.run(["overdue", "--format", "xlsx", "--template", "x.html"])
        #expect(run.status == 64)
        #expect(run.error.contains("--template applies to the markdown and html reports"))
    }
}

/// Collects bytes written to standard output, from any thread.
final class ByteSink: @unchecked Sendable {
    private let lock = NSLock()
    private var bytes: [UInt8] = []

    func append(_ more: [UInt8]) {
        lock.lock()
        bytes += more
        lock.unlock()
    }

    var contents: [UInt8] {
        lock.lock()
        defer { lock.unlock() }
        return bytes
    }
}

@Suite("xlsx import from the command line")
struct OfficeImportCommandTests {
    @Test(
        "a workbook exported, edited and saved imports as CSV does: dry run shows the edit, import records it"
    )
    func roundTrip() throws {
        let workspace = try Workspace()
        try workspace.add(sampleReport(), name: "dudley")
        let store = PlanStore(directory: workspace.plans)
        let plan = try store.load(PlanName("dudley")!)
        var workbook = PlanSheet.workbook(of: plan, asOf: CalendarDay(iso: "2012-04-01")!)
        let headers = workbook.sheets[0].headers
        workbook.sheets[0].rows[1][headers.firstIndex(of: "Lead/Owner")!] = .text("Jane Smith")
        workbook.sheets[0].rows[2][headers.firstIndex(of: "Due")!] = .date(CalendarDay(iso: "2012-12-31")!)
        workbook.sheets[0].rows[2][headers.firstIndex(of: "Reason")!] = .text("Board met later")
        let path = workspace.directory + "/returned.xlsx"
        try workbook.data().write(to: URL(fileURLWithPath: path))

        let before = workspace.snapshot()
        let dryRun = workspace.run(["import", "dudley", path, "--dry-run"])
        #expect(dryRun.status == 0, "\(dryRun.error)")
        #expect(
            dryRun.output == """
                action 2: owner: (none) → "Jane Smith"
                action 3: due: 2012-06-09 → 2012-12-31
                action 3: reason: "Board met later"
                Dry run: 3 changes to 2 actions would be recorded; nothing was written

                """)
        #expect(workspace.snapshot() == before)

        let applied = workspace.run(["import", "dudley", path])
        #expect(applied.status == 0, "\(applied.error)")
        let updated = try store.load(PlanName("dudley")!)
        #expect(updated.revision == plan.revision + 1)
        #expect(updated.action(ActionID(2)!)?.owner == "Jane Smith")
        #expect(updated.action(ActionID(3)!)?.due == CalendarDay(iso: "2012-12-31"))
    }

    @Test("a zip that is not a workbook is refused as bad input, naming the file")
    func notWorkbook() throws {
        let workspace = try Workspace()
        try workspace.add(sampleReport(), name: "dudley")
        var zip = ZipWriter()
        try zip.add("word/document.xml", text: "<w:document/>")
        let path = workspace.directory + "/paper.docx.xlsx"
        try zip.finish().write(to: URL(fileURLWithPath: path))
        let run = workspace.run(["import", "dudley", path, "--dry-run"])
        #expect(run.status == 65)
        #expect(run.error.contains("\(path): cannot read the workbook: the zip file holds no Excel workbook"))
    }
}

@Suite("owner returns round")
struct OwnerReturnsTests {
    @Test("one workbook per owner of open actions across plans; a returned one updates each plan it touches")
    func round() throws {
        let workspace = try Workspace()
        try workspace.add(sampleReport(), name: "dudley")
        try workspace.add(sampleReport(), name: "walsall")
        for plan in ["dudley", "walsall"] {
            let run = workspace.run(["update", plan, "1,2", "--owner", "Head of Safeguarding"])
            try #require(run.status == 0, "\(run.error)")
        }
        let folder = workspace.directory + "/returns"
        let export = workspace.run(["export", "--owner-sheets", folder])
        #expect(export.status == 0, "\(export.error)")
        let file = folder + "/Head-of-Safeguarding.xlsx"
        let records = try WorkbookReader.rows(Data(contentsOf: URL(fileURLWithPath: file)))
        #expect(
            records.dropFirst().map { $0.fields[0] } == ["dudley/1", "dudley/2", "walsall/1", "walsall/2"])

        var workbook = OwnerSheets.sheets(
            of: try ["dudley", "walsall"].map {
                try PlanStore(directory: workspace.plans).load(PlanName($0)!)
            },
            asOf: CalendarDay(iso: "2012-04-01")!)[0].workbook
        let note = workbook.sheets[0].headers.firstIndex(of: "Note")!
        workbook.sheets[0].rows[0][note] = .text("Audit begun")
        workbook.sheets[0].rows[3][note] = .text("Policy drafted")
        try workbook.data().write(to: URL(fileURLWithPath: file))

        let before = workspace.snapshot()
        let dryRun = workspace.run(["import", file, "--dry-run"])
        #expect(dryRun.status == 0, "\(dryRun.error)")
        #expect(
            dryRun.output == """
                dudley: action 1: note: "Audit begun"
                walsall: action 2: note: "Policy drafted"
                Dry run: changes to 2 of 2 plans would be recorded; nothing was written

                """)
        #expect(workspace.snapshot() == before)
        let applied = workspace.run(["import", file])
        #expect(applied.status == 0, "\(applied.error)")
        let dudley = try PlanStore(directory: workspace.plans).load(PlanName("dudley")!)
        #expect(dudley.action(ActionID(1)!)?.history.last?.note == "Audit begun")
        #expect(dudley.revision == 2)
    }
}
