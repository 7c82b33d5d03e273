/// What an edited spreadsheet asks to change: one update per action, with the diff and any warnings.
///
/// Nothing is applied when a sheet is read; ``ActionPlan/apply(_:author:)`` applies it as one revision.
public struct SheetImport: Hashable, Sendable {
    /// The actions the sheet changes, in plan order.
    public var changes: [SheetChange]
    /// Edits that were ignored (read-only columns, unknown columns), each naming its row and column.
    public var warnings: [SheetProblem]

    /// Creates an import result.
    public init(changes: [SheetChange], warnings: [SheetProblem]) {
        self.changes = changes
        self.warnings = warnings
    }

    /// Whether the sheet changes nothing.
    public var isEmpty: Bool { changes.isEmpty }

    /// Every change in words, one line each: `action 3: owner: (none) → "Jane Smith"`.
    public var diff: [String] { changes.flatMap(\.lines) }
}

/// The changes one row of a sheet makes to one action.
public struct SheetChange: Hashable, Sendable {
    /// The action changed.
    public var id: ActionID
    /// The row of the sheet it came from.
    public var row: Int
    /// The update to apply to the action.
    public var update: ActionUpdate
    /// The change in words, one line per field, each starting `action ID:`.
    public var lines: [String]

    /// Creates a change.
    public init(id: ActionID, row: Int, update: ActionUpdate, lines: [String]) {
        self.id = id
        self.row = row
        self.update = update
        self.lines = lines
    }
}

extension ActionPlan {
    /// Applies every change of an imported sheet as one revision, recording each in its action's history.
    ///
    /// Either every change is applied or, when any rule refuses, none is and the plan is unchanged.
    /// - Returns: The entries recorded, one per action that changed.
    @discardableResult
    public mutating func apply(_ sheet: SheetImport, author: ChangeAuthor) throws(PlanError) -> [HistoryEntry]
    {
        // The same steps as `apply(_:to:author:)`, but over many updates at once: calling that once per
        // row would copy every action of the plan once per row, and make one revision per row.
        var updated = self
        let revision = revision + 1
        let indices = Dictionary(updated.actions.indices.map { (updated.actions[$0].id, $0) }) { first, _ in
            first
        }
        var recorded: [HistoryEntry] = []
        for change in sheet.changes {
            guard let index = indices[change.id] else {
                throw .unknownAction(change.id, plan: name, suggestion: nearestAction(to: change.id))
            }
            let fields = try updated.actions[index].apply(change.update, on: author.on)
            guard !fields.isEmpty || change.update.note != nil else { continue }
            let entry = HistoryEntry(
                revision: revision, on: author.on, recorded: author.recorded, by: author.by, changes: fields,
                note: change.update.note, reason: change.update.reason)
            updated.actions[index].history.append(entry)
            recorded.append(entry)
        }
        if !recorded.isEmpty { updated.revision = revision }
        self = updated
        return recorded
    }
}
