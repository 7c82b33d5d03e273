import ActionPlanKit
import Foundation
import Testing

/// The commands added with plan-level history (rename, archive, undo of a rename, returns rounds) tried
/// as a careless officer or a hand-edited file would: nothing is lost, and nothing claims a success it
/// did not have.
@Suite("new commands under hostile use")
struct NewCommandsHostileTests {
    /// A workspace holding the Sutton plan renamed to `sutton-protection` (revision 1, a plan-level entry).
    static func renamed() throws -> Workspace {
        let workspace = try Workspace()
        try workspace.add(sampleReport(), name: "sutton-2013")
        let run = workspace.run(["rename", "sutton-2013", "sutton-protection"])
        try #require(run.status == 0, "\(run.error)")
        return workspace
    }

    @Test(
        "undo of a rename whose recorded old name is not a plan name is refused, and the plan is untouched",
        arguments: ["../evil", "", "a b", "archive/x"])
    func undoOfUnreplayableRename(recordedName: String) throws {
        let workspace = try Self.renamed()
        let path = workspace.plans + "/sutton-protection.json"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let edited = text.replacingOccurrences(
            of: "\"from\" : \"sutton-2013\"", with: "\"from\" : \"\(recordedName)\"")
        try #require(edited != text)
        try edited.write(toFile: path, atomically: true, encoding: .utf8)
        let before = workspace.snapshot()

        let undo = workspace.run(["undo", "sutton-protection"])
        #expect(undo.status == 65)
        #expect(!undo.output.contains("Reverted"))
        #expect(
            undo.error.contains(
                "revision 1 cannot be reverted: it records name as changed from '\(recordedName)'"),
            "\(undo.error)")
        #expect(undo.error.contains("hint: 'actionplan check sutton-protection'"))
        #expect(workspace.snapshot() == before)
    }

    @Test(
        "a name that is taken is refused with advice for the command run, not generate's options",
        arguments: [
            (["rename", "sutton-protection", "dudley"], "rename"),
            (["archive", "--restore", "dudley"], "restore"),
            (["undo", "sutton-protection"], "undo"),
        ])
    func takenNameHint(arguments: [String], command: String) throws {
        let workspace = try Self.renamed()
        if command == "restore" {
            try workspace.add(sampleReport(), name: "dudley")
            try #require(workspace.run(["archive", "dudley"]).status == 0)
        }
        try workspace.add(sampleReport(), name: command == "undo" ? "sutton-2013" : "dudley")
        let before = workspace.snapshot()
        let run = workspace.run(arguments)
        #expect(run.status == 1)
        #expect(run.error.contains(": a plan of this name already exists\n"), "\(run.error)")
        #expect(!run.error.contains("--force"))
        #expect(!run.error.contains("--name"))
        #expect(run.error.contains("hint: rename or archive the plan of that name first"), "\(run.error)")
        #expect(workspace.snapshot() == before)
    }

    @Test("generate over an existing plan still points to --force and --name")
    func generateHint() throws {
        let workspace = try Workspace()
        let report = EndToEndTests.fixture("sutton-2013-protection.txt")
        let first = workspace.run(["generate", report, "--name", "sutton"])
        try #require(first.status == 0, "\(first.error)")
        let again = workspace.run(["generate", report, "--name", "sutton"])
        #expect(again.status == 1)
        #expect(again.error.contains("hint: use --force to replace it, or --name to choose another"))
    }

    @Test("a returns round file cut short is named with the line and column, in plain words")
    func truncatedRound() throws {
        let workspace = try Workspace()
        try workspace.add(sampleReport(), name: "dudley")
        let update = workspace.run(["update", "dudley", "1", "--owner", "Head of Safeguarding"])
        try #require(update.status == 0, "\(update.error)")
        let export = workspace.run(["export", "--owner-sheets", workspace.directory + "/returns"])
        try #require(export.status == 0, "\(export.error)")
        let path = workspace.plans + "/rounds/2012-04-01.json"
        let bytes = try #require(FileManager.default.contents(atPath: path))
        try bytes.prefix(60).write(to: URL(fileURLWithPath: path))

        let run = workspace.run(["overdue", "--by-owner"])
        #expect(run.status == 65)
        #expect(run.error.hasPrefix("error: \(path): not a valid returns round file: line "), "\(run.error)")
        #expect(run.error.contains("(the file may have been cut short)"))
        #expect(!run.error.contains("The given data was not valid JSON"))
    }

    @Test("a returned sheet over two plans with --on before one plan's start changes neither plan")
    func returnedSheetAcrossPlansIsAllOrNothing() throws {
        let workspace = try Workspace()
        try workspace.add(sampleReport(), name: "dudley")
        try workspace.add(sampleReport(), name: "later", start: "2013-01-01")
        let sheet = workspace.directory + "/returned.csv"
        try "ID,Note\r\ndudley/1,Audit begun\r\nlater/1,Audit begun\r\n".write(
            toFile: sheet, atomically: true, encoding: .utf8)
        let before = workspace.snapshot()

        let run = workspace.run(["import", sheet, "--on", "2012-06-01"], today: "2013-02-01")
        #expect(run.status == 64)
        #expect(
            run.error.contains("before the plan's start date (2013-01-01); plan 'later' did not exist then"))
        #expect(!run.output.contains("Recorded"), "\(run.output)")
        #expect(workspace.snapshot() == before)
    }

    @Test("export --owner-sheets checks the day's round file before writing any sheet")
    func damagedRoundWritesNoSheets() throws {
        let workspace = try Workspace()
        try workspace.add(sampleReport(), name: "dudley")
        let update = workspace.run(["update", "dudley", "1", "--owner", "Head of Safeguarding"])
        try #require(update.status == 0, "\(update.error)")
        try FileManager.default.createDirectory(
            atPath: workspace.plans + "/rounds", withIntermediateDirectories: true)
        let round = workspace.plans + "/rounds/2012-04-01.json"
        try "{\"sent\" : \"2012-04-01\",".write(toFile: round, atomically: true, encoding: .utf8)
        let folder = workspace.directory + "/returns"

        let run = workspace.run(["export", "--owner-sheets", folder])
        #expect(run.status == 65)
        #expect(
            run.error.hasPrefix("error: \(round): not a valid returns round file: line 1"), "\(run.error)")
        #expect(!FileManager.default.fileExists(atPath: folder + "/Head-of-Safeguarding.xlsx"))
        #expect(run.output.isEmpty, "\(run.output)")
    }

    @Test("export --owner-sheets into a file that is not a folder says so in plain words")
    func ownerSheetsIntoAFile() throws {
        let workspace = try Workspace()
        try workspace.add(sampleReport(), name: "dudley")
        let update = workspace.run(["update", "dudley", "1", "--owner", "Head of Safeguarding"])
        try #require(update.status == 0, "\(update.error)")
        let file = workspace.directory + "/returns"
        try "keep me".write(toFile: file, atomically: true, encoding: .utf8)

        let run = workspace.run(["export", "--owner-sheets", file])
        #expect(run.status == 74)
        #expect(
            run.error
                == "error: \(file): cannot create the folder: a file of that name is there, not a folder\n")
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "keep me")
        #expect(!FileManager.default.fileExists(atPath: workspace.plans + "/rounds"))
    }

    @Test("archive given one plan twice archives it once and says so, with exit 0")
    func archiveTwice() throws {
        let workspace = try Workspace()
        try workspace.add(sampleReport(), name: "dudley")
        let run = workspace.run(["archive", "dudley", "dudley"])
        #expect(run.status == 0, "\(run.error)")
        #expect(
            run.output
                == "Archived \(workspace.plans)/dudley.json as \(workspace.plans)/archive/dudley.json\n"
                + "Restore with: actionplan archive --restore dudley\n")
        #expect(FileManager.default.fileExists(atPath: workspace.plans + "/archive/dudley.json"))
        #expect(!FileManager.default.fileExists(atPath: workspace.plans + "/archive/dudley-2.json"))
    }

    @Test("archive of several plans, one of them unreadable, moves none")
    func archiveWithADamagedPlan() throws {
        let workspace = try Workspace()
        try workspace.add(sampleReport(), name: "dudley")
        try "{".write(toFile: workspace.plans + "/broken.json", atomically: true, encoding: .utf8)
        let before = workspace.snapshot()
        let run = workspace.run(["archive", "dudley", "broken"])
        #expect(run.status == 65)
        #expect(run.error.contains("broken.json: not a valid plan file"), "\(run.error)")
        #expect(workspace.snapshot() == before)
        #expect(!FileManager.default.fileExists(atPath: workspace.plans + "/archive/dudley.json"))
    }

    @Test(
        "a returned sheet naming a plan since renamed or archived says which, naming the sheet",
        arguments: [
            (["rename", "dudley", "dudley-cabinet"], "which has been renamed 'dudley-cabinet'"),
            (["archive", "dudley"], "which is archived"),
            (["rename", "other", "unrelated"], "which is not in the plans folder"),
        ])
    func returnedSheetNamingAMovedPlan(move: [String], says: String) throws {
        let workspace = try Workspace()
        try workspace.add(sampleReport(), name: "dudley")
        try workspace.add(sampleReport(), name: "other")
        let sheet = workspace.directory + "/returned.csv"
        try "ID,Note\r\ndudley/1,Audit begun\r\n".write(toFile: sheet, atomically: true, encoding: .utf8)
        if move[0] == "rename" && move[1] == "other" {
            try FileManager.default.removeItem(atPath: workspace.plans + "/dudley.json")
        }
        let moved = workspace.run(move)
        try #require(moved.status == 0, "\(moved.error)")
        let before = workspace.snapshot()

        let run = workspace.run(["import", sheet])
        #expect(run.status == 66)
        #expect(
            run.error.hasPrefix("error: \(sheet): its rows name plan 'dudley', \(says)\n"), "\(run.error)")
        #expect(run.error.contains("\nhint: "))
        #expect(workspace.snapshot() == before)
    }

    @Test(
        "a field added by hand to a returns round file is refused, not dropped by the next return",
        arguments: [
            ("\"schemaVersion\" : 1,", "\"comment\" : \"keep me\", \"schemaVersion\" : 1,", "comment"),
            (
                "\"owner\" : \"Head of Safeguarding\",",
                "\"owner\" : \"Head of Safeguarding\", \"phone\" : \"x\",", "sheets[0].phone"
            ),
        ])
    func unknownFieldInRound(original: String, edited: String, field: String) throws {
        let workspace = try Workspace()
        try workspace.add(sampleReport(), name: "dudley")
        let update = workspace.run(["update", "dudley", "1", "--owner", "Head of Safeguarding"])
        try #require(update.status == 0, "\(update.error)")
        let folder = workspace.directory + "/returns"
        try #require(workspace.run(["export", "--owner-sheets", folder]).status == 0)
        let path = workspace.plans + "/rounds/2012-04-01.json"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try #require(text.contains(original))
        try text.replacingOccurrences(of: original, with: edited).write(
            toFile: path, atomically: true, encoding: .utf8)
        let before = workspace.snapshot()

        // The returned sheet adds a note: the plan must not take it while the return cannot be recorded.
        let sheet = workspace.directory + "/returned.csv"
        try "ID,Note\r\ndudley/1,Audit begun\r\n".write(toFile: sheet, atomically: true, encoding: .utf8)
        let run = workspace.run(["import", sheet], today: "2012-04-20")
        #expect(run.status == 65)
        #expect(!run.output.contains("Recorded"), "\(run.output)")
        #expect(run.error.contains("\(path): not a valid returns round file: line "), "\(run.error)")
        #expect(run.error.contains("unknown field '\(field)'"), "\(run.error)")
        #expect(workspace.snapshot() == before)
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains(edited))
    }

    @Test("a file where the rounds folder belongs is named in plain words by overdue --by-owner")
    func roundsIsAFile() throws {
        let workspace = try Workspace()
        try workspace.add(sampleReport(), name: "dudley")
        try "not a folder".write(toFile: workspace.plans + "/rounds", atomically: true, encoding: .utf8)
        let run = workspace.run(["overdue", "--by-owner"])
        #expect(run.status == 74)
        #expect(
            run.error
                == "error: \(workspace.plans)/rounds: cannot list the returns rounds: it is a file, not a folder; "
                + "move it aside so the rounds can be kept there\n")
    }

    @Test(
        "a command on an archived plan says it is archived and how to restore it",
        arguments: [
            ["update", "dudley", "1", "--note", "x"], ["undo", "dudley"], ["rename", "dudley", "d2"],
        ])
    func commandOnArchivedPlan(arguments: [String]) throws {
        let workspace = try Workspace()
        try workspace.add(sampleReport(), name: "dudley")
        try #require(workspace.run(["update", "dudley", "1", "--note", "begun"]).status == 0)
        try #require(workspace.run(["archive", "dudley"]).status == 0)
        let run = workspace.run(arguments)
        #expect(run.status == 66)
        #expect(run.error.hasPrefix("error: \(workspace.plans)/dudley.json: no such plan\n"), "\(run.error)")
        #expect(
            run.error.hasSuffix(
                "hint: it is archived; 'actionplan archive --restore dudley' brings it back\n"))
    }

    @Test("an unknown field name in the plan's own history lists the plan's fields, not an action's")
    func unknownPlanHistoryField() throws {
        let workspace = try Self.renamed()
        let path = workspace.plans + "/sutton-protection.json"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let edited = text.replacingOccurrences(of: "\"field\" : \"name\"", with: "\"field\" : \"bogus\"")
        try #require(edited != text)
        try edited.write(toFile: path, atomically: true, encoding: .utf8)
        let run = workspace.run(["show", "sutton-protection"])
        #expect(run.status == 65)
        #expect(
            run.error.contains(
                "history[0].changes[0].field: 'bogus' is not a known value; expected one of title,"))
        #expect(run.error.contains(", name, themes\n"), "\(run.error)")
    }

    @Test("rename onto a link to nothing is refused, naming the link, and the link is left alone")
    func renameOntoDanglingLink() throws {
        let workspace = try Workspace()
        try workspace.add(sampleReport(), name: "dudley")
        let link = workspace.plans + "/target.json"
        try FileManager.default.createSymbolicLink(
            atPath: link, withDestinationPath: workspace.directory + "/nothing")
        let run = workspace.run(["rename", "dudley", "target"])
        #expect(run.status == 74)
        #expect(
            run.error
                == "error: \(link): cannot write: a link of that name is there, pointing to nothing; "
                + "remove it or choose another name\n")
        #expect(FileManager.default.fileExists(atPath: workspace.plans + "/dudley.json"))
        #expect(!FileManager.default.fileExists(atPath: workspace.directory + "/nothing"))
        #expect(
            (try? FileManager.default.destinationOfSymbolicLink(atPath: link)) == workspace.directory
                + "/nothing")
    }
}
