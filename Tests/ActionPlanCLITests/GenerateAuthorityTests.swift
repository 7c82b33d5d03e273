import Foundation
import Testing

@testable import ActionPlanCLI

/// `generate` keeps the council a plan is for, and says when the report does not tell it.
@Suite("generate: the council")
struct GenerateAuthorityTests {
    /// The plan file's `source` object, read back as JSON.
    static func source(_ workspace: Workspace, plan: String) throws -> [String: Any] {
        let data = try #require(FileManager.default.contents(atPath: workspace.plans + "/\(plan).json"))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        return try #require(object["source"] as? [String: Any])
    }

    @Test("the plan stores the canonical name, the ONS code and the name as printed; the summary names it")
    func knownCouncil() throws {
        let workspace = try Workspace()
        let run = workspace.run([
            "generate", EndToEndTests.fixture("sutton-2013-protection.txt"), "--name", "sutton",
        ])
        #expect(run.status == 0, "\(run.error)")
        #expect(run.output.contains("\n  council Sutton (E09000029)\n"))
        let source = try Self.source(workspace, plan: "sutton")
        #expect(source["authority"] as? String == "Sutton")
        #expect(source["authorityCode"] as? String == "E09000029")
        #expect(source["authorityAsPrinted"] as? String == "London Borough of Sutton")
    }

    @Test(
        "a council the table does not know is kept as printed, without a code, and the summary says how to set it"
    )
    func unknownCouncil() throws {
        let workspace = try Workspace()
        let report = workspace.directory + "/atlantis.txt"
        try Data(
            ([
                "Inspection of Atlantis local authority children’s services",
                "Inspection dates: 1 to 5 May 2023",
                "What needs to improve?", "◼ The quality of plans.",
            ].joined(separator: "\n")).utf8
        ).write(to: URL(fileURLWithPath: report))
        let run = workspace.run(["generate", report, "--name", "atlantis"])
        #expect(run.status == 0, "\(run.error)")
        #expect(
            run.output.contains(
                "council \"Atlantis\" as printed is not one the table knows; set it with: actionplan plan atlantis --authority \"COUNCIL\""
            ))
        let source = try Self.source(workspace, plan: "atlantis")
        #expect(source["authority"] as? String == "Atlantis")
        #expect(source["authorityCode"] as? String == nil)
    }
}
