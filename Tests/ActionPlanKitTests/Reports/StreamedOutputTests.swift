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

    /// A listing of 1,500 copies of a plan and, last, the same plan with one owner longer than any.
    static let listing: ActionListing = {
        let day = SamplePlans.day("2013-04-01")
        var wider = SamplePlans.dudley
        wider.actions[0].owner = "Director of Children's Services and Deputy Chief Executive"
        let part = ActionListing.Part(SamplePlans.dudley, on: day, policy: RAGPolicy()) { _ in true }
        let last = ActionListing.Part(wider, on: day, policy: RAGPolicy()) { _ in true }
        return ActionListing(parts: Array(repeating: part, count: 1500) + [last], asOf: day)
    }()

    @Test func aListingWrittenAStretchAtATimeSharesItsColumnWidths() throws {
        let listing = StreamedOutputTests.listing
        var runs: [[UInt8]] = []
        listing.writeText(width: 300, colour: false) { runs.append($0) }
        #expect(runs.count > 3, "written in stretches")
        let lines = String(decoding: runs.joined(), as: UTF8.self).split(separator: "\n")
        #expect(lines.count == listing.count + 3)
        // The first plan's rows, written long before the last plan's, make room for its long owner.
        let two = ActionListing(parts: [listing.parts[0], listing.parts.last!], asOf: listing.asOf)
        let whole = two.text(width: 300, colour: false).split(separator: "\n")
        let rows = listing.parts[0].lines.count
        #expect(lines.prefix(2 + rows) == whole.prefix(2 + rows))
        #expect(lines.suffix(rows + 2).dropLast(2) == whole.suffix(rows + 2).dropLast(2))
    }

    @Test func aListingsJSONWrittenAStretchAtATimeReadsBackWhole() throws {
        let listing = StreamedOutputTests.listing
        var runs: [[UInt8]] = []
        listing.writeJSON { runs.append($0) }
        #expect(runs.count > 3, "written in stretches")
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(runs.joined())) as? [String: Any])
        let plans = try #require(object["plans"] as? [[String: Any]])
        #expect(plans.count == listing.parts.count)
        #expect(plans.map { ($0["actions"] as? [Any])?.count ?? 0 }.reduce(0, +) == listing.count)
        #expect(String(decoding: runs.joined(), as: UTF8.self) == listing.json())
    }
}
