import ActionPlanKit
import Foundation
import Testing

@testable import ActionPlanCLI

/// `update PLAN REC --themes a,b`: a person's correction of a recommendation's themes, recorded as a
/// plan revision that `show` reflects, `history` lists and `undo` reverts.
@Suite("update --themes")
struct UpdateThemesTests {
    static let day = "2018-03-01"

    static func workspace() throws -> Workspace {
        try ThemesAndRepeatsCommandTests.workspace([ThemesAndRepeatsCommandTests.norfolk2018])
    }

    static func run(_ workspace: Workspace, _ arguments: [String]) -> ToolRun {
        workspace.run(arguments, today: day, user: "jporter")
    }

    /// Recommendation `number`'s row of `show`'s themes table, without its number.
    static func shownThemes(_ workspace: Workspace, _ number: Int) throws -> String {
        let output = run(workspace, ["show", "norfolk-2018"]).output
        let row = try #require(
            output.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.last {
                $0.hasPrefix("\(number)  ")
            })
        return String(row.dropFirst("\(number)  ".count))
    }

    @Test("the themes are set main first, shown at once, and the plan file records one plan revision")
    func setsAndRecords() throws {
        let workspace = try Self.workspace()
        let before = try Self.shownThemes(workspace, 2)
        let run = Self.run(
            workspace,
            [
                "update", "norfolk-2018", "2", "--themes", "workforce,Placements-and-permanence", "--reason",
                "carers",
            ])
        #expect(run.status == 0, "\(run.error)")
        #expect(
            run.output.hasPrefix(
                "Recommendation 2 themes: placements-and-permanence → workforce, placements-and-permanence\n"
                    + "  now: Workforce; Placements and permanence\n"))
        #expect(before == "Placements and permanence")
        #expect(try Self.shownThemes(workspace, 2) == "Workforce; Placements and permanence")
        let file = try #require(FileManager.default.contents(atPath: workspace.plans + "/norfolk-2018.json"))
        let plan = try #require(try JSONSerialization.jsonObject(with: file) as? [String: Any])
        let history = try #require(plan["history"] as? [[String: Any]])
        #expect(history.count == 1)
        #expect(history[0]["by"] as? String == "jporter")
        #expect(history[0]["reason"] as? String == "carers")
        let change = try #require((history[0]["changes"] as? [[String: Any]])?.first)
        #expect(change["field"] as? String == "themes")
        #expect(change["recommendation"] as? Int == 2)
        #expect(change["to"] as? String == "workforce,placements-and-permanence")
        let again = Self.run(
            workspace, ["update", "norfolk-2018", "2", "--themes", "workforce,placements-and-permanence"])
        #expect(again.output.contains("no change"))
    }

    @Test("history lists the change and undo reverts it, leaving the themes as they were")
    func undoReverts() throws {
        let workspace = try Self.workspace()
        _ = Self.run(workspace, ["update", "norfolk-2018", "3", "--themes", "care-leavers,health"])
        #expect(Self.run(workspace, ["history", "norfolk-2018"]).output.contains("recommendation 3 themes:"))
        #expect(try Self.shownThemes(workspace, 3) == "Care leavers; Health")
        let undo = Self.run(workspace, ["undo", "norfolk-2018"])
        #expect(undo.status == 0, "\(undo.error)")
        #expect(try Self.shownThemes(workspace, 3) == "Care leavers")
        let report = Self.run(workspace, ["report", "norfolk-2018", "--as-of", Self.day, "--format", "json"])
        let document = try #require(
            try JSONSerialization.jsonObject(with: Data(report.output.utf8)) as? [String: Any])
        let groups = try #require((document["plan"] as? [String: Any])?["groups"] as? [[String: Any]])
        #expect(groups[2]["themes"] as? [String] == ["care-leavers"])
    }

    @Test(
        "bad themes, numbers and mixtures are refused and change nothing",
        arguments: [
            (["2", "--themes", "workforse"], 64, "did you mean 'workforce'?"),
            (
                ["2", "--themes", "health,workforce,education,early-help"], 64,
                "a recommendation has one to three"
            ),
            (["2", "--themes", "health,health"], 64, "given twice"),
            (["2", "--themes", ","], 64, "no theme given"),
            (["2.2", "--themes", "health"], 64, "not a recommendation number"),
            (["9", "--themes", "health"], 66, "has no recommendation 9"),
            (["2", "--themes", "health", "--status", "completed"], 64, "--status an action"),
        ])
    func refusals(_ arguments: [String], _ status: Int32, _ words: String) throws {
        let workspace = try Self.workspace()
        let before = workspace.snapshot()
        let run = Self.run(workspace, ["update", "norfolk-2018"] + arguments)
        #expect(run.status == status)
        #expect(run.error.contains(words), "\(run.error)")
        #expect(workspace.snapshot() == before)
    }
}
