extension ActionPlan {
    /// Throws when a change cannot be dated `day`: after `today`, or before the plan's start date.
    ///
    /// A report "as at" a day replays the history dated up to it, so an entry dated in the future
    /// would appear in no report until then, and one dated before the plan existed in none at all.
    public func checkChangeDay(_ day: CalendarDay, today: CalendarDay) throws(PlanError) {
        if day > today {
            throw .changeDayOutOfRange(
                day,
                why:
                    "that is after today (\(today)); a change is dated the day it took effect, which has come"
            )
        }
        if day < startDate {
            throw .changeDayOutOfRange(
                day,
                why: "that is before the plan's start date (\(startDate)); plan '\(name)' did not exist then")
        }
    }
}

extension ActionLifecycle {
    /// Throws when a status change dated `day` would come before the action's latest recorded status
    /// change, so that the history read in date order would be impossible (signed off before it was
    /// completed, or its latest status overtaken by an older one).
    static func checkOrder(of action: Action, statusChangeOn day: CalendarDay, to status: ActionStatus)
        throws(PlanError)
    {
        guard
            let last = action.history.last(where: { entry in
                entry.changes.contains { $0.field == .status }
            }), last.on > day
        else { return }
        let previous = last.changes.last { $0.field == .status }?.to.flatMap(ActionStatus.init(rawValue:))
        if status == .signedOff, previous == .completed {
            throw .changeOutOfOrder(
                action: action.id, day: day,
                why:
                    "would sign it off before it was completed (\(last.on.written)); "
                    + "date the sign-off on or after \(last.on) with --on")
        }
        let what = previous.map { "to \($0.rawValue)" } ?? ""
        throw .changeOutOfOrder(
            action: action.id, day: day,
            why:
                "would come before its status last changed \(what) on \(last.on.written), so reports as at "
                + "those days would show the statuses out of order; date it on or after \(last.on) with --on")
    }
}
