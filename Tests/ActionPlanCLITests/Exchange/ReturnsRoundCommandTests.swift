import ActionPlanKit
import Foundation
import Testing

@testable import ActionPlanCLI

@Suite("returns round: export --owner-sheets records it, overdue --by-owner shows who answered")
struct ReturnsRoundCommandTests {
    /// A plan whose actions 1 and 2 belong to the Head of Safeguarding and 3 to the Head of Quality,
    /// and a round of owners' sheets sent on 1 April 2012.
    private func sentRound() throws -> (Workspace, folder: String) {
        let workspace = try Workspace()
        try workspace.add(sampleReport(), name: "dudley")
        for (actions, owner) in [("1,2", "Head of Safeguarding"), ("3", "Head of Quality")] {
            let run = workspace.run(["update", "dudley", actions, "--owner", owner, "--on", "2012-03-01"])
            try #require(run.status == 0, "\(run.error)")
        }
        let folder = workspace.directory + "/returns"
        let export = workspace.run(["export", "--owner-sheets", folder])
        try #require(export.status == 0, "\(export.error)")
        #expect(
            export.output
                == "Recorded the round sent on 1 April 2012 to 2 owners in \(workspace.plans)/rounds/2012-04-01.json; "
                + "'actionplan overdue --by-owner' shows who has sent nothing since\n")
        return (workspace, folder)
    }

    /// The text of `overdue --by-owner` as at `day`.
    private func byOwner(_ workspace: Workspace, asOf day: String) throws -> String {
        let run = workspace.run(["overdue", "--by-owner", "--as-of", day], today: "2012-08-01")
        try #require(run.status == 0, "\(run.error)")
        return run.output
    }

    @Test("the round is kept in the plans folder as rounds/DAY.json naming each owner's actions")
    func recorded() throws {
        let (workspace, _) = try sentRound()
        let round = try #require(
            try PlanStore(directory: workspace.plans).round(sentOn: CalendarDay(iso: "2012-04-01")!))
        #expect(round.sheets.map(\.owner) == ["Head of Quality", "Head of Safeguarding"])
        #expect(round.sheets.map(\.actions) == [["dudley/3"], ["dudley/1", "dudley/2"]])
        #expect(round.sheets.map(\.file) == ["Head-of-Quality.xlsx", "Head-of-Safeguarding.xlsx"])
        #expect(round.returns.isEmpty)
        // The plans folder still lists only plans.
        let list = workspace.run(["list", "--format", "csv"])
        #expect(list.status == 0 && list.error.isEmpty, "\(list.error)")
    }

    @Test("an owner with nothing recorded since the round is named as having sent nothing")
    func silentOwners() throws {
        let (workspace, _) = try sentRound()
        let note = workspace.run(["update", "dudley", "2", "--note", "Audit begun"], today: "2012-04-10")
        try #require(note.status == 0, "\(note.error)")
        let text = try byOwner(workspace, asOf: "2012-07-01")
        #expect(text.contains("  Head of Quality (1): sent nothing since the round of 1 April 2012\n"))
        #expect(text.contains("  Head of Safeguarding (2): last return 10 April 2012\n"))
        #expect(
            text.contains(
                "Returns to the round of 1 April 2012: sent to 2 owners; 1 has sent nothing since\n"))
        let table = try #require(text.components(separatedBy: "Returns to the round").last)
        let quality = try #require(table.range(of: "  Head of Quality                  1  sent nothing\n"))
        let safeguarding = try #require(
            table.range(of: "  Head of Safeguarding             2  returned 10 April 2012\n"))
        #expect(quality.lowerBound < safeguarding.lowerBound, "who to chase comes first")
    }

    @Test("an update dated before the round does not count as a return to it")
    func beforeTheRound() throws {
        let (workspace, _) = try sentRound()
        let note = workspace.run(["update", "dudley", "3", "--note", "Old news", "--on", "2012-03-20"])
        try #require(note.status == 0, "\(note.error)")
        let text = try byOwner(workspace, asOf: "2012-07-01")
        #expect(text.contains("sent to 2 owners; 2 have sent nothing since\n"))
    }

    @Test("importing a returned sheet counts as the owner's return even when nothing in it changed")
    func importedReturn() throws {
        let (workspace, folder) = try sentRound()
        let file = folder + "/Head-of-Quality.xlsx"
        let dryRun = workspace.run(["import", file, "--dry-run"], today: "2012-04-20")
        #expect(dryRun.status == 0, "\(dryRun.error)")
        #expect(!dryRun.output.contains("Recorded the return"))
        #expect(
            try byOwner(workspace, asOf: "2012-07-01").contains(
                "sent to 2 owners; 2 have sent nothing since\n"))

        let applied = workspace.run(["import", file], today: "2012-04-20")
        #expect(applied.status == 0, "\(applied.error)")
        #expect(
            applied.output == """
                No changes to dudley
                Recorded the return of Head of Quality for the round sent on 1 April 2012

                """)
        let text = try byOwner(workspace, asOf: "2012-07-01")
        #expect(text.contains("  Head of Quality (1): last return 20 April 2012\n"))
        #expect(text.contains("sent to 2 owners; 1 has sent nothing since\n"))
        // A report as at a day before the return does not see it.
        #expect(try byOwner(workspace, asOf: "2012-04-15").contains("2 have sent nothing since\n"))
    }

    @Test("JSON names the round, each owner's last return and who has sent nothing")
    func json() throws {
        let (workspace, _) = try sentRound()
        let note = workspace.run([
            "update", "dudley", "1", "--note", "Audit begun", "--by", "Head of Safeguarding",
        ])
        try #require(note.status == 0, "\(note.error)")
        let run = workspace.run(["overdue", "--by-owner", "--as-of", "2012-07-01", "--format", "json"])
        try #require(run.status == 0, "\(run.error)")
        let document = try #require(
            try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        let returns = try #require(document["returns"] as? [String: Any])
        #expect(returns["round"] as? String == "2012-04-01")
        #expect(returns["sentNothing"] as? [String] == ["Head of Quality"])
        let owners = try #require(returns["owners"] as? [[String: Any]])
        #expect(owners.map { $0["owner"] as? String } == ["Head of Quality", "Head of Safeguarding"])
        #expect(owners.map { $0["lastReturn"] as? String } == [nil, "2012-04-01"])
        #expect(owners.map { $0["actionsSent"] as? Int } == [1, 2])
    }

    @Test(
        "Markdown and HTML papers say it beside each owner and in a Returns table, who sent nothing first",
        arguments: [
            (
                "markdown", "### Head of Quality: 1 action (sent nothing since the round of 1 April 2012)",
                "| Head of Quality | 1 | sent nothing |\n| Head of Safeguarding | 2 | returned 10 April 2012 |"
            ),
            (
                "html", "<h3>Head of Quality: 1 action (sent nothing since the round of 1 April 2012)</h3>",
                "<tr><td>Head of Quality</td><td class=\"num\">1</td><td>sent nothing</td></tr>\n"
                    + "    <tr><td>Head of Safeguarding</td><td class=\"num\">2</td><td>returned 10 April 2012</td></tr>"
            ),
        ])
    func papers(format: String, heading: String, table: String) throws {
        let (workspace, _) = try sentRound()
        let note = workspace.run(["update", "dudley", "2", "--note", "Audit begun"], today: "2012-04-10")
        try #require(note.status == 0, "\(note.error)")
        let run = workspace.run(["overdue", "--by-owner", "--as-of", "2012-07-01", "--format", format])
        try #require(run.status == 0, "\(run.error)")
        #expect(run.output.contains(heading))
        #expect(
            run.output.contains(
                "Returns to the round of 1 April 2012: sent to 2 owners; 1 has sent nothing since"))
        #expect(run.output.contains(table))
    }

    @Test("the Word paper heads each owner's rows with whether they have answered")
    func word() throws {
        let (workspace, _) = try sentRound()
        let path = workspace.directory + "/overdue.docx"
        let run = workspace.run(["overdue", "--by-owner", "--as-of", "2012-07-01", "--output", path])
        try #require(run.status == 0, "\(run.error)")
        let document = try #require(
            try ZipReader(Data(contentsOf: URL(fileURLWithPath: path))).contents(of: "word/document.xml"))
        let text = String(decoding: document, as: UTF8.self)
        #expect(text.contains("Head of Quality (1): sent nothing since the round of 1 April 2012"))
    }

    @Test("with no round sent by the report's day, --by-owner says so and how to send one")
    func noRound() throws {
        let (workspace, _) = try sentRound()
        let text = try byOwner(workspace, asOf: "2012-03-31")
        #expect(
            text.contains(
                "Returns: no round of owners' sheets was sent on or before 31 March 2012 ('actionplan export\n--owner-sheets DIR' sends one)\n"
            ))
        let plain = workspace.run(["overdue", "--as-of", "2012-07-01"])
        #expect(!plain.output.contains("Returns"), "only --by-owner speaks of returns")
    }

    @Test("a damaged round file is refused as bad data, naming it")
    func damaged() throws {
        let (workspace, _) = try sentRound()
        let path = workspace.plans + "/rounds/2012-04-01.json"
        try Data("{\"sent\": \"2012-04-01\"}".utf8).write(to: URL(fileURLWithPath: path))
        let run = workspace.run(["overdue", "--by-owner", "--as-of", "2012-07-01"])
        #expect(run.status == 65)
        #expect(run.error.hasPrefix("error: \(path): not a valid returns round file: "))
    }
}
