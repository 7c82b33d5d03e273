import Testing

@testable import ActionPlanKit

@Suite("Work on every core")
struct ConcurrentMapTests {
    struct Failure: Error, Equatable { var index: Int }

    @Test("results come back in order, whatever order the work was done in")
    func order() {
        #expect(concurrentMap(1000) { $0 * $0 } == (0..<1000).map { $0 * $0 })
        #expect(concurrentMap(1) { "only \($0)" } == ["only 0"])
        #expect(concurrentMap(0) { $0 }.isEmpty)
    }

    @Test("when several indices fail, the error of the lowest is thrown, as a loop would throw it")
    func lowestFailure() {
        let failing: Set = [700, 37, 512]
        #expect(throws: Failure(index: 37)) {
            try concurrentMap(1000) { index throws(Failure) -> [Int] in
                if failing.contains(index) { throw Failure(index: index) }
                // Results that are classes' storage, so that those made before the failure must be freed.
                return [index]
            }
        }
    }

    @Test("the batches of a text written on every core follow one another in order")
    func textInOrder() {
        var output = TextOutput()
        output.line("first")
        output.appendConcurrently(500) { index, part in part.line("line \(index)") }
        output.line("last")
        let expected = (["first"] + (0..<500).map { "line \($0)" } + ["last"]).map { $0 + "\n" }.joined()
        #expect(output.text == expected)
        #expect(output.runs.count > 1)
        #expect(String(decoding: output.runs.joined(), as: UTF8.self) == expected)
    }
}
