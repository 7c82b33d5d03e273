/// One recorded change to an action: who, when, what changed from what to what, and why.
///
/// One command makes one plan revision; when it touches several actions each gets an entry with
/// the same ``revision``, so `undo` can revert the command as a whole.
public struct HistoryEntry: Hashable, Sendable, Codable {
    /// The plan revision this change belongs to: 1 for the first command after `generate`.
    public var revision: Int
    /// The day the change took effect (`--on`, default the day it was recorded).
    public var on: CalendarDay
    /// When it was recorded, as an ISO 8601 UTC timestamp, for the audit trail.
    public var recorded: String
    /// Who made the change (`--by`, default the login name).
    public var by: String
    /// Each field changed, with its old and new value.
    public var changes: [FieldChange]
    /// The officer's note on progress, if any.
    public var note: String?
    /// Why, where a change needs a reason (rescheduling, dropping, undoing).
    public var reason: String?
    /// The revision this entry reverts, when `undo` recorded it; `nil` for every other entry.
    public var undoes: Int?

    /// Creates an entry.
    public init(
        revision: Int, on: CalendarDay, recorded: String, by: String, changes: [FieldChange] = [],
        note: String? = nil, reason: String? = nil, undoes: Int? = nil
    ) {
        self.revision = revision
        self.on = on
        self.recorded = recorded
        self.by = by
        self.changes = changes
        self.note = note
        self.reason = reason
        self.undoes = undoes
    }

    /// Every field of a history entry, once: the file format and the checks follow it.
    public enum CodingKeys: String, CodingKey, CaseIterable, Sendable {
        case revision, on, recorded, by, changes, note, reason, undoes
    }
}

/// A change to one field of an action, with its value before and after as written in the plan file.
public struct FieldChange: Hashable, Sendable, Codable {
    /// The field changed.
    public var field: ActionField
    /// The value before, or `nil` when it was empty.
    public var from: String?
    /// The value after, or `nil` when it was cleared.
    public var to: String?

    /// Creates a field change.
    public init(field: ActionField, from: String?, to: String?) {
        self.field = field
        self.from = from
        self.to = to
    }

    /// Every field of a field change, once.
    public enum CodingKeys: String, CodingKey, CaseIterable, Sendable {
        case field, from, to
    }
}

/// The fields of an action that an update may change.
public enum ActionField: String, CaseIterable, Hashable, Sendable, Codable {
    /// ``Action/status``.
    case status
    /// ``Action/owner``.
    case owner
    /// ``Action/due``.
    case due
    /// ``Action/action``: the council's wording.
    case action
    /// ``Action/measure``.
    case measure
    /// ``Action/evidence``.
    case evidence
    /// ``Action/cost``.
    case cost
}
