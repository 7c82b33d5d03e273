import ActionPlanKit
import Foundation
import Testing

@testable import ActionPlanCLI

@Suite("Schema-1 plans on the command line")
struct SchemaMigrationCommandTests {
    /// A workspace holding the schema-1 Dudley plan as `Plans/dudley-2012.json`.
    static func workspace() throws -> Workspace {
        let workspace = try Workspace()
        try FileManager.default.createDirectory(atPath: workspace.plans, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            atPath: EndToEndTests.fixture("schema1-dudley-2012.json"),
            toPath: workspace.plans + "/dudley-2012.json")
        return workspace
    }

    static func file(_ workspace: Workspace) throws -> [String: Any] {
        let data = try #require(FileManager.default.contents(atPath: workspace.plans + "/dudley-2012.json"))
        return try #require(JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test(
        "reading a schema-1 plan leaves its file alone; the first update writes it as schema 2, history kept")
    func updateMigrates() throws {
        let workspace = try Self.workspace()
        let before = try PlanStore(directory: workspace.plans).load(PlanName("dudley-2012")!)
        #expect(workspace.run(["show", "dudley-2012"], today: "2012-06-01").status == 0)
        #expect(try Self.file(workspace)["schemaVersion"] as? Int == 1)

        let run = workspace.run(
            ["update", "dudley-2012", "1", "--note", "Reviewed at board"], today: "2012-06-01")
        #expect(run.status == 0, "\(run.error)")
        let file = try Self.file(workspace)
        #expect(file["schemaVersion"] as? Int == 2)
        let after = try PlanStore(directory: workspace.plans).load(PlanName("dudley-2012")!)
        let old = try #require(before.action(ActionID(1)!))
        let new = try #require(after.action(ActionID(1)!))
        #expect(new.history.dropLast() == old.history[...])
        #expect(new.history.last?.note == "Reviewed at board")
        #expect(after.recommendations == before.recommendations)
        for action in before.actions where action.id != ActionID(1)! {
            #expect(after.action(action.id) == action)
        }
    }

    @Test(
        "every action in show and list JSON carries its recommendation's number", arguments: ["show", "list"])
    func recommendationNumber(command: String) throws {
        let workspace = try Self.workspace()
        let arguments =
            command == "show" ? ["show", "dudley-2012", "--format", "json"] : ["list", "--format", "json"]
        let run = workspace.run(arguments, today: "2012-06-01")
        #expect(run.status == 0, "\(run.error)")
        let document = try #require(
            JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        let actions =
            command == "show"
            ? document["actions"] as? [[String: Any]]
            : ((document["plans"] as? [[String: Any]])?.first?["actions"] as? [[String: Any]])
        let list = try #require(actions)
        #expect(list.count == 13)
        for action in list {
            let text = try #require(action["id"] as? String)
            let id = try #require(ActionID(text))
            #expect(action["recommendationNumber"] as? Int == id.recommendation)
            #expect(action["recommendation"] is String)
        }
    }
}
