import ActionPlanKit
import Foundation
import Testing

@testable import ActionPlanCLI

/// Each recommendation's themes as `show` and `report` print them: by title in text, by slug in JSON,
/// main theme first, a person's correction before what the rules read.
@Suite("themes in show and report")
struct ThemesShownTests {
    /// Norfolk 2018: recommendation 1 corrected by hand to workforce then oversight; 2 and 3 with none
    /// recorded, so the classifier's themes are shown.
    static func workspace() throws -> Workspace {
        var plan = ThemesAndRepeatsCommandTests.norfolk2018
        plan.recommendations[0].themes = ["workforce", "management-oversight"]
        plan.recommendations[1].themes = []
        plan.recommendations[2].themes = []
        return try ThemesAndRepeatsCommandTests.workspace([plan])
    }

    static func json(_ run: ToolRun) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
    }

    @Test("show lists each recommendation's themes by title, the recorded ones as recorded, main first")
    func showText() throws {
        let run = try Self.workspace().run(["show", "norfolk-2018"], today: "2018-03-01")
        #expect(run.status == 0, "\(run.error)")
        let lines = run.output.split(separator: "\n").map(String.init)
        let start = try #require(lines.firstIndex(of: "Themes of each recommendation, main first:"))
        let rows = lines[(start + 3)...].map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(rows.first == "1  Workforce; Management oversight and supervision")
        #expect(rows.contains("2  Placements and permanence"))
        #expect(rows.contains("3  Care leavers"))
    }

    @Test("show --format json gives each recommendation's theme slugs, main first")
    func showJSON() throws {
        let workspace = try Self.workspace()
        let document = try Self.json(
            workspace.run(["show", "norfolk-2018", "--format", "json"], today: "2018-03-01"))
        let recommendations = try #require(document["recommendations"] as? [[String: Any]])
        #expect(
            recommendations.map { $0["themes"] as? [String] ?? [] }.first == [
                "workforce", "management-oversight",
            ])
        #expect(recommendations[1]["themes"] as? [String] == ["placements-and-permanence"])
        let action = try Self.json(
            workspace.run(["show", "norfolk-2018", "1", "--format", "json"], today: "2018-03-01"))
        #expect(
            (action["action"] as? [String: Any])?["themes"] as? [String] == [
                "workforce", "management-oversight",
            ])
        let text = workspace.run(["show", "norfolk-2018", "3"], today: "2018-03-01")
        #expect(text.output.contains("Themes:         Care leavers\n"))
    }

    @Test("report prints one short Themes line under each recommendation, in text, Markdown and HTML")
    func reportFormats() throws {
        let workspace = try Self.workspace()
        let text = workspace.run(["report", "norfolk-2018", "--as-of", "2018-03-01"], today: "2018-03-01")
        #expect(text.status == 0, "\(text.error)")
        let lines = text.output.split(separator: "\n").map(String.init)
        #expect(lines.filter { $0.hasPrefix("  Themes: ") }.count == 3)
        #expect(lines.contains("  Themes: Workforce; Management oversight and supervision"))
        let markdown = workspace.run(
            ["report", "norfolk-2018", "--as-of", "2018-03-01", "--format", "markdown"], today: "2018-03-01")
        #expect(markdown.output.contains("\n*Themes: Placements and permanence*\n"))
        let html = workspace.run(
            ["report", "norfolk-2018", "--as-of", "2018-03-01", "--format", "html"], today: "2018-03-01")
        #expect(html.output.contains("<p class=\"meta\">Themes: Care leavers</p>"))
    }

    @Test("report --format json gives each recommendation's theme slugs")
    func reportJSON() throws {
        let document = try Self.json(
            try Self.workspace().run(
                ["report", "norfolk-2018", "--as-of", "2018-03-01", "--format", "json"], today: "2018-03-01"))
        let groups = try #require((document["plan"] as? [String: Any])?["groups"] as? [[String: Any]])
        #expect(
            groups.map { $0["themes"] as? [String] ?? [] } == [
                ["workforce", "management-oversight"], ["placements-and-permanence"], ["care-leavers"],
            ])
    }
}
