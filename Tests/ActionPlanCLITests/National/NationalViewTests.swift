import ActionPlanKit
import Foundation
import Testing

@testable import ActionPlanCLI

/// `overdue` and `report` across the plans of several councils: grouped by council, limited with
/// `--authority` and `--region`, in text, JSON and CSV.
@Suite("national view")
struct NationalViewTests {
    /// A plan of `council` whose first action fell due on `due`; the others have no due date.
    static func plan(
        _ name: String, council: String?, code: String?, published: String, due: String, actions: Int = 2
    ) -> ActionPlan {
        var plan = ThemesAndRepeatsCommandTests.plan(
            name, council: council ?? "", code: code ?? "", published: published,
            (1...actions).map { "Improve the quality of assessments, number \($0)." })
        plan.source.authority = council
        plan.source.authorityCode = code
        plan.actions[0].due = CalendarDay(iso: due)
        plan.actions[0].originalDue = CalendarDay(iso: due)
        return plan
    }

    /// Norfolk twice and Suffolk (East of England), Sutton (London, no code stored: found by its printed
    /// name), and a council the table does not know.
    static func workspace() throws -> Workspace {
        try ThemesAndRepeatsCommandTests.workspace([
            plan(
                "norfolk-2014", council: "Norfolk", code: "E10000020", published: "2014-03-01",
                due: "2014-06-01"),
            plan(
                "norfolk-2018", council: "Norfolk", code: "E10000020", published: "2018-01-19",
                due: "2018-02-01"),
            plan(
                "suffolk-2016", council: "Suffolk County Council", code: "E10000029", published: "2016-05-01",
                due: "2019-01-01", actions: 3),
            plan(
                "sutton-2013", council: "London Borough of Sutton", code: nil, published: "2013-05-22",
                due: "2013-08-01"),
            plan(
                "borsetshire-2015", council: "Borsetshire", code: nil, published: "2015-01-01",
                due: "2015-02-01"),
        ])
    }

    static let day = "2018-03-01"

    static func run(_ workspace: Workspace, _ arguments: [String]) -> ToolRun {
        workspace.run(arguments + ["--as-of", day], today: day)
    }

    static func json(_ run: ToolRun) throws -> [String: Any] {
        #expect(run.status == 0, "\(run.error)")
        return try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
    }

    @Test("overdue lists the plans under their councils, a council's plans together")
    func overdueText() throws {
        let run = Self.run(try Self.workspace(), ["overdue"])
        #expect(run.status == 0, "\(run.error)")
        let lines = run.output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(
            Array(lines[1...6]) == [
                "Borsetshire (borsetshire-2015): 2 actions, 1 overdue",
                "Norfolk: 2 plans, 4 actions, 2 overdue",
                "  norfolk-2014: 2 actions, 1 overdue",
                "  norfolk-2018: 2 actions, 1 overdue",
                "Suffolk (suffolk-2016): 3 actions, 0 overdue",
                "Sutton (sutton-2013): 2 actions, 1 overdue",
            ])
        let tables = lines.filter {
            $0.hasPrefix("  ") && $0.hasSuffix(")") && $0.contains(": ") && !$0.contains("actions")
        }
        // Most overdue first, but a council's plans one after the other.
        #expect(
            tables == [
                "  Sutton: sutton-2013 (1)", "  Norfolk: norfolk-2014 (1)", "  Norfolk: norfolk-2018 (1)",
                "  Borsetshire: borsetshire-2015 (1)",
            ])
    }

    @Test("overdue --region keeps the region's councils; JSON names each plan's council and groups them")
    func overdueRegionJSON() throws {
        let document = try Self.json(
            Self.run(try Self.workspace(), ["overdue", "--region", "east of england", "--format", "json"]))
        let councils = try #require(document["councils"] as? [[String: Any]])
        #expect(councils.compactMap { $0["council"] as? String } == ["Norfolk", "Suffolk"])
        #expect(councils[0]["plans"] as? [String] == ["norfolk-2014", "norfolk-2018"])
        #expect(councils[0]["authorityCode"] as? String == "E10000020")
        #expect(councils[0]["overdue"] as? Int == 2)
        #expect(councils[1]["region"] as? String == "East of England")
        let plans = try #require(document["plans"] as? [[String: Any]])
        #expect(plans.compactMap { $0["council"] as? String }.sorted() == ["Norfolk", "Norfolk", "Suffolk"])
        #expect(
            plans.first { $0["name"] as? String == "suffolk-2016" }?["authority"] as? String
                == "Suffolk County Council")
    }

    @Test("overdue --authority takes any name a report prints, and CSV has a Council column")
    func overdueAuthorityCSV() throws {
        let workspace = try Self.workspace()
        let run = Self.run(
            workspace, ["overdue", "--authority", "Norfolk County Council", "--format", "csv"])
        #expect(run.status == 0, "\(run.error)")
        let records = try CSV.records(in: run.output).map(\.fields)
        #expect(records[0].first == "List" && records[0].last == "Council")
        let overdue = records.dropFirst().filter { $0[0] == "Overdue" }
        #expect(overdue.map { $0.last } == ["Norfolk", "Norfolk"])
        #expect(Set(overdue.map { $0[1] }) == ["norfolk-2014", "norfolk-2018"])
        let sutton = Self.run(workspace, ["overdue", "--authority", "sutton", "--format", "csv"])
        #expect(
            try CSV.records(in: sutton.output).map(\.fields).dropFirst().allSatisfy {
                $0.last == "Sutton" && $0[1] == "sutton-2013"
            })
    }

    @Test(
        "an unknown council or region is a usage error with the nearest name; a region with no plan says so",
        arguments: [
            (["overdue", "--authority", "Norfolck"], 64, "did you mean 'Norfolk'?"),
            (["report", "--region", "Londn"], 64, "did you mean 'London'?"),
            (["overdue", "--region", "North East"], 66, "no plan of councils in North East"),
            (["report", "--authority", "Dudley"], 66, "no plan of Dudley"),
        ])
    func refusals(_ arguments: [String], _ status: Int32, _ words: String) throws {
        let run = Self.run(try Self.workspace(), arguments)
        #expect(run.status == status)
        #expect(run.error.contains(words), "\(run.error)")
        #expect(run.output.isEmpty)
    }

    @Test("report across plans: a row per plan under its council, with its share complete and overdue")
    func reportText() throws {
        let run = Self.run(try Self.workspace(), ["report", "--region", "East of England"])
        #expect(run.status == 0, "\(run.error)")
        let lines = run.output.split(separator: "\n").map(String.init)
        #expect(lines[0] == "Inspection action plans: progress as at 1 March 2018")
        #expect(lines[1] == "Councils in East of England.")
        #expect(lines[2] == "2 councils, 3 plans, 7 actions, 2 overdue")
        #expect(lines.contains { $0.hasPrefix("  Norfolk") && $0.contains("norfolk-2014") })
        // The council is named on its first plan's row only.
        #expect(lines.contains { !$0.contains("Norfolk") && $0.contains("norfolk-2018") })
        #expect(lines.contains { $0.hasPrefix("  Suffolk") && $0.contains("suffolk-2016") })
        #expect(!run.output.contains("sutton") && !run.output.contains("borsetshire"))
    }

    @Test("report across plans as JSON and CSV, which a program reads back")
    func reportJSONAndCSV() throws {
        let workspace = try Self.workspace()
        let document = try Self.json(
            Self.run(
                workspace, ["report", "norfolk-2014", "norfolk-2018", "sutton-2013", "--format", "json"]))
        let councils = try #require(document["councils"] as? [[String: Any]])
        #expect(councils.compactMap { $0["council"] as? String } == ["Norfolk", "Sutton"])
        let plans = try #require(councils[0]["plans"] as? [[String: Any]])
        #expect(plans.compactMap { $0["name"] as? String } == ["norfolk-2014", "norfolk-2018"])
        #expect(plans[0]["overdue"] as? Int == 1)
        #expect((document["summary"] as? [String: Any])?["plans"] as? Int == 3)
        let csv = try CSV.records(in: Self.run(workspace, ["report", "--format", "csv"]).output).map(\.fields)
        #expect(csv[0].prefix(4) == ["Council", "Authority code", "Region", "Plan"])
        #expect(csv.dropFirst().map { $0[0] } == ["Borsetshire", "Norfolk", "Norfolk", "Suffolk", "Sutton"])
        #expect(csv.dropFirst().first { $0[3] == "sutton-2013" }?[1] == "E09000029")
    }

    @Test("a paper is one plan's: across plans, html, docx and --since are refused")
    func paperRefused() throws {
        let workspace = try Self.workspace()
        for arguments in [
            ["report", "--format", "html"], ["report", "--region", "London", "--output", "x.docx"],
            ["report", "--since", "2018-01-01"],
        ] {
            let run = Self.run(workspace, arguments)
            #expect(run.status == 64, "\(arguments)")
            #expect(run.error.contains("one plan"), "\(run.error)")
        }
    }

    @Test("report across plans names a plan that had not started on the day instead of counting it")
    func leftOut() throws {
        let workspace = try Self.workspace()
        let text = workspace.run(
            ["report", "--region", "East of England", "--as-of", "2017-01-01"], today: Self.day)
        #expect(text.status == 0, "\(text.error)")
        #expect(text.output.contains("2 councils, 2 plans, 5 actions"))
        #expect(
            text.output.contains(
                "Left out: norfolk-2018, which starts on 19 January 2018, after this report's day."))
        let json = workspace.run(
            ["report", "--region", "East of England", "--as-of", "2017-01-01", "--format", "json"],
            today: Self.day)
        let document = try Self.json(json)
        #expect((document["leftOut"] as? [[String: Any]])?.first?["plan"] as? String == "norfolk-2018")
    }
}
