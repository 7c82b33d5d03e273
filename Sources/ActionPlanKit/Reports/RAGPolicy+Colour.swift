extension RAGPolicy {
    /// The colour ``rating(of:on:)`` gives, without composing its reason in words.
    ///
    /// Reports count colours over every action but show reasons only for the few they list, and the
    /// words cost far more than the comparison. A test holds this to `rating(of:on:).colour`.
    func colour(of action: Action, on day: CalendarDay) -> RAG {
        switch action.status {
        case .signedOff: return .blue
        case .dropped: return .none
        case .blocked: return .red
        default: break
        }
        guard let due = action.due else { return isUndatedPastDeadline(action, on: day) ? .red : .none }
        if action.status == .completed { return .green }
        let daysLeft = due.days(since: day)
        if daysLeft < 0 { return .red }
        if daysLeft <= amberWindow { return .amber }
        if let original = action.originalDue, due > original { return .amber }
        return .green
    }
}
