extension ActionPlan {
    /// The plan as generated, before any recorded change; an action added since is there without
    /// wording (see ``Action/exists``), so the actions stay in step with the plan's.
    public var asGenerated: ActionPlan {
        var plan = self
        for index in plan.actions.indices {
            for entry in plan.actions[index].history.reversed() {
                for change in entry.changes.reversed() {
                    plan.actions[index].set(change.field, to: change.from)
                }
            }
            plan.actions[index].history = []
            plan.actions[index].originalDue = plan.actions[index].due
        }
        for entry in plan.history.reversed() {
            for change in entry.changes.reversed() where change.field.isReplayed {
                plan.set(change.field, recommendation: change.recommendation, to: change.from)
            }
        }
        plan.history = []
        plan.revision = 0
        return plan
    }

    /// The plan as it stood on `day`: as generated plus every change dated on or before `day`.
    ///
    /// Changes are replayed in the order they were recorded, whatever their `--on` date, so the plan
    /// as of a day after every change is exactly the plan as stored. Actions not in the plan on
    /// `day` (added later, or their adding undone) are left out.
    public func asOf(_ day: CalendarDay) -> ActionPlan {
        // Usually nothing is dated after `day` and the history agrees with the fields, so replaying it
        // would rebuild the plan as stored; the overdue report asks this of every plan in the portfolio.
        if headerReplaysToItself(upTo: day) && actions.allSatisfy({ $0.replaysToItself(upTo: day) }) {
            var plan = self
            plan.revision = plan.highestRecordedRevision
            if !actions.allSatisfy(\.exists) { plan.actions.removeAll { !$0.exists } }
            return plan
        }
        var plan = asGenerated
        for index in plan.actions.indices {
            for entry in actions[index].history where entry.on <= day {
                for change in entry.changes { plan.actions[index].set(change.field, to: change.to) }
                plan.actions[index].history.append(entry)
            }
        }
        for entry in history where entry.on <= day {
            for change in entry.changes where change.field.isReplayed {
                plan.set(change.field, recommendation: change.recommendation, to: change.to)
            }
            plan.history.append(entry)
        }
        plan.revision = plan.highestRecordedRevision
        plan.actions.removeAll { !$0.exists }
        return plan
    }
}

extension ActionPlan {
    /// The highest revision recorded anywhere in the plan, its own history or its actions', else 0.
    var highestRecordedRevision: Int {
        max(
            actions.lazy.flatMap(\.history).map(\.revision).max() ?? 0,
            history.lazy.map(\.revision).max() ?? 0)
    }

    /// Whether replaying the plan's own history up to `day` onto the plan as generated gives its
    /// header as it is: nothing dated after `day`, and each field's last recorded value its value now.
    func headerReplaysToItself(upTo day: CalendarDay) -> Bool {
        guard !history.isEmpty else { return true }
        for entry in history where entry.on > day { return false }
        var checked = Set<PlanFieldChange>()
        for entry in history.reversed() {
            for change in entry.changes.reversed() where change.field.isReplayed {
                let key = PlanFieldChange(
                    field: change.field, recommendation: change.recommendation, from: nil, to: nil)
                guard checked.insert(key).inserted else { continue }
                guard change.to == value(of: change.field, recommendation: change.recommendation) else {
                    return false
                }
            }
        }
        return true
    }
}

extension PlanField {
    /// Whether the plan as of a past day shows the field's value then: every field but the name,
    /// which is the plan's file and stays the one a person typed.
    var isReplayed: Bool { self != .name }
}

extension Action {
    /// Whether replaying the history up to `day` onto the action as generated gives the action as it is.
    ///
    /// True when no entry is dated after `day`, each field's last recorded value is its value now,
    /// and the due dates come out as they are. A file edited by hand so that its history disagrees
    /// with its fields is replayed the long way, as before.
    func replaysToItself(upTo day: CalendarDay) -> Bool {
        guard !history.isEmpty else { return true }
        for entry in history where entry.on > day { return false }
        // Newest first, so the first change met of each field is its last recorded value.
        var checked = Set<ActionField>()
        var changesDue = false
        for entry in history.reversed() {
            for change in entry.changes.reversed() {
                if change.field == .due { changesDue = true }
                guard checked.insert(change.field).inserted else { continue }
                guard change.to == value(of: change.field) else { return false }
            }
        }
        guard changesDue else { return true }
        let dueChanges = history.flatMap { $0.changes.filter { $0.field == .due } }
        // Run the due date alone back to the plan as generated and forward again, as `set` would.
        var probe = self
        for change in dueChanges.reversed() { probe.set(.due, to: change.from) }
        probe.originalDue = probe.due
        for change in dueChanges { probe.set(.due, to: change.to) }
        return probe.due == due && probe.originalDue == originalDue
    }
}
