import ActionPlanKit
import Testing

/// Every format of both reports on the sample plan, held against files a person has read.
@Suite struct GoldenReportTests {
    static let asOf = SamplePlans.day("2013-04-01")

    struct Case: CustomTestStringConvertible, Sendable {
        var file: String
        var options: RenderOptions
        var byOwner = false
        var testDescription: String { file }
    }

    static let overdueCases: [Case] = [
        Case(file: "overdue.txt", options: RenderOptions(format: .text)),
        Case(file: "overdue-narrow.txt", options: RenderOptions(format: .text, width: 72)),
        Case(file: "overdue-colour.txt", options: RenderOptions(format: .text, colour: true)),
        Case(file: "overdue.md", options: RenderOptions(format: .markdown)),
        Case(file: "overdue.html", options: RenderOptions(format: .html)),
        Case(file: "overdue.csv", options: RenderOptions(format: .csv)),
        Case(file: "overdue.json", options: RenderOptions(format: .json)),
        Case(file: "overdue-by-owner.txt", options: RenderOptions(format: .text), byOwner: true),
        Case(file: "overdue-by-owner.md", options: RenderOptions(format: .markdown), byOwner: true),
        Case(file: "overdue-by-owner.json", options: RenderOptions(format: .json), byOwner: true),
    ]

    @Test("Overdue report", arguments: overdueCases)
    func overdue(_ example: Case) throws {
        let report = OverdueReport(
            plans: [SamplePlans.dudley], asOf: GoldenReportTests.asOf, byOwner: example.byOwner)
        try GoldenFile.check(try report.render(example.options), against: example.file)
    }

    @Test("Overdue report over two plans", arguments: [OutputFormat.text, .markdown, .html, .json])
    func overdueOverTwoPlans(_ format: OutputFormat) throws {
        let report = OverdueReport(
            plans: [SamplePlans.dudley, SamplePlans.sutton], asOf: GoldenReportTests.asOf)
        let suffix = ["text": "txt", "markdown": "md"][format.rawValue] ?? format.rawValue
        try GoldenFile.check(
            try report.render(RenderOptions(format: format)), against: "overdue-two-plans.\(suffix)")
    }

    static let progressCases: [Case] = [
        Case(file: "progress.txt", options: RenderOptions(format: .text)),
        Case(file: "progress.md", options: RenderOptions(format: .markdown)),
        Case(file: "progress.html", options: RenderOptions(format: .html)),
        Case(file: "progress.csv", options: RenderOptions(format: .csv)),
        Case(file: "progress.json", options: RenderOptions(format: .json)),
    ]

    @Test("Progress report", arguments: progressCases)
    func progress(_ example: Case) throws {
        let report = ProgressReport(
            plan: SamplePlans.dudley, asOf: GoldenReportTests.asOf, since: SamplePlans.day("2013-02-01"))
        try GoldenFile.check(try report.render(example.options), against: example.file)
    }
}
