/// The changes one `update` command asks for; `nil` fields are left alone.
public struct ActionUpdate: Hashable, Sendable {
    /// The new status.
    public var status: ActionStatus?
    /// The new owner; an empty string clears it.
    public var owner: String?
    /// The new due date (rescheduling needs a ``reason``).
    public var due: CalendarDay?
    /// The council's new wording of the action.
    public var action: String?
    /// The new success measure.
    public var measure: String?
    /// The new evidence.
    public var evidence: String?
    /// The new estimated cost.
    public var cost: Money?
    /// A progress note.
    public var note: String?
    /// Why: needed to reschedule or drop.
    public var reason: String?

    /// Creates an update.
    public init(
        status: ActionStatus? = nil, owner: String? = nil, due: CalendarDay? = nil, action: String? = nil,
        measure: String? = nil, evidence: String? = nil, cost: Money? = nil, note: String? = nil,
        reason: String? = nil
    ) {
        self.status = status
        self.owner = owner
        self.due = due
        self.action = action
        self.measure = measure
        self.evidence = evidence
        self.cost = cost
        self.note = note
        self.reason = reason
    }

    /// Whether the update asks for anything at all.
    public var isEmpty: Bool {
        status == nil && owner == nil && due == nil && action == nil && measure == nil && evidence == nil
            && cost == nil && note == nil
    }
}

/// Who records a change and when it takes effect.
public struct ChangeAuthor: Hashable, Sendable {
    /// Who (`--by`, else the login name).
    public var by: String
    /// The day the change takes effect (`--on`, else today).
    public var on: CalendarDay
    /// When it was recorded, as an ISO 8601 UTC timestamp.
    public var recorded: String

    /// Creates an author stamp.
    public init(by: String, on: CalendarDay, recorded: String) {
        self.by = by
        self.on = on
        self.recorded = recorded
    }
}
