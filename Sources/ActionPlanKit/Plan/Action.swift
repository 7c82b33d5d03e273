/// One thing the council will do in answer to one recommendation.
///
/// What the report says (the recommendation's text, section, timescale, lead) belongs to the
/// plan's ``Recommendation``; the action holds only what the council decides and records.
public struct Action: Hashable, Sendable {
    /// Its ID within the plan: `3` for the first action of recommendation 3, `3.2` for the next.
    public var id: ActionID
    /// The number of the recommendation it answers.
    public var recommendationNumber: Int
    /// The council's own wording of the action; a generated action starts as the recommendation's text.
    public var action: String
    /// The officer or body responsible, when assigned.
    public var owner: String?
    /// When the action is due, if it has a due date.
    public var due: CalendarDay?
    /// The first due date it was given; differs from ``due`` once rescheduled.
    public var originalDue: CalendarDay?
    /// Where the action stands.
    public var status: ActionStatus
    /// How success will be judged ("success measure").
    public var measure: String?
    /// The evidence offered that it is done.
    public var evidence: String?
    /// The estimated cost.
    public var cost: Money?
    /// Every recorded change, oldest first.
    public var history: [HistoryEntry]

    /// Creates an action under recommendation `recommendationNumber` (by default the ID's).
    public init(
        id: ActionID, recommendationNumber: Int? = nil, action: String, owner: String? = nil,
        due: CalendarDay? = nil, originalDue: CalendarDay? = nil, status: ActionStatus = .notStarted,
        measure: String? = nil, evidence: String? = nil, cost: Money? = nil, history: [HistoryEntry] = []
    ) {
        self.id = id
        self.recommendationNumber = recommendationNumber ?? id.recommendation
        self.action = action
        self.owner = owner
        self.due = due
        self.originalDue = originalDue ?? due
        self.status = status
        self.measure = measure
        self.evidence = evidence
        self.cost = cost
        self.history = history
    }
}

extension Action: Codable {
    /// Every field of an action, once: the file format, the outputs and the checks follow it.
    public enum CodingKeys: String, CodingKey, CaseIterable, Sendable {
        case id, recommendationNumber, action, owner, due, originalDue, status, measure, evidence, cost
        case history
    }

    /// Decodes an action, defaulting the fields a hand-written file may leave out.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(ActionID.self, forKey: .id)
        recommendationNumber =
            try container.decodeIfPresent(Int.self, forKey: .recommendationNumber) ?? id.recommendation
        action = try container.decode(String.self, forKey: .action)
        owner = try container.decodeIfPresent(String.self, forKey: .owner)
        due = try container.decodeIfPresent(CalendarDay.self, forKey: .due)
        originalDue = try container.decodeIfPresent(CalendarDay.self, forKey: .originalDue) ?? due
        status = try container.decodeIfPresent(ActionStatus.self, forKey: .status) ?? .notStarted
        measure = try container.decodeIfPresent(String.self, forKey: .measure)
        evidence = try container.decodeIfPresent(String.self, forKey: .evidence)
        cost = try container.decodeIfPresent(Money.self, forKey: .cost)
        history = try container.decodeIfPresent([HistoryEntry].self, forKey: .history) ?? []
    }

    /// Encodes every field, writing `null` for empty ones so a person editing the file sees them all.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        for key in CodingKeys.allCases {
            switch key {
            case .id: try container.encode(id, forKey: key)
            case .recommendationNumber: try container.encode(recommendationNumber, forKey: key)
            case .action: try container.encode(action, forKey: key)
            case .owner: try container.encode(owner, forKey: key)
            case .due: try container.encode(due, forKey: key)
            case .originalDue: try container.encode(originalDue, forKey: key)
            case .status: try container.encode(status, forKey: key)
            case .measure: try container.encode(measure, forKey: key)
            case .evidence: try container.encode(evidence, forKey: key)
            case .cost: try container.encode(cost, forKey: key)
            case .history: try container.encode(history, forKey: key)
            }
        }
    }
}
