/// A red/amber/green (and blue) rating, always with its reason in words.
public struct RAGRating: Hashable, Sendable {
    /// The colour.
    public var colour: RAG
    /// Why, e.g. "12 days overdue (due 2012-03-09)".
    public var reason: String

    /// Creates a rating.
    public init(_ colour: RAG, _ reason: String) {
        self.colour = colour
        self.reason = reason
    }
}

/// The colours a cabinet report uses; derived from status and dates, never stored.
public enum RAG: String, CaseIterable, Hashable, Sendable, Codable, Comparable {
    /// Past due and not done, or blocked.
    case red
    /// Due within the warning window, or rescheduled later than first promised.
    case amber
    /// On track, or completed and awaiting sign-off.
    case green
    /// Signed off: closed.
    case blue
    /// No due date yet, or dropped.
    case none

    /// Reading order for a cabinet: the worst first.
    public static func < (lhs: RAG, rhs: RAG) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// The rules that rate an action on a given day.
public struct RAGPolicy: Hashable, Sendable {
    /// How many days ahead a due date turns an action amber (default 28).
    public var amberWindow: Int
    /// The plan's statement of action deadline: after it, an open action with no due date is red.
    public var statementDue: CalendarDay?

    /// Creates a policy.
    public init(amberWindow: Int = 28, statementDue: CalendarDay? = nil) {
        self.amberWindow = amberWindow
        self.statementDue = statementDue
    }

    /// This policy for the actions of `plan`: the same window, and the plan's statement deadline.
    public func applying(to plan: ActionPlan) -> RAGPolicy {
        RAGPolicy(amberWindow: amberWindow, statementDue: plan.source.statementDue)
    }

    /// Whether `action` is open, has no due date and the statement deadline passed before `day`.
    ///
    /// The law gives the council until the deadline to set its timescales (the written statement of
    /// proposed action must give them), so from the day after it an undated action is late.
    public func isUndatedPastDeadline(_ action: Action, on day: CalendarDay) -> Bool {
        guard action.due == nil, action.status.isOpen, let deadline = statementDue else { return false }
        return day > deadline
    }

    /// The rating of `action` on `day`.
    public func rating(of action: Action, on day: CalendarDay) -> RAGRating {
        switch action.status {
        case .signedOff: return RAGRating(.blue, "signed off")
        case .dropped: return RAGRating(.none, "dropped")
        case .blocked: return RAGRating(.red, "blocked")
        default: break
        }
        guard let due = action.due else {
            guard action.status.isOpen, let deadline = statementDue else {
                return RAGRating(.none, "no due date yet")
            }
            return day > deadline
                ? RAGRating(.red, "no due date set by the statement deadline (\(deadline))")
                : RAGRating(.none, "date to be set by \(deadline)")
        }
        if action.status == .completed { return RAGRating(.green, "completed, awaiting sign-off") }
        let daysLeft = due.days(since: day)
        if daysLeft < 0 {
            let late = -daysLeft
            return RAGRating(.red, "\(late) \(late == 1 ? "day" : "days") overdue (due \(due))")
        }
        if daysLeft <= amberWindow {
            let when = daysLeft == 0 ? "due today" : "due in \(daysLeft) \(daysLeft == 1 ? "day" : "days")"
            return RAGRating(.amber, "\(when) (\(due))")
        }
        if let original = action.originalDue, due > original {
            return RAGRating(.amber, "rescheduled from \(original) to \(due)")
        }
        return RAGRating(.green, "on track, due \(due)")
    }

    /// How many days past due `action` is on `day`, or `nil` when it is not overdue.
    ///
    /// Only open actions can be overdue, and an action due today is not overdue today.
    public func daysOverdue(_ action: Action, on day: CalendarDay) -> Int? {
        guard action.status.isOpen, let due = action.due, due < day else { return nil }
        return day.days(since: due)
    }
}
