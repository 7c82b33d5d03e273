import ActionPlanKit
import Foundation
import Testing

@testable import ActionPlanCLI

/// `themes` and `repeats` over small plans written straight into a workspace.
@Suite("themes and repeats commands")
struct ThemesAndRepeatsCommandTests {
    /// A plan of `council` (ONS code) published on `published`, one action per recommendation text.
    static func plan(
        _ name: String, council: String, code: String, published: String, _ texts: [String],
        history: [Int: [HistoryEntry]] = [:]
    ) -> ActionPlan {
        let recommendations = texts.enumerated().map { index, text in
            Recommendation(
                number: index + 1, timescale: .unspecified, text: text,
                themes: ThemeClassifier.standard.classify(text).themes.map(\.slug))
        }
        let actions = texts.indices.map { index -> Action in
            let entries = history[index + 1] ?? []
            var action = Action(id: ActionID(index + 1)!, action: texts[index], history: entries)
            for entry in entries {
                for change in entry.changes where change.field == .status {
                    action.status = ActionStatus(rawValue: change.to ?? "") ?? action.status
                }
            }
            return action
        }
        return ActionPlan(
            name: PlanName(name)!,
            source: SourceReport(
                fileName: "\(name).txt", sha256: String(repeating: "0", count: 64), authority: council,
                authorityCode: code, published: CalendarDay(iso: published)),
            startDate: CalendarDay(iso: published)!, recommendations: recommendations, actions: actions,
            revision: actions.flatMap(\.history).map(\.revision).max() ?? 0)
    }

    static func signedOff(on day: String) -> [HistoryEntry] {
        [
            HistoryEntry(
                revision: 1, on: CalendarDay(iso: day)!, recorded: "\(day)T09:00:00Z", by: "tester",
                changes: [FieldChange(field: .status, from: "not-started", to: "completed")]),
            HistoryEntry(
                revision: 2, on: CalendarDay(iso: day)!, recorded: "\(day)T10:00:00Z", by: "tester",
                changes: [FieldChange(field: .status, from: "completed", to: "signed-off")]),
        ]
    }

    static func workspace(_ plans: [ActionPlan]) throws -> Workspace {
        let workspace = try Workspace()
        let store = PlanStore(directory: workspace.plans)
        try FileManager.default.createDirectory(atPath: workspace.plans, withIntermediateDirectories: true)
        for plan in plans { try store.create(plan) }
        return workspace
    }

    static let norfolk2014 = plan(
        "norfolk-2014", council: "Norfolk", code: "E10000020", published: "2014-03-01",
        [
            "Improve the consistency of management oversight and supervision of social workers.",
            "Recruit more foster carers.",
        ], history: [1: signedOff(on: "2015-01-10")])
    static let norfolk2018 = plan(
        "norfolk-2018", council: "Norfolk", code: "E10000020", published: "2018-01-19",
        [
            "Ensure that managers give regular, reflective supervision and record their oversight of cases.",
            "Improve placement stability.",
            "The response to 16- and 17-year-olds who present as homeless.",
        ])
    static let suffolk2016 = plan(
        "suffolk-2016", council: "Suffolk", code: "E10000029", published: "2016-05-01",
        ["Improve management oversight and supervision."])

    @Test(
        "repeats finds the earlier recommendation of the same council only, with its status on the later report's day"
    )
    func repeatsJSON() throws {
        let workspace = try Self.workspace([Self.norfolk2014, Self.norfolk2018, Self.suffolk2016])
        let run = workspace.run(["repeats", "norfolk-2018", "--format", "json"])
        #expect(run.status == 0, "\(run.error)")
        let document = try #require(
            try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        #expect(document["plan"] as? String == "norfolk-2018")
        let repeats = try #require(document["repeats"] as? [[String: Any]])
        try #require(repeats.count == 1, "placement stability is not recruiting foster carers: \(run.output)")
        #expect(repeats[0]["recommendation"] as? Int == 1)
        let earlier = try #require((repeats[0]["earlier"] as? [[String: Any]])?.first)
        #expect(earlier["plan"] as? String == "norfolk-2014")
        #expect(earlier["recommendation"] as? Int == 1)
        #expect(earlier["status"] as? String == "signed off 10 January 2015")
        let score = try #require(earlier["score"] as? Double)
        #expect(score >= RepeatFinder.standard.threshold && score <= 1)
        let text = workspace.run(["repeats", "norfolk-2018"])
        #expect(text.output.contains("repeats recommendation 1 of norfolk-2014 (2014)"))
        #expect(text.output.contains("1 of 3 recommendations repeat"))
        #expect(!text.output.contains("suffolk"))
    }

    @Test("a council's predecessor's plans count as earlier plans of the same council")
    func predecessor() throws {
        let cumbria = Self.plan(
            "cumbria-2019", council: "Cumbria", code: "E10000006", published: "2019-01-01",
            ["Improve the timeliness of return home interviews for children who go missing."])
        let cumberland = Self.plan(
            "cumberland-2024", council: "Cumberland", code: "E06000063", published: "2024-11-26",
            ["The take-up and quality of return home interviews when children go missing from home or care."])
        let workspace = try Self.workspace([cumbria, cumberland])
        let run = workspace.run(["repeats", "cumberland-2024"])
        #expect(run.status == 0, "\(run.error)")
        #expect(run.output.contains("repeats recommendation 1 of cumbria-2019 (2019)"))
    }

    @Test("themes counts recommendations, plans and councils per theme, as JSON a program reads back")
    func themesJSON() throws {
        let workspace = try Self.workspace([Self.norfolk2014, Self.norfolk2018, Self.suffolk2016])
        let run = workspace.run(["themes", "--format", "json"])
        #expect(run.status == 0, "\(run.error)")
        let document = try #require(
            try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        let rows = try #require(document["recommendations"] as? [[String: Any]])
        #expect(rows.count == 6)
        #expect(rows.allSatisfy { ($0["themes"] as? [String])?.isEmpty == false && $0["plan"] is String })
        let counts = try #require(document["themes"] as? [[String: Any]])
        let oversight = try #require(counts.first { $0["theme"] as? String == "management-oversight" })
        #expect(oversight["recommendations"] as? Int == 3)
        #expect(oversight["plans"] as? Int == 3)
        #expect(oversight["authorities"] as? Int == 2)
        let byCouncil = workspace.run(["themes", "--by", "council", "--format", "json"])
        let grouped = try #require(
            try JSONSerialization.jsonObject(with: Data(byCouncil.output.utf8)) as? [String: Any])
        let groups = try #require(grouped["groups"] as? [[String: Any]])
        #expect(groups.compactMap { $0["council"] as? String } == ["Norfolk", "Suffolk"])
    }

    @Test("themes as CSV and as HTML with a bar per theme")
    func themesCSVAndHTML() throws {
        let workspace = try Self.workspace([Self.norfolk2014, Self.norfolk2018])
        let csv = workspace.run(["themes", "--by", "year", "--format", "csv"])
        #expect(csv.status == 0, "\(csv.error)")
        let records = csv.output.split(separator: "\r\n").map(String.init)
        #expect(records.first == "Year,Theme,Slug,Recommendations,Plans,Councils")
        #expect(records.dropFirst().allSatisfy { $0.hasPrefix("2014,") || $0.hasPrefix("2018,") })
        let html = workspace.run(["themes", "--format", "html"])
        #expect(html.output.hasPrefix("<!DOCTYPE html>"))
        let bars = html.output.components(separatedBy: "<rect ").count - 1
        let rows = html.output.components(separatedBy: "<tr><td>").count - 1
        #expect(bars > 0 && bars == rows)
        #expect(html.output.contains("<svg") && html.output.contains("</svg>"))
    }

    @Test("themes --explain shows the phrases that decided; a bad number is a usage error")
    func explain() throws {
        let workspace = try Self.workspace([Self.norfolk2018])
        let run = workspace.run(["themes", "--explain", "norfolk-2018", "3"])
        #expect(run.status == 0, "\(run.error)")
        #expect(run.output.contains("Themes by the rules: care-leavers"))
        #expect(run.output.contains("\"homeless\" (rule \"homeless*\") → care-leavers"))
        #expect(workspace.run(["themes", "--explain", "norfolk-2018", "9"]).status == 64)
        #expect(workspace.run(["themes", "--explain", "norfolk-2018"]).status == 64)
    }
}
