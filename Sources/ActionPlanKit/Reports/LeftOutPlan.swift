/// A plan a report over several plans leaves out, and why: on the report's day it had not started.
public struct LeftOutPlan: Hashable, Sendable {
    /// The plan's name.
    public var name: PlanName
    /// The day the plan starts, after the report's day.
    public var startDate: CalendarDay

    /// The plan as left out of a report as at `day`, or `nil` when it had started by then.
    public init?(_ plan: ActionPlan, asOf day: CalendarDay) {
        guard plan.startDate > day else { return nil }
        name = plan.name
        startDate = plan.startDate
    }

    /// Why, in words: "it starts on 22 May 2013, after the report's day".
    public var reason: String { "it starts on \(startDate.written), after the report's day" }

    /// The line a text report prints for it.
    public var sentence: String {
        "Left out: \(name), which starts on \(startDate.written), after this report's day."
    }
}

extension OverdueReport {
    /// The report naming `plans` as left out of it.
    public consuming func leavingOut(_ plans: [LeftOutPlan]) -> OverdueReport {
        leftOut = plans
        return self
    }
}
