/// The full progress report on one plan for cabinet: every action by section and timescale.
///
/// A view model of plain values computed once from the plan as it stood on ``asOf``; ``render(_:)``
/// prints it.
public struct ProgressReport: Sendable {
    /// The actions of one section of the report with one timescale.
    public struct ActionGroup: Hashable, Sendable {
        /// The report's list the actions came from, when it has several.
        public var section: String?
        /// Their timescale.
        public var timescale: Timescale
        /// The actions, by ID.
        public var actions: [ActionLine]
        /// The share of the group's live actions that are completed or signed off.
        public var percentComplete: Int

        /// "Safeguarding: within 3 months", or just the timescale when there is no section.
        public var heading: String {
            let when = ReportWords.timescale(timescale)
            return section.map { "\($0): \(when.lowercased())" } ?? when
        }
    }

    /// One recorded change to one action, as "changes since" lists it.
    public struct Change: Hashable, Sendable {
        /// The action changed.
        public var id: ActionID
        /// The day the change took effect.
        public var on: CalendarDay
        /// Who made it.
        public var by: String
        /// What changed, in words, e.g. "status not started → in progress".
        public var what: [String]
        /// The note recorded with it, if any.
        public var note: String?
        /// The reason given, if any.
        public var reason: String?

        /// ``what`` as a paper prints it, dates written out: "due: 30 May 2013 → 31 July 2013".
        public var whatWritten: [String] { what.map(CalendarDay.writingDates(in:)) }
    }

    /// The plan as it stood on ``asOf``.
    public let plan: ActionPlan
    /// The day the report is "as at".
    public let asOf: CalendarDay
    /// The first day whose changes are listed, or `nil` for every change since the plan was generated.
    public let since: CalendarDay?
    /// The rules used to rate actions.
    public let policy: RAGPolicy
    /// The actions by section (in report order) and timescale (soonest first).
    public let groups: [ActionGroup]
    /// The count of actions by RAG colour, worst first, every colour present.
    public let ragCounts: [RAGCount]
    /// How many actions of each timescale carry each RAG colour, for the chart.
    public let ragByTimescale: [Timescale: [RAG: Int]]
    /// The share of live (not dropped) actions that are completed or signed off.
    public let percentComplete: Int
    /// The sum of every costed action's cost.
    public let totalCost: Money
    /// How many actions carry a cost.
    public let costedActions: Int
    /// Every change dated from ``since`` (inclusive) to ``asOf``, oldest first.
    public let changes: [Change]

    /// Computes the report on `plan` as it stood on `asOf`, listing changes from `since`.
    public init(
        plan stored: ActionPlan, asOf: CalendarDay, since: CalendarDay? = nil, policy: RAGPolicy = RAGPolicy()
    ) {
        let plan = stored.asOf(asOf)
        self.plan = plan
        self.asOf = asOf
        self.since = since
        self.policy = policy
        var sectionOrder: [String?] = []
        var bySection: [String?: [Timescale: [ActionLine]]] = [:]
        var counter = RAGCounter()
        var total = Money(pence: 0)
        var costed = 0
        var changes: [Change] = []
        for action in plan.actions {
            let recommendation = plan.recommendation(of: action)
            let line = ActionLine(
                plan: plan.name, action: action, recommendation: recommendation, on: asOf, policy: policy)
            let section = recommendation.section
            if bySection[section] == nil { sectionOrder.append(section) }
            bySection[section, default: [:]][recommendation.timescale, default: []].append(line)
            counter.count(line.colour, recommendation.timescale)
            if let cost = action.cost {
                total = total + cost
                costed += 1
            }
            for entry in action.history where since.map({ entry.on >= $0 }) ?? true {
                changes.append(
                    Change(
                        id: action.id, on: entry.on, by: entry.by,
                        what: entry.changes.map(ReportWords.change),
                        note: entry.note, reason: entry.reason))
            }
        }
        groups = sectionOrder.flatMap { section in
            let timescales = bySection[section]!
            return timescales.keys.sorted { $0.urgency < $1.urgency }.map { timescale in
                let lines = timescales[timescale]!
                return ActionGroup(
                    section: section, timescale: timescale, actions: lines,
                    percentComplete: ProgressReport.percentComplete(lines.lazy.map(\.action)))
            }
        }
        ragCounts = RAGCount.all(counter.byColour, total: counter.total)
        ragByTimescale = counter.byTimescale
        percentComplete = ProgressReport.percentComplete(plan.actions)
        totalCost = total
        costedActions = costed
        self.changes = changes.enumerated().sorted { lhs, rhs in
            (lhs.element.on, lhs.offset) < (rhs.element.on, rhs.offset)
        }.map(\.element)
    }

    /// The share of `actions`, leaving out dropped ones, that are completed or signed off.
    static func percentComplete(_ actions: some Sequence<Action>) -> Int {
        var live = 0
        var done = 0
        for action in actions where action.status != .dropped {
            live += 1
            if action.status == .completed || action.status == .signedOff { done += 1 }
        }
        return RAGCount.percentage(done, of: live)
    }

    /// "Inspection action plan: progress as at 1 April 2013"; the council is named beneath it.
    public var title: String { "Inspection action plan: progress as at \(asOf.written)" }

    /// "Changes since 1 March 2013", or since the plan was generated.
    public var changesHeading: String {
        since.map { "Changes since \($0.written)" } ?? "Changes since the plan was generated"
    }

    /// Whether any action carries a cost; a paper leaves costs out when none does.
    public var hasCosts: Bool { costedActions > 0 }
}
