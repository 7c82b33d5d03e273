/// Where an action stands in its lifecycle.
public enum ActionStatus: String, CaseIterable, Hashable, Sendable, Codable {
    /// Nothing done yet: every action starts here.
    case notStarted = "not-started"
    /// Work under way.
    case inProgress = "in-progress"
    /// Cannot proceed; always rated red.
    case blocked
    /// Delivered, awaiting sign-off of the evidence.
    case completed
    /// Evidence accepted: the action is closed.
    case signedOff = "signed-off"
    /// Withdrawn; needs a reason.
    case dropped

    /// Whether the action still has work to do and so can be overdue.
    public var isOpen: Bool {
        switch self {
        case .notStarted, .inProgress, .blocked: true
        case .completed, .signedOff, .dropped: false
        }
    }

    /// The status as a person reads it, e.g. "in progress".
    public var label: String {
        switch self {
        case .notStarted: "not started"
        case .inProgress: "in progress"
        case .blocked: "blocked"
        case .completed: "completed, awaiting sign-off"
        case .signedOff: "signed off"
        case .dropped: "dropped"
        }
    }
}
