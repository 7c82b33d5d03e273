/// What changed in a plan, revision by revision, as `history` prints it.
public struct PlanHistory: Sendable {
    /// One revision: the entries of every action it touched, and of the plan itself if it changed it.
    public struct Revision: Sendable {
        /// The revision's number.
        public var number: Int
        /// Each action it touched with that action's entry.
        public var entries: [(action: ActionID, entry: HistoryEntry)]
        /// The entry in the plan's own history (header, name, themes), if the revision changed the plan.
        public var planEntry: PlanHistoryEntry?

        /// The day the revision took effect, when it was recorded, and by whom.
        var stamp: (on: CalendarDay, recorded: String, by: String) {
            if let first = entries.first?.entry { return (first.on, first.recorded, first.by) }
            // A revision is only made with at least one entry, so one of the two is there.
            let entry = planEntry!
            return (entry.on, entry.recorded, entry.by)
        }
    }

    /// The plan's name.
    public let name: PlanName
    /// The revisions, oldest first.
    public let revisions: [Revision]

    /// The history of `actions` of `plan`, or when `actions` is `nil` of every action and of the plan itself.
    public init(of plan: ActionPlan, actions: [ActionID]? = nil) {
        name = plan.name
        var byNumber: [Int: Revision] = [:]
        for action in plan.actions where actions?.contains(action.id) ?? true {
            for entry in action.history {
                byNumber[entry.revision, default: Revision(number: entry.revision, entries: [])].entries
                    .append(
                        (action.id, entry))
            }
        }
        if actions == nil {
            for entry in plan.history {
                byNumber[entry.revision, default: Revision(number: entry.revision, entries: [])].planEntry =
                    entry
            }
        }
        revisions = byNumber.keys.sorted().map { byNumber[$0]! }
    }

    /// The revisions in words, each entry wrapped to `width` columns.
    public func text(width: Int) -> String {
        guard !revisions.isEmpty else {
            return "\(name): no changes recorded since the plan was generated.\n"
        }
        var lines: [String] = []
        for revision in revisions {
            let stamp = revision.stamp
            lines.append(
                "Revision \(revision.number): \(stamp.on.written), by \(stamp.by) (recorded \(stamp.recorded))"
            )
            if let entry = revision.planEntry {
                let indent = "  plan: "
                lines += entry.inWords.wrapped(
                    to: width, indent: indent, hangingIndent: String(repeating: " ", count: indent.count))
            }
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
        private enum RevisionKeys: String, CodingKey { case revision, on, by, recorded, plan, actions }
        private enum ActionKeys: String, CodingKey { case id, note, reason, undoes, changes }
        private enum PlanKeys: String, CodingKey { case reason, changes }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(history.name, forKey: .name)
            var revisions = container.nestedUnkeyedContainer(forKey: .revisions)
            for revision in history.revisions {
                let stamp = revision.stamp
                var item = revisions.nestedContainer(keyedBy: RevisionKeys.self)
                try item.encode(revision.number, forKey: .revision)
                try item.encode(stamp.on, forKey: .on)
                try item.encode(stamp.by, forKey: .by)
                try item.encode(stamp.recorded, forKey: .recorded)
                if let entry = revision.planEntry {
                    var plan = item.nestedContainer(keyedBy: PlanKeys.self, forKey: .plan)
                    try plan.encode(entry.reason, forKey: .reason)
                    try plan.encode(entry.changes.map(ReportJSON.PlanChangeObject.init), forKey: .changes)
                } else {
                    try item.encodeNil(forKey: .plan)
                }
                var actions = item.nestedUnkeyedContainer(forKey: .actions)
                for (id, entry) in revision.entries {
                    var action = actions.nestedContainer(keyedBy: ActionKeys.self)
                    try action.encode(id.description, forKey: .id)
                    try action.encode(entry.progressNote, forKey: .note)
                    try action.encode(entry.undoneRevision, forKey: .undoes)
                    try action.encode(entry.reason, forKey: .reason)
                    try action.encode(entry.changes.map(ReportJSON.ChangeObject.init), forKey: .changes)
                }
            }
        }
    }
}

extension HistoryEntry {
    /// The entry in words: the revision it undoes, each change, then the reason and the note.
    var inWords: String {
        var words = undoneRevision.map { ["undoes revision \($0)"] } ?? []
        words += changes.map(\.inWords)
        if let reason { words.append("reason: \(reason)") }
        // An undo an older version recorded kept its reason after the mark in its note.
        if undoes == nil, undoneRevision != nil, let note, let colon = note.range(of: ": ") {
            words.append("reason: \(note[colon.upperBound...])")
        }
        if let note = progressNote { words.append("note: \(note)") }
        return words.joined(separator: "; ")
    }
}
