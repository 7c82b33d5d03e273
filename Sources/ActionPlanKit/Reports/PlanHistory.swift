/// What changed in a plan, revision by revision, as `history` prints it.
public struct PlanHistory: Sendable {
    /// One revision: the entries of every action it touched.
    public struct Revision: Sendable {
        /// The revision's number.
        public var number: Int
        /// Each action it touched with that action's entry.
        public var entries: [(action: ActionID, entry: HistoryEntry)]
    }

    /// The plan's name.
    public let name: PlanName
    /// The revisions, oldest first.
    public let revisions: [Revision]

    /// The history of `actions` (every action when `nil`) of `plan`.
    public init(of plan: ActionPlan, actions: [ActionID]? = nil) {
        name = plan.name
        var byNumber: [Int: [(action: ActionID, entry: HistoryEntry)]] = [:]
        for action in plan.actions where actions?.contains(action.id) ?? true {
            for entry in action.history { byNumber[entry.revision, default: []].append((action.id, entry)) }
        }
        revisions = byNumber.keys.sorted().map { Revision(number: $0, entries: byNumber[$0]!) }
    }

    /// The revisions in words, each entry wrapped to `width` columns.
    public func text(width: Int) -> String {
        guard !revisions.isEmpty else {
            return "\(name): no changes recorded since the plan was generated.\n"
        }
        var lines: [String] = []
        for revision in revisions {
            let first = revision.entries[0].entry
            lines.append(
                "Revision \(revision.number): \(first.on.written), by \(first.by) (recorded \(first.recorded))"
            )
            for (id, entry) in revision.entries {
                let indent = "  action \(id): "
                lines += entry.inWords.wrapped(
                    to: width, indent: indent, hangingIndent: String(repeating: " ", count: indent.count))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The revisions as one JSON document.
    public func json() -> String {
        ReportJSON.encode(Document(history: self))
    }

    private struct Document: Encodable {
        var history: PlanHistory

        private enum Keys: String, CodingKey { case name, revisions }
        private enum RevisionKeys: String, CodingKey { case revision, on, by, recorded, actions }
        private enum ActionKeys: String, CodingKey { case id, note, reason, changes }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(history.name, forKey: .name)
            var revisions = container.nestedUnkeyedContainer(forKey: .revisions)
            for revision in history.revisions {
                let first = revision.entries[0].entry
                var item = revisions.nestedContainer(keyedBy: RevisionKeys.self)
                try item.encode(revision.number, forKey: .revision)
                try item.encode(first.on, forKey: .on)
                try item.encode(first.by, forKey: .by)
                try item.encode(first.recorded, forKey: .recorded)
                var actions = item.nestedUnkeyedContainer(forKey: .actions)
                for (id, entry) in revision.entries {
                    var action = actions.nestedContainer(keyedBy: ActionKeys.self)
                    try action.encode(id.description, forKey: .id)
                    try action.encode(entry.note, forKey: .note)
                    try action.encode(entry.reason, forKey: .reason)
                    try action.encode(entry.changes.map(ReportJSON.ChangeObject.init), forKey: .changes)
                }
            }
        }
    }
}

extension HistoryEntry {
    /// The entry in words: each change, then the reason and the note.
    var inWords: String {
        var words = changes.map(\.inWords)
        if let reason { words.append("reason: \(reason)") }
        if let note { words.append("note: \(note)") }
        return words.joined(separator: "; ")
    }
}
