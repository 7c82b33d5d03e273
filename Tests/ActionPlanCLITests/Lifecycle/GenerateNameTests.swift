import ActionPlanKit
import Foundation
import Testing

/// `generate` names a plan after its council and year unless told otherwise.
@Suite("generate: the plan's default name")
struct GenerateNameTests {
    /// The plan files in the workspace's folder, sorted.
    static func planFiles(_ workspace: Workspace) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: workspace.plans)) ?? [])
            .filter { $0.hasSuffix(".json") }.sorted()
    }

    struct Sample: CustomTestStringConvertible, Sendable {
        var report: String
        var plan: String
        var testDescription: String { "\(report) → \(plan)" }
    }

    @Test(
        "a sample report's plan is named <council>-<year>, the year of publication else of the inspection's end",
        arguments: [
            Sample(report: "sutton-2013-protection.txt", plan: "sutton-2013"),
            Sample(report: "south-gloucestershire-2017-sif.txt", plan: "south-gloucestershire-2017"),
            Sample(report: "nottinghamshire-2011-safeguarding.txt", plan: "nottinghamshire-2011"),
            Sample(report: "dudley-2012-cabinet.txt", plan: "dudley-2011"),
        ])
    func councilAndYear(_ sample: Sample) throws {
        let workspace = try Workspace()
        let run = workspace.run(["generate", EndToEndTests.fixture(sample.report)])
        #expect(run.status == 0, "\(run.error)")
        #expect(run.output.hasPrefix("Created \(workspace.plans)/\(sample.plan).json: "))
        #expect(Self.planFiles(workspace) == ["\(sample.plan).json"])
        let plan = try PlanStore(directory: workspace.plans).load(try #require(PlanName(sample.plan)))
        #expect(plan.name.rawValue == sample.plan)
    }

    @Test("a name taken gets -2, then -3; --force replaces the plain name; --name still overrides")
    func takenNames() throws {
        let workspace = try Workspace()
        let sutton = EndToEndTests.fixture("sutton-2013-protection.txt")
        for _ in 1...3 { #expect(workspace.run(["generate", sutton]).status == 0) }
        #expect(
            Self.planFiles(workspace) == ["sutton-2013-2.json", "sutton-2013-3.json", "sutton-2013.json"])
        let forced = workspace.run(["generate", sutton, "--force"])
        #expect(forced.status == 0, "\(forced.error)")
        #expect(forced.output.hasPrefix("Created \(workspace.plans)/sutton-2013.json: "))
        #expect(Self.planFiles(workspace).count == 3)
        let named = workspace.run(["generate", sutton, "--name", "sutton-protection"])
        #expect(named.status == 0, "\(named.error)")
        #expect(Self.planFiles(workspace).contains("sutton-protection.json"))
    }

    @Test("a report whose council the table does not know is named after its file")
    func unknownCouncil() throws {
        let workspace = try Workspace()
        let report = workspace.directory + "/Atlantis Report.txt"
        try Data(
            ([
                "Inspection of Atlantis local authority children’s services",
                "Inspection dates: 1 to 5 May 2023",
                "What needs to improve?", "◼ The quality of plans.",
            ].joined(separator: "\n")).utf8
        ).write(to: URL(fileURLWithPath: report))
        let run = workspace.run(["generate", report])
        #expect(run.status == 0, "\(run.error)")
        #expect(Self.planFiles(workspace) == ["atlantis-report.json"])
    }
}
