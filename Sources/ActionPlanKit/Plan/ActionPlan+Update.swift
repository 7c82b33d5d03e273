extension ActionPlan {
    /// Applies `update` to every action in `ids` as one revision, recording each change in history.
    ///
    /// Either every action is updated or, when any rule refuses, none is and the plan is unchanged.
    /// An ID given twice counts once. Actions the update would not change and that get no note are
    /// left without an entry; when no action changes, the revision number does not move.
    /// - Returns: The entries recorded, one per action that changed.
    @discardableResult
    public mutating func apply(_ update: ActionUpdate, to ids: [ActionID], author: ChangeAuthor)
        throws(PlanError) -> [HistoryEntry]
    {
        guard !update.isEmpty else { throw .emptyUpdate }
        var updated = self
        let revision = revision + 1
        var recorded: [HistoryEntry] = []
        var seen = Set<ActionID>()
        for id in ids where seen.insert(id).inserted {
            guard let index = updated.actions.firstIndex(where: { $0.id == id && $0.exists }) else {
                throw .unknownAction(id, plan: name, suggestion: nearestAction(to: id))
            }
            let changes = try updated.actions[index].apply(update, on: author.on)
            guard !changes.isEmpty || update.note != nil else { continue }
            let entry = HistoryEntry(
                revision: revision, on: author.on, recorded: author.recorded, by: author.by, changes: changes,
                note: update.note, reason: update.reason)
            updated.actions[index].history.append(entry)
            recorded.append(entry)
        }
        if !recorded.isEmpty { updated.revision = revision }
        self = updated
        return recorded
    }

    /// The plan's action ID nearest in number to `id`, for "did you mean" hints.
    func nearestAction(to id: ActionID) -> ActionID? {
        func distance(_ other: ActionID) -> (Int, Int) {
            (abs(other.recommendation - id.recommendation), abs(other.sequence - id.sequence))
        }
        return actions.filter(\.exists).map(\.id).min { distance($0) < distance($1) }
    }
}

extension Action {
    /// Applies the fields of `update` that differ from the action's, enforcing the lifecycle rules.
    ///
    /// Throws before changing anything when a rule refuses, so a refused update leaves no trace. `day` is
    /// the day the change takes effect: a status change may not come before the latest one recorded.
    mutating func apply(_ update: ActionUpdate, on day: CalendarDay) throws(PlanError) -> [FieldChange] {
        if let newStatus = update.status, newStatus != status {
            try ActionLifecycle.check(from: status, to: newStatus, action: id, reason: update.reason)
            try ActionLifecycle.checkOrder(of: self, statusChangeOn: day, to: newStatus)
        }
        if let newDue = update.due, let oldDue = due, newDue != oldDue {
            try ActionLifecycle.checkReschedule(from: oldDue, to: newDue, action: id, reason: update.reason)
        }
        let before = self
        if let newStatus = update.status { status = newStatus }
        if let newOwner = update.owner { set(.owner, to: newOwner.isEmpty ? nil : newOwner) }
        if let newDue = update.due { set(.due, to: newDue.description) }
        if let text = update.action, !text.isEmpty { action = text }
        if let text = update.measure { measure = text.isEmpty ? nil : text }
        if let text = update.evidence { evidence = text.isEmpty ? nil : text }
        if let amount = update.cost { cost = amount }
        return ActionField.allCases.compactMap { field in
            let old = before.value(of: field)
            let new = value(of: field)
            return old == new ? nil : FieldChange(field: field, from: old, to: new)
        }
    }

    /// The stored string form of `field`, as history records it.
    func value(of field: ActionField) -> String? {
        switch field {
        case .status: status.rawValue
        case .owner: owner
        case .due: due?.description
        case .action: action.isEmpty ? nil : action
        case .measure: measure
        case .evidence: evidence
        case .cost: cost?.description
        }
    }

    /// Sets `field` to its stored string form `value`, as recorded in history.
    ///
    /// ``originalDue`` follows ``due`` whenever the action had no due date before or has none after, so
    /// only a move from one date to another counts as rescheduling. A value that does not parse (a
    /// hand-edited history) leaves the field alone; ``PlanCheck`` reports it.
    mutating func set(_ field: ActionField, to value: String?) {
        switch field {
        case .status: status = value.flatMap(ActionStatus.init(rawValue:)) ?? status
        case .owner: owner = value
        case .due:
            let newDue = value.flatMap { CalendarDay(iso: $0) }
            if value != nil && newDue == nil { return }
            if due == nil || newDue == nil { originalDue = newDue }
            due = newDue
        // No wording is an action not (or no longer) in the plan: see `exists`.
        case .action: action = value ?? ""
        case .measure: measure = value
        case .evidence: evidence = value
        case .cost:
            let amount = value.flatMap(Money.init)
            if value != nil && amount == nil { return }
            cost = amount
        }
    }
}

/// The status workflow of an action.
///
/// Any status may follow any other, reopening included (a completed, signed-off or dropped action set
/// back to an open status), with two exceptions: only a completed action can be signed off, and
/// dropping needs a reason. Moving a due date that was already set needs a reason too.
public enum ActionLifecycle {
    /// Throws when moving from `old` to `new` is not allowed.
    public static func check(from old: ActionStatus, to new: ActionStatus, action: ActionID, reason: String?)
        throws(PlanError)
    {
        if new == .signedOff && old != .completed {
            throw .invalidTransition(
                action: action, from: old, to: new,
                why: "only a completed action can be signed off; set it to completed first")
        }
        if new == .dropped && isBlank(reason) {
            throw .reasonRequired(action: action, change: "dropping it")
        }
    }

    /// Throws when a due date that was set is moved without a reason.
    public static func checkReschedule(
        from old: CalendarDay, to new: CalendarDay, action: ActionID, reason: String?
    )
        throws(PlanError)
    {
        if old != new && isBlank(reason) {
            throw .reasonRequired(action: action, change: "moving the due date from \(old) to \(new)")
        }
    }

    private static func isBlank(_ text: String?) -> Bool {
        (text ?? "").allSatisfy(\.isWhitespace)
    }
}
