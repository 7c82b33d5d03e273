import Foundation
import Testing

@testable import ActionPlanKit

/// The schema-1 plan kept as it was written before schema 2: the Dudley plan from `Plans/`.
func schema1Data() throws -> Data {
    let url = try #require(
        Bundle.module.url(forResource: "schema1-dudley-2012", withExtension: "json", subdirectory: "Fixtures")
    )
    return try Data(contentsOf: url)
}

@Suite("Reading schema-1 plans")
struct SchemaMigrationTests {
    @Test("each schema-1 action becomes a recommendation with that one action, its ID and history kept")
    func migrates() throws {
        let data = try schema1Data()
        let raw = try #require(JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(raw["schemaVersion"] as? Int == 1)
        let old = try #require(raw["actions"] as? [[String: Any]])
        let plan = try PlanCoding.decode(data, path: "Plans/dudley-2012.json")
        #expect(plan.schemaVersion == 1)
        #expect(plan.recommendations.count == old.count)
        #expect(plan.actions.count == old.count)
        for (stored, action) in zip(old, plan.actions) {
            #expect(action.id.description == stored["id"] as? String)
            #expect(action.recommendationNumber == action.id.recommendation)
            let recommendation = plan.recommendation(of: action)
            #expect(recommendation.text == stored["recommendation"] as? String)
            #expect(recommendation.reportNumber == stored["number"] as? Int)
            #expect(recommendation.section == stored["section"] as? String)
            #expect(recommendation.lead == stored["lead"] as? String)
            #expect(recommendation.timescale.description == stored["timescale"] as? String)
            #expect(action.action == stored["action"] as? String)
            #expect(action.owner == stored["owner"] as? String)
            #expect(action.status.rawValue == stored["status"] as? String)
            #expect(action.due?.description == stored["due"] as? String)
            #expect(action.history.count == (stored["history"] as? [Any])?.count)
        }
        #expect(plan.actions.contains { !$0.history.isEmpty }, "the sample has history to keep")
    }

    @Test("a schema-1 plan is written as schema 2, and reads back the same")
    func writesSchema2() throws {
        let plan = try PlanCoding.decode(try schema1Data(), path: "p.json")
        let written = try PlanCoding.encode(plan)
        let raw = try #require(JSONSerialization.jsonObject(with: written) as? [String: Any])
        #expect(raw["schemaVersion"] as? Int == 2)
        #expect(raw["actions"] == nil)
        var again = try PlanCoding.decode(written, path: "p.json")
        #expect(again.schemaVersion == 2)
        again.schemaVersion = 1
        #expect(again == plan)
    }

    @Test("a schema-1 file with a field schema 1 never had is refused, naming it")
    func unknownSchema1Field() throws {
        let text = String(decoding: try schema1Data(), as: UTF8.self)
            .replacingOccurrences(of: "\"measure\" : null", with: "\"meausre\" : null")
        #expect {
            try PlanCoding.decode(Data(text.utf8), path: "p.json")
        } throws: { error in
            "\(error)".contains("actions[") && "\(error)".contains("unknown field 'meausre'")
        }
    }
}
