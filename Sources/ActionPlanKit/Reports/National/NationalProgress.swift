/// Progress across many plans, as `report` prints it for several plans: one row per plan under its
/// council, councils in alphabetical order, with each plan's actions by RAG and its share complete.
///
/// The national counterpart of ``ProgressReport``, which tells one plan's story in full: this one lets a
/// region or the country be read at a glance, and names the plans to look at with `report PLAN`.
public struct NationalProgress: Sendable {
    /// One plan's progress on the report's day.
    public struct PlanRow: Hashable, Sendable {
        /// The plan's name.
        public var name: PlanName
        /// Its council.
        public var council: Council
        /// The day its report speaks for (publication, else the inspection's end, else the start).
        public var reportDay: CalendarDay
        /// How many actions it has.
        public var actions: Int
        /// The share of its live actions that are completed or signed off.
        public var percentComplete: Int
        /// Its actions by RAG colour, worst first, every colour present.
        public var rag: [RAGCount]
        /// How many of its actions are overdue.
        public var overdue: Int

        /// The row of `plan`, as it stood on `day` (already read as of that day), rated by `policy`.
        public init(standing plan: ActionPlan, on day: CalendarDay, policy: RAGPolicy = RAGPolicy()) {
            let policy = policy.applying(to: plan)
            name = plan.name
            council = Council(of: plan.source)
            reportDay = plan.reportDay
            actions = plan.actions.count
            percentComplete = ProgressReport.percentComplete(plan.actions)
            var colours: [RAG: Int] = [:]
            var late = 0
            for action in plan.actions {
                colours[policy.colour(of: action, on: day), default: 0] += 1
                if policy.daysOverdue(action, on: day) != nil { late += 1 }
            }
            rag = RAGCount.all(colours, total: plan.actions.count)
            overdue = late
        }

        /// How many actions carry `colour`.
        public func count(_ colour: RAG) -> Int { rag.first { $0.rag == colour }?.count ?? 0 }
    }

    /// A council's plans, oldest report first.
    public struct CouncilGroup: Hashable, Sendable {
        /// The council.
        public var council: Council
        /// Its plans' rows.
        public var plans: [PlanRow]

        /// How many actions its plans have.
        public var actions: Int { plans.reduce(0) { $0 + $1.actions } }
        /// How many of them are overdue.
        public var overdue: Int { plans.reduce(0) { $0 + $1.overdue } }
    }

    /// The day the report is "as at".
    public let asOf: CalendarDay
    /// What the report is limited to, in words ("councils in London"), or `nil` for every plan.
    public let scope: String?
    /// The plans by council, councils in alphabetical order.
    public let councils: [CouncilGroup]
    /// Every action of every plan by RAG colour, worst first.
    public let ragCounts: [RAGCount]
    /// The plans that had not started on the report's day, named rather than counted.
    public let leftOut: [LeftOutPlan]

    /// The report over `rows`, as at `asOf`, limited as `scope` says, naming the plans `leftOut`.
    public init(rows: [PlanRow], asOf: CalendarDay, scope: String? = nil, leftOut: [LeftOutPlan] = []) {
        self.asOf = asOf
        self.scope = scope
        self.leftOut = leftOut
        var groups: [String: CouncilGroup] = [:]
        for row in rows {
            groups[row.council.key, default: CouncilGroup(council: row.council, plans: [])].plans.append(row)
        }
        councils = groups.values.map { group in
            var group = group
            group.plans.sort { ($0.reportDay, $0.name) < ($1.reportDay, $1.name) }
            return group
        }.sorted { $0.council < $1.council }
        var colours: [RAG: Int] = [:]
        for row in rows {
            for count in row.rag { colours[count.rag, default: 0] += count.count }
        }
        ragCounts = RAGCount.all(colours, total: rows.reduce(0) { $0 + $1.actions })
    }

    /// Every plan's row, council by council.
    public var rows: [PlanRow] { councils.flatMap(\.plans) }

    /// "Inspection action plans: progress as at 30 June 2013".
    public var title: String { "Inspection action plans: progress as at \(asOf.written)" }

    /// "5 councils, 6 plans, 82 actions, 10 overdue".
    public var totals: String {
        let rows = rows
        return "\(ReportWords.count(councils.count, "council")), \(ReportWords.count(rows.count, "plan")), "
            + OverdueReport.counts(rows.reduce(0) { $0 + $1.actions }, rows.reduce(0) { $0 + $1.overdue })
    }
}
