/// A plan as the portfolio reports and `check` read it: every field of every action, and of its history
/// only the latest entry with a note and the day of its latest entry.
///
/// The overdue report over a national portfolio reads thousands of plans, and most of each file is
/// history it does not show. A summary is what is left once that history is cut away, with what is
/// needed to tell for which days the cut plan still stands for the plan: it does from the day of the
/// last recorded change on, provided the history replays to the plan as stored. Summaries are kept
/// in the ``PlanSummaryCache``, so an unchanged plan is not read again.
public struct PlanSummary: Hashable, Sendable {
    /// The plan, its actions' histories cut to their latest entry with a note, that entry's field
    /// changes left out, and its revision the highest in the history (as ``ActionPlan/asOf(_:)`` sets).
    public let plan: ActionPlan
    /// The day of the latest history entry of the plan or any action, or `nil` when nothing was ever recorded.
    public let lastChange: CalendarDay?
    /// Whether replaying the history onto the plan as generated gives the plan as stored.
    public let replays: Bool
    /// Whether ``PlanCheck/consistency(of:)`` finds no error in the plan as stored, so `check` can
    /// judge it from the summary alone.
    public let consistent: Bool

    /// The summary of `stored`, a plan as read from its file.
    public init(_ stored: ActionPlan) {
        var lastChange: CalendarDay?
        for action in stored.actions {
            for entry in action.history where lastChange.map({ entry.on > $0 }) ?? true {
                lastChange = entry.on
            }
        }
        for entry in stored.history where lastChange.map({ entry.on > $0 }) ?? true {
            lastChange = entry.on
        }
        self.lastChange = lastChange
        // With no entry dated after the last change, this asks only whether the history agrees with the fields.
        replays =
            lastChange.map { day in
                stored.headerReplaysToItself(upTo: day)
                    && stored.actions.allSatisfy { $0.replaysToItself(upTo: day) }
            } ?? true
        // As of its last change, a plan whose history replays is the plan as stored, its revision the
        // highest recorded; one that does not is never handed out (see `plan(on:)`).
        plan = PlanSummary.cut(replays ? stored.asOf(lastChange ?? stored.startDate) : stored)
        consistent = replays && PlanCheck.consistency(of: stored).isEmpty
    }

    /// Makes a summary from its parts, as read back from the cache.
    init(plan: ActionPlan, lastChange: CalendarDay?, replays: Bool, consistent: Bool) {
        self.plan = plan
        self.lastChange = lastChange
        self.replays = replays
        self.consistent = consistent
    }

    /// The plan as it stood on `day`, as far as the reports read it, or `nil` when the summary cannot
    /// tell: a change is dated after `day`, or the history disagrees with the fields and has to be
    /// replayed from the file.
    public func plan(on day: CalendarDay) -> ActionPlan? {
        guard replays, lastChange.map({ $0 <= day }) ?? true else { return nil }
        return plan
    }

    /// `plan` with each action's history cut to its latest entry with a note, without field changes,
    /// and, when another entry is dated later, a bare entry (no changes, no note) of that later day,
    /// which `check` reads as the action's last update (both stay in the order they were recorded);
    /// the plan's own history is dropped: the reports show its header, never how it was corrected.
    ///
    /// A plan as of a day, read in full when no summary stands for that day, is cut the same way, so
    /// what the reports are given has one shape however it was read.
    public static func cut(_ plan: ActionPlan) -> ActionPlan {
        var plan = plan
        plan.history = []
        for index in plan.actions.indices {
            let history = plan.actions[index].history
            guard let latest = history.max(by: { $0.on < $1.on }) else { continue }
            var noted = plan.actions[index].latestNoteEntry
            noted?.changes = []
            let bare =
                noted.map { $0.on >= latest.on } == true
                ? nil
                : HistoryEntry(
                    revision: latest.revision, on: latest.on, recorded: latest.recorded, by: latest.by)
            plan.actions[index].history = [noted, bare].compactMap { $0 }.sorted { $0.revision < $1.revision }
        }
        return plan
    }
}
