import ActionPlanKit
import Foundation
import Testing

/// `rename` and `archive`: plans move, keep their history, and leave the cross-plan reports only when asked.
@Suite("rename and archive")
struct ArchiveCommandTests {
    /// A workspace with the Sutton plan as `generate` makes it, updated once so it has history.
    static func sutton() throws -> Workspace {
        let workspace = try Workspace()
        let generate = workspace.run(
            ["generate", EndToEndTests.fixture("sutton-2013-protection.txt")], today: Self.today)
        try #require(generate.status == 0, "\(generate.error)")
        let update = workspace.run(
            [
                "update", "sutton-2013", "2", "--status", "in-progress", "--note", "Plans audited", "--on",
                "2013-06-03",
            ],
            today: "2013-06-10")
        try #require(update.status == 0, "\(update.error)")
        return workspace
    }

    /// The day the tests run on: after the Sutton plan's start and its one update.
    static let today = "2013-09-01"

    static func contents(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }

    @Test("rename moves the file, sets the name in it, keeps the history, and refuses a name that is taken")
    func rename() throws {
        let workspace = try Self.sutton()
        try workspace.add(sampleReport(), name: "dudley")
        let run = workspace.run(["rename", "sutton-2013", "sutton-protection"], today: Self.today)
        #expect(run.status == 0, "\(run.error)")
        #expect(
            run.output
                == "Renamed \(workspace.plans)/sutton-2013.json to \(workspace.plans)/sutton-protection.json, "
                + "recorded as revision 2 by tester on 1 September 2013\n")
        #expect(!FileManager.default.fileExists(atPath: workspace.plans + "/sutton-2013.json"))
        let plan = try PlanStore(directory: workspace.plans).load(PlanName("sutton-protection")!)
        #expect(plan.name.rawValue == "sutton-protection")
        #expect(plan.action(ActionID(2)!)?.history.first?.note == "Plans audited")
        let history = workspace.run(["history", "sutton-protection"], today: Self.today)
        #expect(history.output.contains("Plans audited"))
        let renaming = try #require(plan.history.last)
        #expect(renaming.revision == 2)
        #expect(
            renaming.changes == [PlanFieldChange(field: .name, from: "sutton-2013", to: "sutton-protection")])

        let before = workspace.snapshot()
        let taken = workspace.run(["rename", "sutton-protection", "dudley"], today: Self.today)
        #expect(taken.status == 1)
        #expect(taken.error.contains("dudley.json: a plan of this name already exists"))
        let missing = workspace.run(["rename", "sutton-protecton", "sutton"], today: Self.today)
        #expect(missing.status == 66)
        #expect(missing.error.contains("did you mean 'sutton-protection'?"))
        let same = workspace.run(["rename", "dudley", "dudley"], today: Self.today)
        #expect(same.status == 64)
        #expect(workspace.snapshot() == before)
    }

    @Test("undo of a rename moves the file back to its old name")
    func undoRename() throws {
        let workspace = try Self.sutton()
        #expect(workspace.run(["rename", "sutton-2013", "sutton-protection"], today: Self.today).status == 0)
        let undo = workspace.run(["undo", "sutton-protection"], today: Self.today)
        #expect(undo.status == 0, "\(undo.error)")
        // The message names the file where the plan now is.
        #expect(undo.output.contains("sutton-2013.json"), "\(undo.output)")
        #expect(!undo.output.contains("sutton-protection.json"), "\(undo.output)")
        #expect(!FileManager.default.fileExists(atPath: workspace.plans + "/sutton-protection.json"))
        let plan = try PlanStore(directory: workspace.plans).load(PlanName("sutton-2013")!)
        #expect(plan.revision == 3)
        #expect(plan.history.map { $0.changes.map(\.to) } == [["sutton-protection"], ["sutton-2013"]])
        #expect(workspace.run(["check", "sutton-2013"], today: Self.today).status == 0)
    }

    @Test("an archived plan leaves overdue, list, themes and check unless --all, and restores byte for byte")
    func archiveAndRestore() throws {
        let workspace = try Self.sutton()
        try workspace.add(sampleReport(), name: "dudley")
        let original = try #require(Self.contents(workspace.plans + "/sutton-2013.json"))
        let archive = workspace.run(["archive", "sutton-2013"], today: Self.today)
        #expect(archive.status == 0, "\(archive.error)")
        #expect(
            archive.output.hasPrefix(
                "Archived \(workspace.plans)/sutton-2013.json as \(workspace.plans)/archive/sutton-2013.json\n"
            ))
        #expect(Self.contents(workspace.plans + "/archive/sutton-2013.json") == original)
        #expect(!FileManager.default.fileExists(atPath: workspace.plans + "/sutton-2013.json"))

        for command in [["overdue"], ["report"], ["list"], ["themes"], ["check"]] {
            let without = workspace.run(command + ["--format", "json"], today: Self.today)
            #expect(without.status == 0, "\(command): \(without.error)")
            #expect(!without.output.contains("sutton"), "\(command)")
            #expect(without.output.contains("dudley"), "\(command)")
            let all = workspace.run(command + ["--all", "--format", "json"], today: Self.today)
            #expect(all.status == 0, "\(command) --all: \(all.error)")
            #expect(all.output.contains("sutton-2013"), "\(command) --all")
            #expect(all.output.contains("dudley"), "\(command) --all")
        }
        let listing = workspace.run(["archive"], today: Self.today)
        #expect(listing.status == 0)
        #expect(listing.output.contains("  sutton-2013  Sutton, from 22 May 2013, 10 actions, 1 revision\n"))

        #expect(workspace.run(["restore"], today: Self.today).status == 64)
        #expect(workspace.run(["archive", "--restore"], today: Self.today).status == 64)
        let restore = workspace.run(["archive", "--restore", "sutton-2013"], today: Self.today)
        #expect(restore.status == 0, "\(restore.error)")
        #expect(Self.contents(workspace.plans + "/sutton-2013.json") == original)
        #expect(workspace.run(["archive"], today: Self.today).output.hasPrefix("No archived plans in"))
    }

    @Test("archiving over a name the archive holds keeps both (-2); restoring onto a plan's name is refused")
    func archiveNeverOverwrites() throws {
        let workspace = try Self.sutton()
        let sutton = EndToEndTests.fixture("sutton-2013-protection.txt")
        #expect(workspace.run(["archive", "sutton-2013"], today: Self.today).status == 0)
        #expect(workspace.run(["generate", sutton], today: Self.today).status == 0)
        let second = workspace.run(["archive", "sutton-2013"], today: Self.today)
        #expect(second.status == 0, "\(second.error)")
        #expect(second.output.contains("as \(workspace.plans)/archive/sutton-2013-2.json"))
        // The listing lines the names up, and counts one revision as one.
        let listing = workspace.run(["archive"], today: Self.today).output
        #expect(listing.contains("\n  sutton-2013    Sutton, from 22 May 2013, 10 actions, 1 revision\n"))
        #expect(listing.contains("\n  sutton-2013-2  Sutton, from 22 May 2013, 10 actions, 0 revisions\n"))
        let archive = PlanStore(directory: workspace.plans).archive
        #expect(try archive.load(PlanName("sutton-2013-2")!).revision == 0)
        #expect(try archive.load(PlanName("sutton-2013")!).revision == 1)

        #expect(workspace.run(["generate", sutton], today: Self.today).status == 0)
        let before = workspace.snapshot()
        let clash = workspace.run(["archive", "--restore", "sutton-2013"], today: Self.today)
        #expect(clash.status == 1)
        #expect(clash.error.contains("sutton-2013.json: a plan of this name already exists"))
        #expect(workspace.snapshot() == before)
        let numbered = workspace.run(["archive", "--restore", "sutton-2013-2"], today: Self.today)
        #expect(numbered.status == 0, "\(numbered.error)")
        #expect(
            try PlanStore(directory: workspace.plans).load(PlanName("sutton-2013-2")!).name.rawValue
                == "sutton-2013-2")
        #expect(workspace.run(["check", "sutton-2013-2"], today: Self.today).status == 0)
    }

    @Test(
        "a plan generate --force archived under its own name is listed and restored under the archive's name")
    func forcedArchive() throws {
        let workspace = try Self.sutton()
        let sutton = EndToEndTests.fixture("sutton-2013-protection.txt")
        #expect(
            workspace.run(["generate", sutton, "--force", "--discard-history"], today: Self.today).status == 0
        )
        #expect(
            workspace.run(["update", "sutton-2013", "1", "--owner", "Head of Service"], today: Self.today)
                .status == 0)
        #expect(
            workspace.run(["generate", sutton, "--force", "--discard-history"], today: Self.today).status == 0
        )
        let listing = workspace.run(["archive"], today: Self.today)
        #expect(listing.output.contains("  sutton-2013    Sutton"))
        #expect(listing.output.contains("  sutton-2013-2  Sutton"))
        let restore = workspace.run(["archive", "--restore", "sutton-2013-2"], today: Self.today)
        #expect(restore.status == 0, "\(restore.error)")
        let plan = try PlanStore(directory: workspace.plans).load(PlanName("sutton-2013-2")!)
        #expect(plan.action(ActionID(1)!)?.owner == "Head of Service")
    }
}
