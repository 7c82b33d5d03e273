extension PlanCheck {
    /// Replays the plan's own history (header, name, themes) over the plan as generated and says where
    /// it disagrees with itself or with the values stored, as ``consistency(of:)`` does for actions.
    static func planHistoryFaults(of plan: ActionPlan) -> [String] {
        var faults: [String] = []
        var current = plan.asGenerated
        // The plan as generated keeps its present name (a past day's plan is still found by it); the
        // replay starts from the name before the first rename.
        if let first = plan.history.lazy.flatMap(\.changes).first(where: { $0.field == .name }),
            let old = first.from.flatMap(PlanName.init)
        {
            current.name = old
        }
        var lastRevision = 0
        for (index, entry) in plan.history.enumerated() {
            let place = "history[\(index)] (revision \(entry.revision))"
            if entry.revision <= lastRevision {
                faults.append("\(place) comes after revision \(lastRevision): revisions must increase")
            }
            if entry.revision > plan.revision {
                faults.append("\(place) is later than the plan's revision \(plan.revision)")
            }
            lastRevision = max(lastRevision, entry.revision)
            for change in entry.changes {
                let what = Touched(field: change.field, recommendation: change.recommendation).inWords
                if change.field.isRecommendationLevel
                    && current.recommendation(change.recommendation ?? 0) == nil
                {
                    faults.append("\(place): \(what) names a recommendation the plan does not have")
                    continue
                }
                if let value = change.to, change.field.isDay && CalendarDay(iso: value) == nil {
                    faults.append(
                        "\(place): \(what) changed to '\(value)', which is not a date in the form YYYY-MM-DD")
                }
                let before = current.value(of: change.field, recommendation: change.recommendation)
                if before != change.from {
                    faults.append(
                        "\(place) says \(what) changed from \(shown(change.from)), but it was \(shown(before)) then"
                    )
                }
                current.set(change.field, recommendation: change.recommendation, to: change.to)
            }
        }
        var compared: [Touched] = PlanField.allCases.filter { !$0.isRecommendationLevel }.map {
            Touched(field: $0, recommendation: nil)
        }
        for change in plan.history.flatMap(\.changes) where change.field.isRecommendationLevel {
            let touched = Touched(field: change.field, recommendation: change.recommendation)
            if !compared.contains(touched) { compared.append(touched) }
        }
        for field in compared {
            let stored = plan.value(of: field.field, recommendation: field.recommendation)
            let replayed = current.value(of: field.field, recommendation: field.recommendation)
            if stored != replayed {
                faults.append(
                    "\(field.inWords) is \(shown(stored)), but the plan's history ends at \(shown(replayed))")
            }
        }
        return faults
    }

    /// A field of the plan, and the recommendation it belongs to for recommendation-level fields.
    private struct Touched: Hashable {
        var field: PlanField
        var recommendation: Int?

        /// "title", or "recommendation 3 themes".
        var inWords: String {
            recommendation.map { "recommendation \($0) \(field.rawValue)" } ?? field.rawValue
        }
    }

    private static func shown(_ value: String?) -> String {
        value.map { "'\($0)'" } ?? "empty"
    }
}
