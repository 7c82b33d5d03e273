extension Action {
    /// The latest entry of the history whose note says how the work is going: the progress commentary a
    /// paper prints beside the action.
    ///
    /// An undo's note ("undoes revision 4") is about the record, not the work, and a reverted entry's
    /// note no longer stands, so neither counts; an undo that was itself undone restores what it reverted.
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
    /// The revision this entry reverts, when `undo` recorded it (its note starts "undoes revision N").
    var undoneRevision: Int? {
        guard let note, note.hasPrefix(HistoryEntry.undoNotePrefix) else { return nil }
        let digits = note.dropFirst(HistoryEntry.undoNotePrefix.count).prefix { $0.isASCII && $0.isNumber }
        return Int(digits)
    }

    /// How `undo` begins the note of every entry it records.
    static let undoNotePrefix = "undoes revision "
}
