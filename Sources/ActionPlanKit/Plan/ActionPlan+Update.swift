extension ActionPlan {
    /// Applies `update` to every action in `ids` as one revision, recording each change in history.
    ///
    /// Either every action is updated or, when any rule refuses, none is and the plan is unchanged.
    /// - Returns: The entries recorded, one per action that changed.
    @discardableResult
    public mutating func apply(_ update: ActionUpdate, to ids: [ActionID], author: ChangeAuthor)
        throws(PlanError) -> [HistoryEntry]
    {
        guard !update.isEmpty else { throw .emptyUpdate }
        var updated = self
        let revision = revision + 1
        var recorded: [HistoryEntry] = []
        for id in ids {
            guard let index = updated.actions.firstIndex(where: { $0.id == id }) else {
                throw .unknownAction(id, plan: name, suggestion: nearestAction(to: id))
            }
            let changes = try updated.actions[index].apply(update)
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
        actions.map(\.id).min { abs($0.number - id.number) < abs($1.number - id.number) }
    }
}

extension Action {
    /// Applies the fields of `update` that differ from the action's, enforcing the lifecycle rules.
    mutating func apply(_ update: ActionUpdate) throws(PlanError) -> [FieldChange] {
        var changes: [FieldChange] = []
        func record(_ field: ActionField, _ old: String?, _ new: String?) {
            if old != new { changes.append(FieldChange(field: field, from: old, to: new)) }
        }
        if let newStatus = update.status, newStatus != status {
            try ActionLifecycle.check(from: status, to: newStatus, action: id, reason: update.reason)
            record(.status, status.rawValue, newStatus.rawValue)
            status = newStatus
        }
        if let newOwner = update.owner {
            let value = newOwner.isEmpty ? nil : newOwner
            record(.owner, owner, value)
            owner = value
        }
        if let newDue = update.due, newDue != due {
            if due != nil && (update.reason ?? "").isEmpty {
                throw .reasonRequired(action: id, change: "moving the due date from \(due!) to \(newDue)")
            }
            record(.due, due?.description, newDue.description)
            if originalDue == nil { originalDue = newDue }
            due = newDue
        }
        if let text = update.action { record(.action, action, text); action = text }
        if let text = update.measure { record(.measure, measure, text.isEmpty ? nil : text); measure = text.isEmpty ? nil : text }
        if let text = update.evidence { record(.evidence, evidence, text.isEmpty ? nil : text); evidence = text.isEmpty ? nil : text }
        if let amount = update.cost { record(.cost, cost?.description, amount.description); cost = amount }
        return changes
    }

    /// Sets `field` to its stored string form `value`, as recorded in history.
    mutating func set(_ field: ActionField, to value: String?) {
        switch field {
        case .status: status = value.flatMap(ActionStatus.init(rawValue:)) ?? status
        case .owner: owner = value
        case .due:
            due = value.flatMap { CalendarDay(iso: $0) }
            if originalDue == nil { originalDue = due }
        case .action: action = value ?? action
        case .measure: measure = value
        case .evidence: evidence = value
        case .cost: cost = value.flatMap(Money.init)
        }
    }
}

/// The status workflow of an action.
public enum ActionLifecycle {
    /// Throws when moving from `old` to `new` is not allowed.
    ///
    /// Signing off needs a completed action; dropping needs a reason; everything else is allowed and
    /// recorded, reopening included.
    public static func check(from old: ActionStatus, to new: ActionStatus, action: ActionID, reason: String?)
        throws(PlanError)
    {
        if new == .signedOff && old != .completed {
            throw .invalidTransition(
                action: action, from: old, to: new, why: "only a completed action can be signed off")
        }
        if new == .dropped && (reason ?? "").trimmingCharacters(in: " ").isEmpty {
            throw .reasonRequired(action: action, change: "dropping it")
        }
    }
}
