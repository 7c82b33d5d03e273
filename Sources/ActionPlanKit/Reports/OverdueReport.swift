/// What a cabinet asks first: which actions are late, by how much, and what is coming up.
///
/// The report is a view model of plain values computed once from the plans; ``render(_:)`` prints it.
/// Every plan is shown as it stood on the report's day (``ActionPlan/asOf(_:)``).
public struct OverdueReport: Sendable {
    /// A plan the report covers.
    public struct PlanHeading: Hashable, Sendable {
        /// The plan's name.
        public var name: PlanName
        /// The authority inspected, where the report named it.
        public var authority: String?
        /// How many actions the plan has.
        public var actionCount: Int
        /// How many of them are overdue.
        public var overdueCount: Int
    }

    /// How many overdue actions are late by an amount within a range of days.
    public struct AgeingBucket: Hashable, Sendable {
        /// The fewest days overdue in the bucket.
        public var fromDays: Int
        /// The most days overdue in the bucket, or `nil` for no limit.
        public var toDays: Int?
        /// The number of overdue actions in the bucket.
        public var count: Int

        /// The bucket in words, e.g. "1–30 days" or "over 90 days".
        public var label: String {
            guard let toDays else { return "over \(fromDays - 1) days" }
            return "\(fromDays)–\(toDays) days"
        }
    }

    /// The overdue actions of one owner.
    public struct OwnerGroup: Hashable, Sendable {
        /// The owner, or `nil` for actions nobody owns.
        public var owner: String?
        /// Their overdue actions, most overdue first.
        public var actions: [ActionLine]
    }

    /// The day the report is "as at".
    public let asOf: CalendarDay
    /// The rules used to rate actions.
    public let policy: RAGPolicy
    /// Whether the overdue list is grouped by owner.
    public let byOwner: Bool
    /// The plans covered, in the order given.
    public let plans: [PlanHeading]
    /// The number of actions across all plans.
    public let totalActions: Int
    /// The count of actions by RAG colour, worst first, every colour present.
    public let ragCounts: [RAGCount]
    /// The overdue actions, most overdue first (then by plan and ID).
    public let overdue: [ActionLine]
    /// The overdue actions counted by how late they are: 1–30, 31–90 and over 90 days.
    public let ageing: [AgeingBucket]
    /// Open actions due from the report's day to the end of the amber window, soonest first.
    public let dueSoon: [ActionLine]
    /// Open actions with no due date.
    public let noDueDate: [ActionLine]
    /// Open actions with no owner.
    public let noOwner: [ActionLine]
    /// How many actions of each timescale carry each RAG colour, for the chart.
    public let ragByTimescale: [Timescale: [RAG: Int]]

    /// Computes the report over `plans` as they stood on `asOf`.
    public init(plans: [ActionPlan], asOf: CalendarDay, policy: RAGPolicy = RAGPolicy(), byOwner: Bool = false) {
        self.asOf = asOf
        self.policy = policy
        self.byOwner = byOwner
        var headings: [PlanHeading] = []
        var colourCounts = [RAG: Int]()
        var overdue: [ActionLine] = []
        var dueSoon: [ActionLine] = []
        var noDueDate: [ActionLine] = []
        var noOwner: [ActionLine] = []
        var total = 0
        var byTimescale: [Timescale: [RAG: Int]] = [:]
        let horizon = asOf.adding(days: policy.amberWindow)
        for stored in plans {
            let plan = stored.asOf(asOf)
            var overdueInPlan = 0
            for action in plan.actions {
                let line = ActionLine(plan: plan.name, action: action, on: asOf, policy: policy)
                total += 1
                colourCounts[line.rating.colour, default: 0] += 1
                byTimescale[action.timescale, default: [:]][line.rating.colour, default: 0] += 1
                if line.daysOverdue != nil {
                    overdue.append(line)
                    overdueInPlan += 1
                }
                guard action.status.isOpen else { continue }
                if let due = action.due, due >= asOf, due <= horizon { dueSoon.append(line) }
                if action.due == nil { noDueDate.append(line) }
                if action.owner?.isEmpty ?? true { noOwner.append(line) }
            }
            headings.append(
                PlanHeading(
                    name: plan.name, authority: plan.source.authority, actionCount: plan.actions.count,
                    overdueCount: overdueInPlan))
        }
        self.plans = headings
        totalActions = total
        ragCounts = RAGCount.all(colourCounts, total: total)
        self.overdue = overdue.sorted { lhs, rhs in
            if lhs.daysOverdue != rhs.daysOverdue { return (lhs.daysOverdue ?? 0) > (rhs.daysOverdue ?? 0) }
            return OverdueReport.reportOrder(lhs, rhs)
        }
        ageing = OverdueReport.buckets(of: overdue)
        self.dueSoon = dueSoon.sorted { lhs, rhs in
            if lhs.action.due != rhs.action.due { return lhs.action.due! < rhs.action.due! }
            return OverdueReport.reportOrder(lhs, rhs)
        }
        self.noDueDate = noDueDate
        self.noOwner = noOwner
        ragByTimescale = byTimescale
    }

    /// The overdue actions grouped by owner: owners in alphabetical order, unowned last.
    public var ownerGroups: [OwnerGroup] {
        var byName = [String: [ActionLine]]()
        var unowned: [ActionLine] = []
        for line in overdue {
            if let owner = line.action.owner, !owner.isEmpty {
                byName[owner, default: []].append(line)
            } else {
                unowned.append(line)
            }
        }
        var groups = byName.keys.sorted { $0.lowercased() < $1.lowercased() || ($0.lowercased() == $1.lowercased() && $0 < $1) }
            .map { OwnerGroup(owner: $0, actions: byName[$0]!) }
        if !unowned.isEmpty { groups.append(OwnerGroup(owner: nil, actions: unowned)) }
        return groups
    }

    /// By plan name, then by action ID: the order a reader finds actions in the plans.
    private static func reportOrder(_ lhs: ActionLine, _ rhs: ActionLine) -> Bool {
        if lhs.plan != rhs.plan { return lhs.plan < rhs.plan }
        return lhs.action.id < rhs.action.id
    }

    private static func buckets(of overdue: [ActionLine]) -> [AgeingBucket] {
        var buckets = [
            AgeingBucket(fromDays: 1, toDays: 30, count: 0),
            AgeingBucket(fromDays: 31, toDays: 90, count: 0),
            AgeingBucket(fromDays: 91, toDays: nil, count: 0),
        ]
        for line in overdue {
            guard let days = line.daysOverdue else { continue }
            let index = buckets.firstIndex { days <= ($0.toDays ?? Int.max) } ?? buckets.count - 1
            buckets[index].count += 1
        }
        return buckets
    }
}
