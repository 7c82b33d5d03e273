import ActionPlanKit
import Foundation
import Testing

@testable import ActionPlanCLI

/// `report` names, under each recommendation, the earlier recommendations of the same council it repeats
/// and what became of them, and lists them in a section of their own.
@Suite("repeats in report")
struct RepeatsInReportTests {
    static let plans = [
        ThemesAndRepeatsCommandTests.norfolk2014, ThemesAndRepeatsCommandTests.norfolk2018,
        ThemesAndRepeatsCommandTests.suffolk2016,
    ]

    static func report(_ plan: String, _ more: [String] = [], plans: [ActionPlan] = plans) throws -> ToolRun {
        let workspace = try ThemesAndRepeatsCommandTests.workspace(plans)
        let run = workspace.run(["report", plan, "--as-of", "2018-03-01"] + more, today: "2018-03-01")
        #expect(run.status == 0, "\(run.error)")
        return run
    }

    @Test("text: a Repeats line under the recommendation with the earlier one's fate, and a section")
    func text() throws {
        let lines = try Self.report("norfolk-2018").output.split(separator: "\n").map(String.init)
        let line = "  Repeats recommendation 1 of norfolk-2014 (2014): signed off 10 January 2015."
        let under = try #require(lines.firstIndex(of: line), "\(lines.joined(separator: "\n"))")
        let heading = try #require(lines.lastIndex { $0.hasPrefix("Recommendation ") && $0.contains("; ") })
        #expect(lines.firstIndex { $0.hasPrefix("Recommendation 1:") }! < under && under < heading)
        #expect(lines.filter { $0.hasPrefix("  Repeats ") }.count == 1)
        let section = try #require(lines.firstIndex(of: "Repeated recommendations: 1 of 3"))
        #expect(
            lines[section...].contains(
                "  Recommendation 1 repeats recommendation 1 of norfolk-2014 (2014): signed off 10 January 2015."
            ))
        #expect(lines[section + 1].contains("earlier plans (norfolk-2014)"))
    }

    @Test("Markdown and HTML carry the same lines; JSON each group's earlier recommendations")
    func otherFormats() throws {
        let markdown = try Self.report("norfolk-2018", ["--format", "markdown"]).output
        #expect(
            markdown.contains(
                "\n*Repeats recommendation 1 of norfolk-2014 (2014): signed off 10 January 2015.*\n"))
        #expect(markdown.contains("\n## Repeated recommendations: 1 of 3\n"))
        #expect(markdown.contains("\n- Recommendation 1 repeats recommendation 1 of norfolk-2014 (2014): "))
        let html = try Self.report("norfolk-2018", ["--format", "html"]).output
        #expect(html.contains("<h2>Repeated recommendations: 1 of 3</h2>"))
        #expect(html.contains("<li>Recommendation 1 repeats recommendation 1 of norfolk-2014 (2014): "))
        let json = try Self.report("norfolk-2018", ["--format", "json"]).output
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(document["earlierPlans"] as? [String] == ["norfolk-2014"])
        let groups = try #require((document["plan"] as? [String: Any])?["groups"] as? [[String: Any]])
        let earlier = try #require((groups[0]["repeats"] as? [[String: Any]])?.first)
        #expect(earlier["plan"] as? String == "norfolk-2014")
        #expect(earlier["recommendation"] as? Int == 1)
        #expect(earlier["status"] as? String == "signed off 10 January 2015")
        #expect((groups[1]["repeats"] as? [Any])?.isEmpty == true)
    }

    @Test("a plan with no earlier plan of its council says nothing about repeats")
    func noEarlierPlan() throws {
        let output = try Self.report("norfolk-2014").output
        #expect(!output.contains("Repeat"))
        let suffolk = try Self.report("suffolk-2016", ["--format", "markdown"]).output
        #expect(!suffolk.contains("Repeat"))
    }

    @Test("an earlier plan searched with no repeat gives the section with None")
    func noneRepeated() throws {
        let earlier = ThemesAndRepeatsCommandTests.plan(
            "norfolk-2011", council: "Norfolk", code: "E10000020", published: "2011-05-01",
            ["Publish a pledge to children in care."])
        let lines = try Self.report(
            "norfolk-2014", plans: [earlier, ThemesAndRepeatsCommandTests.norfolk2014]
        )
        .output.split(separator: "\n").map(String.init)
        let section = try #require(lines.firstIndex(of: "Repeated recommendations: 0 of 2"))
        #expect(lines[section...].contains("  None."))
    }
}
