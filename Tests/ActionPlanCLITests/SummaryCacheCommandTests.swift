import Foundation
import Testing

@testable import ActionPlanCLI

@Suite("overdue's summary cache")
struct SummaryCacheCommandTests {
    @Test("overdue prints the same with its cache as without, and keeps no plan changed in the last seconds")
    func cacheFolder() throws {
        let workspace = try Workspace()
        try workspace.add(sampleReport(), name: "dudley")
        let cache = workspace.directory + "/cache"
        let arguments = ["overdue", "--as-of", "2012-06-01"]
        _ = workspace.run(["update", "dudley", "1", "--status", "in-progress", "--note", "started"])
        let without = workspace.run(
            arguments, variables: ["XDG_CACHE_HOME": cache, "ACTIONPLAN_NO_CACHE": "1"])
        #expect(without.status == 0, "\(without.error)")
        #expect(!FileManager.default.fileExists(atPath: cache))
        let first = workspace.run(arguments, variables: ["XDG_CACHE_HOME": cache])
        let second = workspace.run(arguments, variables: ["XDG_CACHE_HOME": cache])
        #expect(first.output == without.output)
        #expect(second.output == without.output)
        #expect(without.output.contains("started"))
        // The plan was written a moment ago, too recently for its file times to be trusted.
        #expect(!FileManager.default.fileExists(atPath: cache))
    }
}
