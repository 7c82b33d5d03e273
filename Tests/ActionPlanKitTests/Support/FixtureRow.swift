import ActionPlanKit

/// One recommendation with its one action, as fixtures write them: what the report says and what
/// the council does, side by side, as a generated plan starts.
struct FixtureRow {
    var recommendation: Recommendation
    var action: Action

    /// A recommendation numbered by `id` and its first action.
    init(
        id: ActionID, recommendation text: String, action: String? = nil, section: String? = nil,
        timescale: Timescale, number: Int? = nil, owner: String? = nil, lead: String? = nil,
        due: CalendarDay? = nil,
        originalDue: CalendarDay? = nil, status: ActionStatus = .notStarted, measure: String? = nil,
        evidence: String? = nil, cost: Money? = nil, history: [HistoryEntry] = []
    ) {
        recommendation = Recommendation(
            number: id.recommendation, printedNumber: number == id.recommendation ? nil : number,
            section: section,
            timescale: timescale, text: text, lead: lead)
        self.action = Action(
            id: id, action: action ?? text, owner: owner, due: due, originalDue: originalDue, status: status,
            measure: measure, evidence: evidence, cost: cost, history: history)
    }
}

extension ActionPlan {
    /// A plan of `rows`, each a recommendation with its one action.
    init(
        name: PlanName, source: SourceReport, startDate: CalendarDay, rows: [FixtureRow], revision: Int = 0
    ) {
        self.init(
            name: name, source: source, startDate: startDate, recommendations: rows.map(\.recommendation),
            actions: rows.map(\.action), revision: revision)
    }
}
