import Foundation
import Testing

/// The issue's own check, on the Dudley cabinet paper with owners, notes and a cost: what a cabinet
/// member reads in the HTML paper, and the headers of the CSV an officer opens in Excel.
@Suite struct CommitteePaperTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent(
            "ActionPlanKitTests/Fixtures/dudley-2012-cabinet.txt"
        ).path

    @Test("The Dudley paper: dates as written, the latest note beside its action, the council in the header")
    func dudley() throws {
        let workspace = try Workspace()
        func run(_ arguments: [String]) throws -> ToolRun {
            let result = workspace.run(arguments)
            #expect(result.status == 0, "\(arguments): \(result.error)")
            return result
        }
        _ = try run(["generate", Self.fixture, "--name", "dudley"])
        _ = try run(["update", "dudley", "1-3", "--owner", "Head of Safeguarding", "--on", "2012-01-10"])
        _ = try run([
            "update", "dudley", "2", "--status", "In Progress", "--note", "Perinatal pathway drafted",
            "--on", "2012-02-20",
        ])
        _ = try run(["update", "dudley", "7", "--cost", "£180,000", "--on", "2012-02-21"])
        _ = try run(["update", "dudley", "3", "--note", "Wrong action", "--on", "2012-02-22"])
        _ = try run(["undo", "dudley"])
        let html = try run([
            "report", "dudley", "--as-of", "2012-04-01", "--format", "html", "--meeting", "Cabinet",
            "--meeting-date", "2012-04-18", "--author", "Director of Children's Services",
        ]).output
        #expect(html.contains("<p class=\"council\">Dudley</p>"))
        #expect(html.contains("<th scope=\"row\">Report to</th><td>Cabinet</td>"))
        #expect(html.contains("<th scope=\"row\">Date of meeting</th><td>18 April 2012</td>"))
        #expect(html.contains("9 March 2012"))
        #expect(html.firstMatch(of: /\d{4}-\d{2}-\d{2}/) == nil, "no ISO date in the paper")
        // The note sits in the same row as its action, with its date; the undone note shows nowhere.
        let row = try #require(
            html.split(separator: "\n").first { $0.contains("<tr><td class=\"num\">2</td><td>") })
        #expect(row.contains("<span class=\"date\">20 February 2012</span>: Perinatal pathway drafted"))
        // The change log lists the undone note and the undo; the Progress column shows neither.
        let row3 = try #require(
            html.split(separator: "\n").first { $0.contains("<tr><td class=\"num\">3</td><td>") })
        #expect(row3.contains("<td class=\"progress\"><span class=\"none\">none yet</span></td>"))
        #expect(html.contains("£180,000"))

        let csv = try run(["overdue", "dudley", "--as-of", "2012-04-01", "--format", "csv"]).output
        #expect(
            csv.hasPrefix(
                "\u{FEFF}List,Plan,ID,Action,Owner,Due,Original due,Days overdue,Status,RAG,RAG reason,"
                    + "Latest note,Latest note on,Council\r\n"))
        #expect(csv.contains(",2012-03-09,2012-03-09,23,in progress,Red,"))
    }
}
