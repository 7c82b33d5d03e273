/// Counts actions by RAG colour, overall and per timescale, without hashing on every action.
struct RAGCounter: Sendable {
    private(set) var total = 0
    private var colours = [Int](repeating: 0, count: RAG.allCases.count)
    // Plans use a handful of timescales, so a short list searched in order beats a dictionary.
    private var timescales: [Timescale] = []
    private var perTimescale: [[Int]] = []

    mutating func count(_ colour: RAG, _ timescale: Timescale) {
        let slot = colour.slot
        total += 1
        colours[slot] += 1
        if let index = timescales.firstIndex(of: timescale) {
            perTimescale[index][slot] += 1
        } else {
            timescales.append(timescale)
            perTimescale.append([Int](repeating: 0, count: RAG.allCases.count))
            perTimescale[perTimescale.count - 1][slot] += 1
        }
    }

    /// Adds the counts of `other`.
    mutating func add(_ other: RAGCounter) {
        total += other.total
        for slot in colours.indices { colours[slot] += other.colours[slot] }
        for (index, timescale) in other.timescales.enumerated() {
            if let mine = timescales.firstIndex(of: timescale) {
                for slot in colours.indices { perTimescale[mine][slot] += other.perTimescale[index][slot] }
            } else {
                timescales.append(timescale)
                perTimescale.append(other.perTimescale[index])
            }
        }
    }

    var byColour: [RAG: Int] {
        Dictionary(uniqueKeysWithValues: RAG.allCases.map { ($0, colours[$0.slot]) })
    }

    var byTimescale: [Timescale: [RAG: Int]] {
        var result: [Timescale: [RAG: Int]] = [:]
        for (index, timescale) in timescales.enumerated() {
            result[timescale] = Dictionary(
                uniqueKeysWithValues: RAG.allCases.compactMap { rag in
                    let count = perTimescale[index][rag.slot]
                    return count > 0 ? (rag, count) : nil
                })
        }
        return result
    }
}

extension RAG {
    /// The colour's place in reading order, for counting in arrays.
    var slot: Int {
        switch self {
        case .red: 0
        case .amber: 1
        case .green: 2
        case .blue: 3
        case .none: 4
        }
    }
}
