/// How many actions carry one RAG colour, and their share of all actions.
public struct RAGCount: Hashable, Sendable, Encodable {
    /// The colour.
    public var rag: RAG
    /// The number of actions with it.
    public var count: Int
    /// The share of all actions, as a whole percentage (rounded half up).
    public var percentage: Int

    /// One count per colour, worst first, every colour present even when none has it.
    static func all(_ counts: [RAG: Int], total: Int) -> [RAGCount] {
        RAG.allCases.map { colour in
            let count = counts[colour, default: 0]
            return RAGCount(rag: colour, count: count, percentage: percentage(count, of: total))
        }
    }

    /// `count` as a whole percentage of `total`, rounded half up; 0 when there is nothing to count.
    static func percentage(_ count: Int, of total: Int) -> Int {
        total == 0 ? 0 : (count * 200 + total) / (total * 2)
    }

    /// The count as templates see it: `rag`, `word`, `count`, `percentage`, `colour`.
    static let templateFields = TemplateFields<RAGCount>([
        .text("rag") { $0.rag.rawValue },
        .text("word") { ReportWords.ragWord($0.rag) },
        .text("count") { String($0.count) },
        .text("percentage") { String($0.percentage) },
        .text("colour") { $0.rag.htmlColour },
    ])
}
