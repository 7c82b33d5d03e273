/// The full progress report on one plan for cabinet: every recommendation of the report, in its order,
/// with the council's actions under it and the latest progress on each.
///
/// A view model of plain values computed once from the plan as it stood on ``asOf``; ``render(_:)``
/// prints it.
public struct ProgressReport: Sendable {
    /// One recommendation of the report with the actions that answer it.
    public struct ActionGroup: Hashable, Sendable {
        /// The recommendation, as the report words it.
        public var recommendation: Recommendation
        /// The actions that answer it, in plan order.
        public var actions: [ActionLine]
        /// The share of the group's live actions that are completed or signed off.
        public var percentComplete: Int
        /// The recommendation's status and RAG, rolled up from its actions.
        public var standing: RecommendationStanding
        /// Its themes, main first: as the plan records them, else as the classifier reads the words.
        public var themes: [Theme]
        /// The recommendations of the same council's earlier plans it repeats, best match first.
        public var repeats: [PlanRepeats.Earlier] = []

        /// The report's list the recommendation is in, when it has several.
        public var section: String? { recommendation.section }
        /// The recommendation's timescale.
        public var timescale: Timescale { recommendation.timescale }

        /// "Recommendation 3: within 3 months".
        public var heading: String {
            "Recommendation \(recommendation.number): \(ReportWords.timescale(timescale).lowercased())"
        }

        /// The recommendation's words as a sentence: first letter capital, a full stop at the end.
        public var recommendationText: String { ReportWords.sentence(recommendation.text) }

        /// The themes by their titles, main first: "Health; Management oversight and supervision".
        public var themeTitles: String { themes.map(\.title).joined(separator: "; ") }
    }

    /// The recommendations of one of the report's lists, in report order.
    public struct Section: Hashable, Sendable {
        /// The list's name, or `nil` when the report has one list.
        public var name: String?
        /// Its recommendations with their actions.
        public var groups: [ActionGroup]
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
    /// The head of the paper: council, report, meeting and author.
    public let header: PaperHeader
    /// Every recommendation with its actions: the report's lists in order, each list's recommendations in
    /// report order.
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
    /// The recommendations that repeat ones of the same council's earlier plans, when those were searched.
    public let repeats: PlanRepeats?

    /// Computes the report on `plan` as it stood on `asOf`, listing changes from `since`.
    ///
    /// The meeting, its date and the author are `presenting`'s where set, else the plan's saved settings.
    /// With `repeats` (see ``PlanRepeats/find(for:among:finder:)``), each recommendation names the earlier
    /// ones it repeats.
    public init(
        plan stored: ActionPlan, asOf: CalendarDay, since: CalendarDay? = nil,
        policy: RAGPolicy = RAGPolicy(),
        presenting: PlanSettings = PlanSettings(), repeats: PlanRepeats? = nil
    ) {
        let plan = stored.asOf(asOf)
        self.plan = plan
        self.asOf = asOf
        self.since = since
        let policy = policy.applying(to: plan)
        self.policy = policy
        header = PaperHeader(plans: [(plan.source, plan.settings)], given: presenting)
        var byRecommendation: [Int: [ActionLine]] = [:]
        var counter = RAGCounter()
        var total = Money(pence: 0)
        var costed = 0
        var changes: [Change] = []
        for action in plan.actions {
            let recommendation = plan.recommendation(of: action)
            let line = ActionLine(
                plan: plan.name, action: action, recommendation: recommendation, on: asOf, policy: policy)
            byRecommendation[recommendation.number, default: []].append(line)
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
                        note: entry.progressNote, reason: entry.reason))
            }
        }
        // Every recommendation is listed, even one with no action yet; an action whose recommendation
        // the plan lacks still appears, under the placeholder the plan gives it.
        var recommendations = plan.recommendations
        let known = Set(recommendations.map(\.number))
        for action in plan.actions where !known.contains(action.recommendationNumber) {
            if !recommendations.contains(where: { $0.number == action.recommendationNumber }) {
                recommendations.append(plan.recommendation(of: action))
            }
        }
        // Each of the report's lists in the order it first appears, its recommendations in report order.
        var sectionRank: [String?: Int] = [:]
        for recommendation in recommendations where sectionRank[recommendation.section] == nil {
            sectionRank[recommendation.section] = sectionRank.count
        }
        recommendations = recommendations.enumerated().sorted {
            (sectionRank[$0.element.section]!, $0.offset) < (sectionRank[$1.element.section]!, $1.offset)
        }.map(\.element)
        groups = recommendations.map { recommendation in
            let lines = byRecommendation[recommendation.number] ?? []
            return ActionGroup(
                recommendation: recommendation, actions: lines,
                percentComplete: ProgressReport.percentComplete(lines.lazy.map(\.action)),
                standing: RecommendationStanding(
                    recommendation, actions: lines.map(\.action), on: asOf, policy: policy),
                themes: recommendation.themeList,
                repeats: repeats?.earlier(for: recommendation.number) ?? [])
        }
        self.repeats = repeats
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

    /// "Ofsted inspection 15 to 26 October 2012; lead inspector Jane Inspector.": the publication is left
    /// to the header, which names the report.
    public var inspectionLine: String {
        ReportWords.inspectionSentence(plan.source, withPublished: header.reportLine == nil)
    }

    /// Whether any action carries a cost; a paper leaves costs out when none does.
    public var hasCosts: Bool { costedActions > 0 }

    /// The groups by the report's lists, each list where its first recommendation falls.
    public var sections: [Section] {
        var sections: [Section] = []
        for group in groups {
            if let last = sections.indices.last, sections[last].name == group.section {
                sections[last].groups.append(group)
            } else {
                sections.append(Section(name: group.section, groups: [group]))
            }
        }
        return sections
    }
}
