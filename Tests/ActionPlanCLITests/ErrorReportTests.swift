import ActionPlanKit
import Foundation
import Testing

@testable import ActionPlanCLI

/// Every error says the same thing however it is asked, and becomes words and an exit status in one place.
@Suite struct ErrorReportTests {
    struct ErrorCase: CustomTestStringConvertible, Sendable {
        var name: String
        var error: any Error
        /// The exit status ``ErrorReport`` gives it.
        var status: ActionPlanCLI.ExitStatus
        /// What standard error says, in full.
        var text: String
        var testDescription: String { name }
    }

    static let cases: [ErrorCase] = [
        .init(
            name: "report not found", error: ReadError.notFound(path: "r.txt"), status: .noInput,
            text: "error: r.txt: no such file\n"),
        .init(
            name: "report with no recommendations", error: ReadError.noRecommendations(path: "r.txt"),
            status: .dataError,
            text: "error: " + ReadError.noRecommendations(path: "r.txt").description + "\n"),
        .init(
            name: "plan not found",
            error: StoreError.planNotFound(
                PlanName("dudly")!, directory: "Plans", suggestion: PlanName("dudley")),
            status: .noInput,
            text: "error: Plans/dudly.json: no such plan; did you mean 'dudley'?\n"
                + "hint: 'actionplan list' shows the plans there are\n"),
        .init(
            name: "write failed",
            error: StoreError.io(path: "out.md", operation: "write", reason: "disk full"),
            status: .ioError, text: "error: out.md: cannot write: disk full\n"),
        .init(
            name: "rule refused", error: PlanError.nothingToUndo(PlanName("dudley")!), status: .dataError,
            text: "error: actionplan undo: plan 'dudley' has no recorded changes to undo\n"),
        .init(
            name: "sheet fault with its file",
            error: FileFault(path: "sheet.csv", error: ExchangeError.emptySheet),
            status: .dataError,
            text: "error: sheet.csv: " + ExchangeError.emptySheet.description + "\n"
                + "hint: fix the cells named and import again; 'actionplan export' writes a fresh sheet\n"),
        .init(
            name: "workbook instead of CSV", error: ExchangeError.notCSV(found: "an Excel workbook"),
            status: .dataError,
            text: "error: actionplan undo: " + ExchangeError.notCSV(found: "an Excel workbook").description
                + "\n"),
        .init(
            name: "template fault",
            error: TemplateError(
                template: "--template", line: 2, column: 3, kind: .unknownName("ownr", suggestion: "owner")),
            status: .dataError,
            text: "error: --template:2:3: the report has no value named 'ownr' here; did you mean 'owner'?\n"
                + "hint: fix the template, or start again from a copy of the one in Templates/\n"),
        .init(
            name: "usage", error: UsageError("unknown option '--x'", command: "undo"), status: .usage,
            text: "error: actionplan undo: unknown option '--x'\nhint: see 'actionplan undo --help'\n"),
        .init(
            name: "command's own failure",
            error: CLIFailure(where: "Plans", what: "no plans found", hint: nil, status: .noInput),
            status: .noInput, text: "error: Plans: no plans found\n"),
    ]

    @Test("Each error becomes one message and one exit status", arguments: cases)
    func report(_ errorCase: ErrorCase) {
        let report = ErrorReport(errorCase.error, command: "undo")
        #expect(report.status == errorCase.status)
        #expect(report.text == errorCase.text)
    }

    @Test("Each error's localizedDescription is its description", arguments: cases)
    func describedTheSameWay(_ errorCase: ErrorCase) throws {
        let error = try #require(errorCase.error as? any DescribedError)
        #expect(error.localizedDescription == error.description)
        #expect(!error.description.isEmpty)
    }

    @Test func aMisspeltNameInAUserTemplateStopsTheReport() throws {
        let workspace = try Workspace()
        try workspace.add(sampleReport(), name: "dudley")
        let template = workspace.directory + "/mine.md"
        try Data("# {{title}}\n{{#overdue.rows}}\n- {{id}} {{ownr}}\n{{/overdue.rows}}\n".utf8)
            .write(to: URL(fileURLWithPath: template))
        let run = workspace.run(["overdue", "--format", "markdown", "--template", template])
        #expect(run.status == ActionPlanCLI.ExitStatus.dataError.rawValue)
        #expect(run.output.isEmpty)
        #expect(
            run.error.hasPrefix(
                "error: --template:3:10: the report has no value named 'ownr' here; did you mean 'owner'?\n"))
    }
}
