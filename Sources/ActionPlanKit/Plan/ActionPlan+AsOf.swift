extension ActionPlan {
    /// The plan as generated, before any recorded change.
    public var asGenerated: ActionPlan {
        var plan = self
        for index in plan.actions.indices {
            for entry in plan.actions[index].history.reversed() {
                for change in entry.changes.reversed() { plan.actions[index].set(change.field, to: change.from) }
            }
            plan.actions[index].history = []
            plan.actions[index].originalDue = plan.actions[index].due
        }
        plan.revision = 0
        return plan
    }

    /// The plan as it stood on `day`: as generated plus every change dated on or before `day`.
    ///
    /// Changes are replayed in the order they were recorded, whatever their `--on` date, so the plan
    /// as of a day after every change is exactly the plan as stored.
    public func asOf(_ day: CalendarDay) -> ActionPlan {
        var plan = asGenerated
        for index in plan.actions.indices {
            for entry in actions[index].history where entry.on <= day {
                for change in entry.changes { plan.actions[index].set(change.field, to: change.to) }
                plan.actions[index].history.append(entry)
            }
        }
        plan.revision = plan.actions.flatMap(\.history).map(\.revision).max() ?? 0
        return plan
    }
}
