import Foundation
import Testing

@testable import ActionPlanCLI

/// The statutory clock as the commands show it: the statement deadline, the holidays file, new timescales.
@Suite("statutory clock in commands")
struct StatementDueCommandTests {
    static let nottinghamshire = EndToEndTests.fixture("nottinghamshire-2011-safeguarding.txt")
    static let sutton = EndToEndTests.fixture("sutton-2013-protection.txt")

    /// The `statementDue` member `parse --format json` gives for `report`.
    static func statementDue(_ workspace: Workspace, _ report: String) throws -> Any? {
        let run = workspace.run(["parse", report, "--format", "json"])
        #expect(run.status == 0, "\(run.error)")
        let object = try #require(try ParseCommandTests.decode(run.output) as? [String: Any])
        return object["statementDue"]
    }

    @Test("parse gives the deadline beside the publication date, and null when none is stated")
    func parse() throws {
        let workspace = try Workspace()
        // Published 17 October 2011; 70 working days skip Christmas, Boxing Day and 2 January 2012.
        #expect(try Self.statementDue(workspace, Self.nottinghamshire) as? String == "2012-01-26")
        #expect(try Self.statementDue(workspace, Self.sutton) is NSNull)
        let text = workspace.run(["parse", Self.nottinghamshire]).output
        #expect(text.contains("Statement due:   2012-01-26 (70 working days after publication)\n"))
        #expect(workspace.run(["parse", Self.sutton]).output.contains("Statement due:   not known"))
    }

    @Test("a day in the plans folder's holidays file moves the deadline")
    func holidaysFile() throws {
        let workspace = try Workspace()
        try FileManager.default.createDirectory(atPath: workspace.plans, withIntermediateDirectories: true)
        try "# a day off the council's area never had\n2011-11-15  Extra bank holiday\n".write(
            toFile: workspace.plans + "/bank-holidays.txt", atomically: true, encoding: .utf8)
        #expect(try Self.statementDue(workspace, Self.nottinghamshire) as? String == "2012-01-27")
    }

    @Test("a wrong line in the holidays file is named with its line number, and nothing is printed")
    func badHolidaysFile() throws {
        let workspace = try Workspace()
        try FileManager.default.createDirectory(atPath: workspace.plans, withIntermediateDirectories: true)
        try "2011-11-15  Extra bank holiday\n15/11/2011 Extra\n".write(
            toFile: workspace.plans + "/bank-holidays.txt", atomically: true, encoding: .utf8)
        let run = workspace.run(["parse", Self.nottinghamshire, "--format", "json"])
        #expect(run.status == 65)
        #expect(run.output.isEmpty)
        #expect(
            run.error.hasPrefix("error: \(workspace.plans)/bank-holidays.txt:2: '15/11/2011' is not a date"))
        #expect(run.error.contains("\nhint: "))
    }

    @Test(
        "items that say 'within 20 working days' are due 20 working days from the start, on the plans folder's calendar"
    )
    func workingDayTimescales() throws {
        let workspace = try Workspace()
        let report = workspace.directory + "/report.txt"
        try """
        Recommendations

        1. Ensure that every child in need has a plan within 20 working days.
        2. Publish the sufficiency strategy by March 2014.
        3. Urgently review the cases of children missing from home.
        """.write(toFile: report, atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(atPath: workspace.plans, withIntermediateDirectories: true)
        try "2014-01-20  A day off of our own\n".write(
            toFile: workspace.plans + "/bank-holidays.txt", atomically: true, encoding: .utf8)
        let run = workspace.run(["generate", report, "--from", "2014-01-06"])
        #expect(run.status == 0, "\(run.error)")
        let plan = try #require(
            try JSONSerialization.jsonObject(
                with: Data(contentsOf: URL(fileURLWithPath: workspace.plans + "/report.json")))
                as? [String: Any])
        let recommendations = try #require(plan["recommendations"] as? [[String: Any]])
        let actions = recommendations.flatMap { ($0["actions"] as? [[String: Any]]) ?? [] }
        // 20 working days from Monday 6 January 2014 is 3 February; the holidays file's day adds one.
        #expect(actions.map { $0["due"] as? String } == ["2014-02-04", "2014-03-31", nil])
        let parsed = workspace.run(["parse", report, "--format", "json"])
        let object = try #require(try ParseCommandTests.decode(parsed.output) as? [String: Any])
        let items = try #require(object["recommendations"] as? [[String: Any]])
        #expect(
            items.map { $0["timescale"] as? String } == [
                "within 20 working days", "by 2014-03-31", "unspecified",
            ])
        #expect(items.map { $0["urgent"] as? Bool } == [false, false, true])
    }

    /// Stockton's 2023 report does not print its publication date; its web page says 9 May 2023.
    /// A 2023 report from the corpus beside the repository (`../shared/corpus`), which does not print
    /// its publication date; the test is skipped where the corpus is not there.
    static let stockton = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent(
            "shared/corpus/text/80563_stockton_on_tees_children_s_services_inspection_09_may_2023.txt"
        ).path

    @Test(
        "a plan generated with --published: undated actions are red in overdue JSON from the day after the deadline",
        .enabled(if: FileManager.default.fileExists(atPath: stockton)))
    func undatedActionsAfterTheDeadline() throws {
        let workspace = try Workspace()
        let missing = workspace.run(["generate", Self.stockton, "--name", "stockton"])
        #expect(missing.status == 0, "\(missing.error)")
        #expect(missing.output.contains("statement of action deadline unknown"))
        #expect(missing.output.contains("--published YYYY-MM-DD"))
        // A publication date has to have come: this plan is generated the day after it.
        let run = workspace.run(
            ["generate", Self.stockton, "--name", "stockton", "--published", "2023-05-09", "--force"],
            today: "2023-05-10")
        #expect(run.status == 0, "\(run.error)")
        #expect(run.output.contains("statement of action due 16 August 2023"))
        #expect(run.output.contains("date to be set by 16 August 2023"))
        for (day, red) in [("2023-08-16", false), ("2023-08-17", true)] {
            let overdue = workspace.run(["overdue", "stockton", "--as-of", day, "--format", "json"])
            #expect(overdue.status == 0, "\(overdue.error)")
            let object = try #require(try ParseCommandTests.decode(overdue.output) as? [String: Any])
            let plan = try #require((object["plans"] as? [[String: Any]])?.first)
            #expect(plan["statementDue"] as? String == "2023-08-16")
            let undated = try #require(plan["undatedPastDeadline"] as? [[String: Any]])
            let waiting = try #require(plan["noDueDate"] as? [[String: Any]])
            #expect(undated.count == (red ? 4 : 0), "as of \(day)")
            #expect(waiting.count == (red ? 0 : 4), "as of \(day)")
            #expect((undated + waiting).allSatisfy { ($0["rag"] as? String) == (red ? "red" : "none") })
        }
        let counts = workspace.run(["check", "stockton"], today: "2023-08-17")
        #expect(counts.output.contains("1 undated after the statement deadline"))
        let check = workspace.run(["check", "stockton", "--verbose"], today: "2023-08-17")
        #expect(
            check.output.contains("past its statement of action deadline (2023-08-16) with 4 open actions"))
        let show = workspace.run(["show", "stockton", "--format", "json"])
        let shown = try #require(try ParseCommandTests.decode(show.output) as? [String: Any])
        #expect(shown["statementDue"] as? String == "2023-08-16")
    }
}
