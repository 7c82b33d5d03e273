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
    ///
    /// One pass over the actions, then sorts of small keys: the work grows with the number of actions
    /// (times its logarithm for the sorts), and no action is rated in words unless it is shown.
    public init(
        plans: [ActionPlan], asOf: CalendarDay, policy: RAGPolicy = RAGPolicy(), byOwner: Bool = false
    ) {
        self.asOf = asOf
        self.policy = policy
        self.byOwner = byOwner
        var headings: [PlanHeading] = []
        var counter = RAGCounter()
        var overdue: [ActionLine] = []
        var overdueKeys: [(days: Int, plan: Int, id: Int, index: Int)] = []
        var dueSoon: [ActionLine] = []
        var noDueDate: [ActionLine] = []
        var noOwner: [ActionLine] = []
        let horizon = asOf.adding(days: policy.amberWindow)
        // Plans are ordered by name for ties, so each plan's place in that order is worked out once.
        let nameRank = Dictionary(
            plans.indices.sorted { plans[$0].name < plans[$1].name }.enumerated().map { ($1, $0) },
            uniquingKeysWith: { first, _ in first })
        for (planIndex, stored) in plans.enumerated() {
            let plan = stored.asOf(asOf)
            var overdueInPlan = 0
            for action in plan.actions {
                let colour = policy.colour(of: action, on: asOf)
                counter.count(colour, action.timescale)
                let late = policy.daysOverdue(action, on: asOf)
                func line() -> ActionLine {
                    ActionLine(
                        plan: plan.name, action: action, on: asOf, policy: policy, colour: colour,
                        daysOverdue: late)
                }
                if let late {
                    overdueKeys.append((late, nameRank[planIndex]!, action.id.number, overdue.count))
                    overdue.append(line())
                    overdueInPlan += 1
                }
                guard action.status.isOpen else { continue }
                if let due = action.due, due >= asOf, due <= horizon { dueSoon.append(line()) }
                if action.due == nil { noDueDate.append(line()) }
                if action.owner?.isEmpty ?? true { noOwner.append(line()) }
            }
            headings.append(
                PlanHeading(
                    name: plan.name, authority: plan.source.authority, actionCount: plan.actions.count,
                    overdueCount: overdueInPlan))
        }
        self.plans = headings
        totalActions = counter.total
        ragCounts = RAGCount.all(counter.byColour, total: counter.total)
        ragByTimescale = counter.byTimescale
        overdueKeys.sort { ($1.days, $0.plan, $0.id) < ($0.days, $1.plan, $1.id) }
        self.overdue = overdueKeys.map { overdue[$0.index] }
        ageing = OverdueReport.buckets(of: overdue)
        self.dueSoon = OverdueReport.sortedByDueDate(dueSoon, nameRank: nameRank, plans: plans)
        self.noDueDate = noDueDate
        self.noOwner = noOwner
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
        var groups = byName.keys.sorted {
            $0.lowercased() < $1.lowercased() || ($0.lowercased() == $1.lowercased() && $0 < $1)
        }
        .map { OwnerGroup(owner: $0, actions: byName[$0]!) }
        if !unowned.isEmpty { groups.append(OwnerGroup(owner: nil, actions: unowned)) }
        return groups
    }

    /// Open actions due soon, soonest first, then by plan name and action ID.
    private static func sortedByDueDate(
        _ lines: [ActionLine], nameRank: [Int: Int], plans: [ActionPlan]
    ) -> [ActionLine] {
        var rankByName: [PlanName: Int] = [:]
        for (index, plan) in plans.enumerated() { rankByName[plan.name] = nameRank[index] }
        let keys = lines.indices.map { index in
            (
                due: lines[index].action.due?.daysSinceEpoch ?? 0, plan: rankByName[lines[index].plan] ?? 0,
                id: lines[index].action.id.number, index: index
            )
        }
        return keys.sorted { ($0.due, $0.plan, $0.id) < ($1.due, $1.plan, $1.id) }.map { lines[$0.index] }
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
