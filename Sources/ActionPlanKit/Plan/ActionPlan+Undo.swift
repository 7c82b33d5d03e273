/// What `undo` did: the revision it reverted and the entries it recorded to do so.
public struct UndoneRevision: Hashable, Sendable {
    /// The revision reverted.
    public var revision: Int
    /// The actions the undo touched, in plan order.
    public var actions: [ActionID]
    /// The entries recorded by the undo itself, one per action in ``actions``, all in one new revision.
    public var entries: [HistoryEntry]
    /// The entry recorded in the plan's own history when the reverted revision changed the plan itself
    /// (its header, name or themes), else `nil`.
    public var planEntry: PlanHistoryEntry? = nil
}

extension ActionPlan {
    /// The latest revision that recorded anything, in the plan's history or an action's, or `nil` when
    /// the plan is as generated.
    public var lastRecordedRevision: Int? {
        let recorded = highestRecordedRevision
        return recorded > 0 ? recorded : nil
    }

    /// Reverts every change of the latest revision, recording the reversal as a new revision.
    ///
    /// Nothing is deleted: the reverted entries stay in history and the undo adds its own, marked with
    /// the revision it ``HistoryEntry/undoes``, so an undo can itself be undone. Lifecycle rules are not applied, since
    /// going back to a state the plan was in is always allowed.
    /// - Parameter note: Why, the reason of every entry the undo records.
    @discardableResult
    public mutating func undo(author: ChangeAuthor, note: String? = nil) throws(PlanError) -> UndoneRevision {
        guard let target = lastRecordedRevision else { throw .nothingToUndo(name) }
        let revision = max(self.revision, target) + 1
        let text = HistoryEntry.undoNotePrefix + "\(target)" + (note.map { ": \($0)" } ?? "")
        var entries: [HistoryEntry] = []
        var touched: [ActionID] = []
        for index in actions.indices {
            let undone = actions[index].history.filter { $0.revision == target }
            guard !undone.isEmpty else { continue }
            let before = actions[index]
            for entry in undone.reversed() {
                for change in entry.changes.reversed() { actions[index].set(change.field, to: change.from) }
            }
            let changes = ActionField.allCases.compactMap { field -> FieldChange? in
                let old = before.value(of: field)
                let new = actions[index].value(of: field)
                return old == new ? nil : FieldChange(field: field, from: old, to: new)
            }
            let entry = HistoryEntry(
                revision: revision, on: author.on, recorded: author.recorded, by: author.by, changes: changes,
                reason: note, undoes: target)
            actions[index].history.append(entry)
            entries.append(entry)
            touched.append(actions[index].id)
        }
        var undone = UndoneRevision(revision: target, actions: touched, entries: entries)
        let reverted = history.filter { $0.revision == target }
        if !reverted.isEmpty {
            let before = self
            for entry in reverted.reversed() {
                for change in entry.changes.reversed() {
                    set(change.field, recommendation: change.recommendation, to: change.from)
                    // A hand-edited value `set` cannot take would leave the field alone and the undo
                    // recorded as done; refuse instead, so the plan is left as it is.
                    if value(of: change.field, recommendation: change.recommendation) != change.from {
                        let field = change.recommendation.map {
                            "recommendation \($0) \(change.field.rawValue)"
                        }
                        throw .unrevertible(
                            name, revision: target, field: field ?? change.field.rawValue,
                            recorded: change.from)
                    }
                }
            }
            // Each field the reverted entries touched, once, from its value before the undo to after.
            var changes: [PlanFieldChange] = []
            for change in reverted.flatMap(\.changes)
            where !changes.contains(where: {
                $0.field == change.field && $0.recommendation == change.recommendation
            }) {
                let old = before.value(of: change.field, recommendation: change.recommendation)
                let new = value(of: change.field, recommendation: change.recommendation)
                if old != new {
                    changes.append(
                        PlanFieldChange(
                            field: change.field, recommendation: change.recommendation, from: old, to: new))
                }
            }
            let entry = PlanHistoryEntry(
                revision: revision, on: author.on, recorded: author.recorded, by: author.by, changes: changes,
                reason: text)
            history.append(entry)
            undone.planEntry = entry
        }
        self.revision = revision
        return undone
    }
}
