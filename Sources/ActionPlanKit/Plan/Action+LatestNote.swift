extension Action {
    /// The latest entry of the history whose note says how the work is going: the progress commentary a
    /// paper prints beside the action.
    ///
    /// An undo is about the record, not the work, and a reverted entry's note no longer stands, so
    /// neither counts; an undo that was itself undone restores what it reverted.
    public var latestNoteEntry: HistoryEntry? {
        var reverted: Set<Int> = []
        for entry in history.reversed() {
            if reverted.contains(entry.revision) { continue }
            if let target = entry.undoneRevision {
                reverted.insert(target)
                continue
            }
            if let note = entry.note, !note.isEmpty { return entry }
        }
        return nil
    }
}

extension HistoryEntry {
    /// The revision this entry reverts, when `undo` recorded it: its ``undoes``, or in a file written
    /// before that field, a note starting "undoes revision N".
    public var undoneRevision: Int? {
        if let undoes { return undoes }
        guard let note, note.hasPrefix(HistoryEntry.undoNotePrefix) else { return nil }
        let digits = note.dropFirst(HistoryEntry.undoNotePrefix.count).prefix { $0.isASCII && $0.isNumber }
        return Int(digits)
    }

    /// The note's progress commentary: `nil` for an undo recorded, in older files, by its note alone.
    public var progressNote: String? {
        undoes == nil && undoneRevision != nil ? nil : note
    }

    /// How `undo` began the note of every entry it recorded before ``undoes`` held the revision.
    static let undoNotePrefix = "undoes revision "
}
