/// Where a recommendation stands on a day, rolled up from its actions.
///
/// Its RAG is the worst of its actions'; it is completed when all its actions are completed or
/// signed off, and signed off when all are signed off. Dropped actions count only when every one
/// is dropped.
public struct RecommendationStanding: Hashable, Sendable {
    /// The recommendation.
    public var recommendation: Recommendation
    /// Its actions in the plan on the day, in ID order.
    public var actions: [ActionID]
    /// The status rolled up from its actions.
    public var status: ActionStatus
    /// The worst RAG colour of its actions.
    public var colour: RAG

    /// The standing of `recommendation`, whose actions on `day` are `actions`, under `policy`.
    public init(
        _ recommendation: Recommendation, actions: [Action], on day: CalendarDay,
        policy: RAGPolicy = RAGPolicy()
    ) {
        self.recommendation = recommendation
        self.actions = actions.map(\.id)
        let live = actions.filter { $0.status != .dropped }
        status = RecommendationStanding.status(of: live.map(\.status), anyDropped: live.count < actions.count)
        colour = live.map { policy.colour(of: $0, on: day) }.min() ?? .none
    }

    /// The status of actions whose statuses (leaving out dropped ones) are `statuses`.
    static func status(of statuses: [ActionStatus], anyDropped: Bool) -> ActionStatus {
        if statuses.isEmpty { return anyDropped ? .dropped : .notStarted }
        if statuses.allSatisfy({ $0 == .signedOff }) { return .signedOff }
        if statuses.allSatisfy({ $0 == .completed || $0 == .signedOff }) { return .completed }
        if statuses.contains(.blocked) { return .blocked }
        if statuses.allSatisfy({ $0 == .notStarted }) { return .notStarted }
        return .inProgress
    }
}

extension ActionPlan {
    /// Each recommendation's standing on `day`, in report order, from the plan as it stood then.
    ///
    /// Call it on a plan already read as of `day` (``asOf(_:)``).
    public func standings(on day: CalendarDay, policy: RAGPolicy = RAGPolicy()) -> [RecommendationStanding] {
        var byNumber: [Int: [Action]] = [:]
        for action in actions where action.exists {
            byNumber[action.recommendationNumber, default: []].append(action)
        }
        return recommendations.map {
            RecommendationStanding($0, actions: byNumber[$0.number] ?? [], on: day, policy: policy)
        }
    }
}

extension RecommendationStanding: Encodable {
    private enum Keys: String, CodingKey, CaseIterable {
        case status, rag, actions
    }

    /// The recommendation's every field, its `themes` those it is counted under (recorded, else as the
    /// classifier reads it), then its rolled-up status and RAG and its actions' IDs.
    public func encode(to encoder: any Encoder) throws {
        var shown = recommendation
        shown.themes = recommendation.themeList.map(\.slug)
        try shown.encode(to: encoder)
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(status, forKey: .status)
        try container.encode(colour, forKey: .rag)
        try container.encode(actions, forKey: .actions)
    }
}
