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
        var updated = self
        let base = revision
        for change in sheet.changes {
            try updated.apply(change.update, to: [change.id], author: author)
        }
        // One import is one command, so `undo` must see one revision, not one per action.
        let revision = base + 1
        var recorded: [HistoryEntry] = []
        for index in updated.actions.indices {
            for entry in updated.actions[index].history.indices
            where updated.actions[index].history[entry].revision > base {
                updated.actions[index].history[entry].revision = revision
                recorded.append(updated.actions[index].history[entry])
            }
        }
        updated.revision = recorded.isEmpty ? base : revision
        self = updated
        return recorded
    }
}
