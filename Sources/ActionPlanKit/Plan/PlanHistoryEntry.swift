/// One recorded change to the plan itself rather than to an action: its header, its name, or a
/// recommendation's themes.
///
/// A command that corrects the plan makes one revision, numbered in the same sequence as the
/// actions' history entries, so `undo` and `history` treat it like any other command.
public struct PlanHistoryEntry: Hashable, Sendable, Codable {
    /// The plan revision this change belongs to.
    public var revision: Int
    /// The day the change took effect (`--on`, default the day it was recorded).
    public var on: CalendarDay
    /// When it was recorded, as an ISO 8601 UTC timestamp, for the audit trail.
    public var recorded: String
    /// Who made the change (`--by`, default the login name).
    public var by: String
    /// Each field changed, with its old and new value.
    public var changes: [PlanFieldChange]
    /// Why, when given.
    public var reason: String?

    /// Creates an entry.
    public init(
        revision: Int, on: CalendarDay, recorded: String, by: String, changes: [PlanFieldChange] = [],
        reason: String? = nil
    ) {
        self.revision = revision
        self.on = on
        self.recorded = recorded
        self.by = by
        self.changes = changes
        self.reason = reason
    }

    /// Every field of a plan history entry, once: the file format and the checks follow it.
    public enum CodingKeys: String, CodingKey, CaseIterable, Sendable {
        case revision, on, recorded, by, changes, reason
    }
}

/// A change to one field of the plan, with its value before and after as written in the plan file.
public struct PlanFieldChange: Hashable, Sendable, Codable {
    /// The field changed.
    public var field: PlanField
    /// The recommendation whose field it is, for recommendation-level fields (``PlanField/themes``).
    public var recommendation: Int?
    /// The value before, or `nil` when it was empty.
    public var from: String?
    /// The value after, or `nil` when it was cleared.
    public var to: String?

    /// Creates a field change.
    public init(field: PlanField, recommendation: Int? = nil, from: String?, to: String?) {
        self.field = field
        self.recommendation = recommendation
        self.from = from
        self.to = to
    }

    /// Every field of a plan field change, once.
    public enum CodingKeys: String, CodingKey, CaseIterable, Sendable {
        case field, recommendation, from, to
    }
}

/// The fields of a plan, outside its actions, that a recorded command may change.
///
/// The raw values are the interface: they are what the plan file and every JSON output hold.
public enum PlanField: String, CaseIterable, Hashable, Sendable, Codable {
    /// ``SourceReport/title``.
    case title
    /// ``SourceReport/authority``: the council's canonical name.
    case authority
    /// ``SourceReport/authorityCode``: the council's ONS code.
    case authorityCode
    /// ``SourceReport/authorityAsPrinted``.
    case authorityAsPrinted
    /// ``SourceReport/published``, as YYYY-MM-DD.
    case published
    /// ``SourceReport/statementDue``, as YYYY-MM-DD.
    case statementDue
    /// ``ActionPlan/startDate``, as YYYY-MM-DD.
    case startDate
    /// ``PlanSettings/meeting``.
    case meeting
    /// ``PlanSettings/meetingDate``, as YYYY-MM-DD.
    case meetingDate
    /// ``PlanSettings/author``.
    case author
    /// ``ActionPlan/name``: a rename.
    case name
    /// A recommendation's ``Recommendation/themes``, slugs joined by ",".
    case themes

    /// Whether the field belongs to one recommendation, so a change to it names the recommendation.
    public var isRecommendationLevel: Bool { self == .themes }

    /// Whether the field holds a day, written YYYY-MM-DD.
    public var isDay: Bool {
        switch self {
        case .published, .statementDue, .startDate, .meetingDate: true
        default: false
        }
    }
}
