import Foundation
import Testing

@testable import ActionPlanKit

/// JSON and CSV are handed to the output in parts, written on several cores: read back whole, as jq and
/// Excel read them, they hold every action once, in the report's order.
@Suite struct StreamedOutputTests {
    /// Two sample plans and a large one, so the CSV is written in many stretches and the JSON in many parts.
    static let report: OverdueReport = {
        var large = SamplePlans.dudley
        large.name = PlanName("large-plan")!
        let count = large.actions.count
        large.actions = (1...4500).map { number in
            var action = SamplePlans.dudley.actions[number % count]
            action.id = ActionID(number)!
            return action
        }
        return OverdueReport(
            plans: [SamplePlans.dudley, large, SamplePlans.sutton], asOf: SamplePlans.day("2013-04-01"))
    }()

    @Test func theJSONReadsBackWithEveryListWhole() throws {
        let runs = StreamedOutputTests.report.jsonUTF8()
        #expect(runs.count > 3, "written in parts")
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(runs.joined())) as? [String: Any])
        let plans = try #require(object["plans"] as? [[String: Any]])
        #expect(
            Set(plans.compactMap { $0["name"] as? String }) == ["dudley-2012", "large-plan", "sutton-2019"])
        let overdue = plans.map { ($0["overdue"] as? [Any])?.count ?? 0 }.reduce(0, +)
        #expect(overdue == StreamedOutputTests.report.overdue.count)
        #expect(overdue > 1000)
        #expect(String(decoding: runs.joined(), as: UTF8.self) == StreamedOutputTests.report.json())
    }

    @Test func theCSVReadsBackWithEveryRowInOrder() throws {
        let report = StreamedOutputTests.report
        let runs = report.csvUTF8()
        #expect(runs.count > 3, "written in stretches")
        let records = try CSV.records(in: Data(runs.joined()))
        #expect(records.first?.fields == OverdueReport.csvHeader)
        let rows = records.dropFirst()
        let expected = [
            ("Overdue", report.overdue),
            ("No due date set by the statement deadline", report.undatedPastDeadline),
            ("Due soon", report.dueSoon), ("No due date", report.noDueDate), ("No owner", report.noOwner),
        ].flatMap { list, lines in lines.map { [list, $0.plan.rawValue, $0.action.id.description] } }
        #expect(rows.map { Array($0.fields.prefix(3)) } == expected)
    }
}
