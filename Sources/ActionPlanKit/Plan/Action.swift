/// One thing the council will do in answer to one recommendation.
public struct Action: Hashable, Sendable {
    /// Its ID within the plan: `1`, `2`, … in report order, never reused.
    public var id: ActionID
    /// The recommendation's text, verbatim from the report.
    public var recommendation: String
    /// The council's own wording of the action; starts as the recommendation's text.
    public var action: String
    /// The report's list the recommendation came from when it has several, else `nil`.
    public var section: String?
    /// The timescale the report set.
    public var timescale: Timescale
    /// The recommendation's number in the report.
    public var number: Int
    /// The officer or body responsible, when assigned.
    public var owner: String?
    /// The body the report names as responsible, if any.
    public var lead: String?
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

    /// Creates an action; ``action`` defaults to the recommendation's text.
    public init(
        id: ActionID, recommendation: String, action: String? = nil, section: String? = nil,
        timescale: Timescale, number: Int, owner: String? = nil, lead: String? = nil, due: CalendarDay? = nil,
        originalDue: CalendarDay? = nil, status: ActionStatus = .notStarted, measure: String? = nil,
        evidence: String? = nil, cost: Money? = nil, history: [HistoryEntry] = []
    ) {
        self.id = id
        self.recommendation = recommendation
        self.action = action ?? recommendation
        self.section = section
        self.timescale = timescale
        self.number = number
        self.owner = owner
        self.lead = lead
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
    private enum CodingKeys: String, CodingKey {
        case id, recommendation, action, section, timescale, number, owner, lead, due, originalDue, status
        case measure, evidence, cost, history
    }

    /// Decodes an action, defaulting the fields a hand-written or older file may leave out.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(ActionID.self, forKey: .id)
        recommendation = try container.decode(String.self, forKey: .recommendation)
        action = try container.decodeIfPresent(String.self, forKey: .action) ?? recommendation
        section = try container.decodeIfPresent(String.self, forKey: .section)
        timescale = try container.decodeIfPresent(Timescale.self, forKey: .timescale) ?? .unspecified
        number = try container.decodeIfPresent(Int.self, forKey: .number) ?? id.number
        owner = try container.decodeIfPresent(String.self, forKey: .owner)
        lead = try container.decodeIfPresent(String.self, forKey: .lead)
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
        try container.encode(id, forKey: .id)
        try container.encode(recommendation, forKey: .recommendation)
        try container.encode(action, forKey: .action)
        try container.encode(section, forKey: .section)
        try container.encode(timescale, forKey: .timescale)
        try container.encode(number, forKey: .number)
        try container.encode(owner, forKey: .owner)
        try container.encode(lead, forKey: .lead)
        try container.encode(due, forKey: .due)
        try container.encode(originalDue, forKey: .originalDue)
        try container.encode(status, forKey: .status)
        try container.encode(measure, forKey: .measure)
        try container.encode(evidence, forKey: .evidence)
        try container.encode(cost, forKey: .cost)
        try container.encode(history, forKey: .history)
    }
}
