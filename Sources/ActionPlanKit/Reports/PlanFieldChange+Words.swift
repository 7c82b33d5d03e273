extension PlanFieldChange {
    /// The change as a paper words it, dates written out: "published: (none) → 20 January 2012", or
    /// "recommendation 3 themes: health → health, multi-agency".
    public var inWords: String {
        func value(_ text: String?) -> String {
            guard let text else { return "(none)" }
            if field == .themes { return text.split(separator: ",").joined(separator: ", ") }
            return text.shortened(to: 120)
        }
        let place = recommendation.map { "recommendation \($0) \(field.rawValue)" } ?? field.rawValue
        return CalendarDay.writingDates(in: "\(place): \(value(from)) → \(value(to))")
    }
}

extension PlanHistoryEntry {
    /// The entry in words: each change, then the reason.
    public var inWords: String {
        var words = changes.map(\.inWords)
        if let reason { words.append("reason: \(reason)") }
        return words.joined(separator: "; ")
    }
}
