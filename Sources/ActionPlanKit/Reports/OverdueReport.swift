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
        /// The council the plan is about, as the national view groups plans.
        public var council: Council
        /// How many actions the plan has.
        public var actionCount: Int
        /// How many of them are overdue.
        public var overdueCount: Int
        /// The last day for the plan's statement of action, where its report's publication is known.
        public var statementDue: CalendarDay?
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
        /// Where the latest returns round sent them a sheet, whether they have answered it: "sent nothing
        /// since the round of 30 June 2012" or "last return 10 July 2012".
        public var sinceRound: String? = nil
    }

    /// The head of the paper: council, report, meeting and author.
    public let header: PaperHeader
    /// The day the report is "as at".
    public let asOf: CalendarDay
    /// The rules used to rate actions.
    public let policy: RAGPolicy
    /// Whether the overdue list is grouped by owner.
    public let byOwner: Bool
    /// Who has answered the latest returns round, shown with the owners when the list is grouped by
    /// owner; `nil` when not asked.
    public var returns: RoundReturns?
    /// The plans covered, in the order given.
    public let plans: [PlanHeading]
    /// The number of actions across all plans.
    public let totalActions: Int
    /// The count of actions by RAG colour, worst first, every colour present.
    public let ragCounts: [RAGCount]
    /// The overdue actions, most overdue first (then by plan and ID).
    public let overdue: [ActionLine]
    /// For each of ``overdue``, the index in ``plans`` of its plan.
    let overduePlans: [Int]
    /// The overdue actions counted by how late they are: 1–30, 31–90 and over 90 days.
    public let ageing: [AgeingBucket]
    /// Open actions due from the report's day to the end of the amber window, soonest first.
    public let dueSoon: [ActionLine]
    /// Open actions with no due date whose plan's statement deadline has passed: red, in plan order.
    public let undatedPastDeadline: [ActionLine]
    /// Open actions with no due date, their plan's statement deadline not yet passed (or unknown).
    public let noDueDate: [ActionLine]
    /// Open actions with no owner.
    public let noOwner: [ActionLine]
    /// How many actions of each timescale carry each RAG colour, for the chart.
    public let ragByTimescale: [Timescale: [RAG: Int]]
    /// The plans left out because they had not started on the report's day, in the order given.
    public var leftOut: [LeftOutPlan] = []

    /// What one plan brings to the report, worked out from that plan alone.
    ///
    /// Parts let a portfolio be read, rated and let go of one plan at a time, several plans at once:
    /// only the lines the report shows are kept, and without their history (``ActionLine/latestNote``
    /// keeps what the report shows of it). A part is made once and then only read, so it is shared, not
    /// copied, on its way from the thread that made it into the report.
    public final class PlanPart: Sendable {
        /// The plan's heading.
        let heading: PlanHeading
        /// The report the plan answers, without its judgements, for the paper's header.
        let source: SourceReport
        /// The plan's saved meeting and author, for the paper's header.
        let settings: PlanSettings
        /// Its actions counted by colour and timescale.
        let counter: RAGCounter
        /// Its overdue actions, in plan order.
        let overdue: [ActionLine]
        /// Its open actions due within the amber window.
        let dueSoon: [ActionLine]
        /// Its open actions with no due date after its statement deadline.
        let undatedPastDeadline: [ActionLine]
        /// Its other open actions with no due date.
        let noDueDate: [ActionLine]
        /// Its open actions with no owner.
        let noOwner: [ActionLine]
        /// What each of ``overdue`` is sorted by, kept beside the lines so that putting a portfolio's
        /// report together reads small numbers, not tens of thousands of lines.
        let overdueOrder: [(days: Int, id: Int)]
        /// What each of ``dueSoon`` is sorted by: its due day and ID.
        let dueSoonOrder: [(due: Int, id: Int)]

        /// The part of `stored`, as it stood on `asOf`, rated by `policy`.
        public convenience init(_ stored: ActionPlan, asOf: CalendarDay, policy: RAGPolicy = RAGPolicy()) {
            self.init(standing: stored.asOf(asOf), on: asOf, policy: policy)
        }

        /// The part of `plan`, already as it stood on `asOf` (its history may be cut as in
        /// ``PlanSummary``: only the latest entry with a note is read), rated by `policy`.
        public init(standing plan: ActionPlan, on asOf: CalendarDay, policy: RAGPolicy = RAGPolicy()) {
            // The plan's own statement deadline rates its undated actions.
            let policy = policy.applying(to: plan)
            var counter = RAGCounter()
            var overdue: [ActionLine] = []
            var dueSoon: [ActionLine] = []
            var undatedPastDeadline: [ActionLine] = []
            var noDueDate: [ActionLine] = []
            var noOwner: [ActionLine] = []
            var overdueOrder: [(days: Int, id: Int)] = []
            var dueSoonOrder: [(due: Int, id: Int)] = []
            let horizon = asOf.adding(days: policy.amberWindow)
            var recommendations: [Int: Recommendation] = [:]
            for recommendation in plan.recommendations {
                recommendations[recommendation.number] = recommendation
            }
            // Actions are kept in ID order, so an action's place in its plan orders it as its ID would.
            for (place, action) in plan.actions.enumerated() {
                let recommendation =
                    recommendations[action.recommendationNumber] ?? plan.recommendation(of: action)
                let colour = policy.colour(of: action, on: asOf)
                counter.count(colour, recommendation.timescale)
                let late = policy.daysOverdue(action, on: asOf)
                let isOpen = action.status.isOpen
                let isDueSoon = isOpen && (action.due.map { $0 >= asOf && $0 <= horizon } ?? false)
                let hasNoDueDate = isOpen && action.due == nil
                let hasNoOwner = isOpen && (action.owner?.isEmpty ?? true)
                guard late != nil || isDueSoon || hasNoDueDate || hasNoOwner else { continue }
                // One line serves every list the action is in.
                let line = ActionLine(
                    plan: plan.name, action: action, recommendation: recommendation, on: asOf, policy: policy,
                    colour: colour, daysOverdue: late, keepingHistory: false)
                if let late {
                    overdue.append(line)
                    overdueOrder.append((late, place))
                }
                if isDueSoon, let due = action.due {
                    dueSoon.append(line)
                    dueSoonOrder.append((due.daysSinceEpoch, place))
                }
                if hasNoDueDate {
                    if policy.isUndatedPastDeadline(action, on: asOf) {
                        undatedPastDeadline.append(line)
                    } else {
                        noDueDate.append(line)
                    }
                }
                if hasNoOwner { noOwner.append(line) }
            }
            var source = plan.source
            // The header needs no judgements, and a portfolio's parts are kept until the report is made.
            source.judgements = []
            self.source = source
            settings = plan.settings
            heading = PlanHeading(
                name: plan.name, authority: plan.source.authority, council: Council(of: plan.source),
                actionCount: plan.actions.count, overdueCount: overdue.count,
                statementDue: plan.source.statementDue)
            self.counter = counter
            self.overdue = overdue
            self.dueSoon = dueSoon
            self.undatedPastDeadline = undatedPastDeadline
            self.noDueDate = noDueDate
            self.noOwner = noOwner
            self.overdueOrder = overdueOrder
            self.dueSoonOrder = dueSoonOrder
        }
    }

    /// Computes the report over `plans` as they stood on `asOf`.
    public init(
        plans: [ActionPlan], asOf: CalendarDay, policy: RAGPolicy = RAGPolicy(), byOwner: Bool = false,
        presenting: PlanSettings = PlanSettings()
    ) {
        self.init(
            parts: plans.map { PlanPart($0, asOf: asOf, policy: policy) }, asOf: asOf, policy: policy,
            byOwner: byOwner, presenting: presenting)
    }

    /// Puts together the report from the parts of its plans, each made with the same `asOf` and `policy`.
    ///
    /// One pass over the parts, then sorts of small keys: the work grows with the number of lines shown
    /// (times its logarithm for the sorts).
    ///
    /// The meeting, its date and the author are `presenting`'s where set, else what the plans' saved
    /// settings agree on.
    public init(
        parts: [PlanPart], asOf: CalendarDay, policy: RAGPolicy = RAGPolicy(), byOwner: Bool = false,
        presenting: PlanSettings = PlanSettings()
    ) {
        header = PaperHeader(
            plans: parts.lazy.map { ($0.source, $0.settings) }, given: presenting)
        self.asOf = asOf
        self.policy = policy
        self.byOwner = byOwner
        var counter = RAGCounter()
        // Lines are found by plan and place and copied once, into their sorted place.
        var overdueKeys: [(days: Int, plan: Int, id: Int, part: Int, line: Int)] = []
        var dueSoonKeys: [(due: Int, plan: Int, id: Int, part: Int, line: Int)] = []
        var undatedPastDeadline: [ActionLine] = []
        var noDueDate: [ActionLine] = []
        var noOwner: [ActionLine] = []
        // Plans are ordered by name for ties, so each plan's place in that order is worked out once.
        var nameRank = [Int](repeating: 0, count: parts.count)
        for (rank, index) in parts.indices.sorted(by: { parts[$0].heading.name < parts[$1].heading.name })
            .enumerated()
        {
            nameRank[index] = rank
        }
        for planIndex in parts.indices {
            counter.add(parts[planIndex].counter)
            for (index, key) in parts[planIndex].overdueOrder.enumerated() {
                overdueKeys.append((key.days, nameRank[planIndex], key.id, planIndex, index))
            }
            for (index, key) in parts[planIndex].dueSoonOrder.enumerated() {
                dueSoonKeys.append((key.due, nameRank[planIndex], key.id, planIndex, index))
            }
            undatedPastDeadline.append(contentsOf: parts[planIndex].undatedPastDeadline)
            noDueDate.append(contentsOf: parts[planIndex].noDueDate)
            noOwner.append(contentsOf: parts[planIndex].noOwner)
        }
        plans = parts.map(\.heading)
        totalActions = counter.total
        ragCounts = RAGCount.all(counter.byColour, total: counter.total)
        ragByTimescale = counter.byTimescale
        overdueKeys.sort { ($1.days, $0.plan, $0.id) < ($0.days, $1.plan, $1.id) }
        overdue = overdueKeys.map { parts[$0.part].overdue[$0.line] }
        overduePlans = overdueKeys.map(\.part)
        ageing = OverdueReport.buckets(of: overdueKeys.lazy.map(\.days))
        dueSoonKeys.sort { ($0.due, $0.plan, $0.id) < ($1.due, $1.plan, $1.id) }
        dueSoon = dueSoonKeys.map { parts[$0.part].dueSoon[$0.line] }
        self.undatedPastDeadline = undatedPastDeadline
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
        .map { OwnerGroup(owner: $0, actions: byName[$0]!, sinceRound: returns?.words(for: $0)) }
        if !unowned.isEmpty { groups.append(OwnerGroup(owner: nil, actions: unowned)) }
        return groups
    }

    /// The ageing buckets of overdue actions late by `days`.
    private static func buckets(of days: some Sequence<Int>) -> [AgeingBucket] {
        var buckets = [
            AgeingBucket(fromDays: 1, toDays: 30, count: 0),
            AgeingBucket(fromDays: 31, toDays: 90, count: 0),
            AgeingBucket(fromDays: 91, toDays: nil, count: 0),
        ]
        for days in days {
            let index = buckets.firstIndex { days <= ($0.toDays ?? Int.max) } ?? buckets.count - 1
            buckets[index].count += 1
        }
        return buckets
    }
}
