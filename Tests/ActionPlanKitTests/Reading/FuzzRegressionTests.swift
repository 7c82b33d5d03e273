import Foundation
import Testing

@testable import ActionPlanKit

/// Inputs that once crashed the reader or the plan decoder under libFuzzer (`Tests/Fuzz/crashes`).
@Suite("Fuzzing regressions")
struct FuzzRegressionTests {
    static let crashes = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fuzz/crashes")

    static var inputs: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: crashes.path)) ?? []).filter {
            !$0.hasPrefix(".")
        }.sorted()
    }

    @Test("the crash inputs are kept in the repository")
    func inputsExist() {
        #expect(!Self.inputs.isEmpty)
    }

    @Test("every input that once crashed now reads without crashing", arguments: inputs)
    func noCrash(_ name: String) throws {
        let data = try #require(
            FileManager.default.contents(atPath: Self.crashes.appendingPathComponent(name).path))
        if name.hasPrefix("plan-") {
            _ = try? PlanCoding.decode(data, path: name)
        } else {
            _ = ReportReader.parse(TextDecoding.decode(data))
        }
    }
}
