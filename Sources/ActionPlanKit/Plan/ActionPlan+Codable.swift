/// The plan file holds each recommendation with its actions nested under it, so a person reading the
/// file sees the report's words once and the council's actions beneath them:
///
/// ```json
/// { "name": …, "recommendations": [ { "number": 3, "text": …, "actions": [ { "id": "3", … } ] } ],
///   "history": [ … ], "revision": …, "schemaVersion": 2, "settings": { … }, "source": { … }, "startDate": … }
/// ```
///
/// In memory the plan keeps ``ActionPlan/recommendations`` and ``ActionPlan/actions`` side by side.
extension ActionPlan: Codable {
    /// Every field of a plan object in the file, once. Schema 1 had `actions` where schema 2 has
    /// `recommendations` (see ``ActionPlan/Schema1``).
    public enum CodingKeys: String, CodingKey, CaseIterable, Sendable {
        case schemaVersion, name, source, startDate, settings, recommendations, revision, history
    }

    /// The key of a recommendation's actions in the file, beside its own fields.
    enum NestedKeys: String, CodingKey, CaseIterable {
        case actions
    }

    /// Decodes a plan, refusing a newer schema, migrating schema 1, and checking that action IDs
    /// are unique and each action sits under its own recommendation.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let version = try container.decode(Int.self, forKey: .schemaVersion)
        guard version <= ActionPlan.currentSchemaVersion else {
            throw DecodingError.dataCorruptedError(
                forKey: .schemaVersion, in: container,
                debugDescription:
                    "the plan was written by a newer actionplan (schema version \(version); this version reads up to \(ActionPlan.currentSchemaVersion)); upgrade actionplan rather than risk rewriting it"
            )
        }
        guard version >= 1 else {
            throw DecodingError.dataCorruptedError(
                forKey: .schemaVersion, in: container,
                debugDescription: "schema version \(version) is not valid")
        }
        schemaVersion = version
        name = try container.decode(PlanName.self, forKey: .name)
        source = try container.decode(SourceReport.self, forKey: .source)
        startDate = try container.decode(CalendarDay.self, forKey: .startDate)
        settings = try container.decodeIfPresent(PlanSettings.self, forKey: .settings) ?? PlanSettings()
        revision = try container.decodeIfPresent(Int.self, forKey: .revision) ?? 0
        // Files written before plan-level history have none; schema 1 never had it.
        history = try container.decodeIfPresent([PlanHistoryEntry].self, forKey: .history) ?? []
        if version == 1 {
            (recommendations, actions) = try Schema1.read(from: decoder)
        } else {
            recommendations = []
            actions = []
            var list = try container.nestedUnkeyedContainer(forKey: .recommendations)
            var numbers = Set<Int>()
            while !list.isAtEnd {
                let stored = try list.decode(StoredRecommendation.self)
                guard numbers.insert(stored.recommendation.number).inserted else {
                    throw DecodingError.dataCorruptedError(
                        in: list,
                        debugDescription: "recommendation \(stored.recommendation.number) appears twice")
                }
                recommendations.append(stored.recommendation)
                actions += stored.actions
            }
        }
        var seen = Set<ActionID>()
        for action in actions where !seen.insert(action.id).inserted {
            throw DecodingError.dataCorruptedError(
                forKey: .recommendations, in: container,
                debugDescription: "action ID \(action.id) appears twice")
        }
        let highest = max(
            actions.flatMap(\.history).map(\.revision).max() ?? 0, history.map(\.revision).max() ?? 0)
        if highest > revision {
            throw DecodingError.dataCorruptedError(
                forKey: .revision, in: container,
                debugDescription: "revision is \(revision) but the history records revision \(highest)")
        }
    }

    /// Encodes every field; the file always carries the current schema version.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        for key in CodingKeys.allCases {
            switch key {
            case .schemaVersion: try container.encode(ActionPlan.currentSchemaVersion, forKey: key)
            case .name: try container.encode(name, forKey: key)
            case .source: try container.encode(source, forKey: key)
            case .startDate: try container.encode(startDate, forKey: key)
            case .settings: try container.encode(settings, forKey: key)
            case .revision: try container.encode(revision, forKey: key)
            case .history: try container.encode(history, forKey: key)
            case .recommendations:
                var grouped: [Int: [Action]] = [:]
                for action in actions { grouped[action.recommendationNumber, default: []].append(action) }
                let known = Set(recommendations.map(\.number))
                // An action whose recommendation is missing would be lost from the file: refuse instead.
                if let stray = actions.first(where: { !known.contains($0.recommendationNumber) }) {
                    throw EncodingError.invalidValue(
                        stray,
                        EncodingError.Context(
                            codingPath: [key],
                            debugDescription:
                                "action \(stray.id) answers recommendation \(stray.recommendationNumber), which the plan does not have"
                        ))
                }
                try container.encode(
                    recommendations.map { StoredRecommendation($0, actions: grouped[$0.number] ?? []) },
                    forKey: key)
            }
        }
    }

    /// A recommendation as the file holds it: its own fields and, beside them, its actions.
    struct StoredRecommendation: Codable {
        var recommendation: Recommendation
        var actions: [Action]

        init(_ recommendation: Recommendation, actions: [Action]) {
            self.recommendation = recommendation
            self.actions = actions
        }

        init(from decoder: any Decoder) throws {
            recommendation = try Recommendation(from: decoder)
            let container = try decoder.container(keyedBy: NestedKeys.self)
            actions = try container.decodeIfPresent([Action].self, forKey: .actions) ?? []
            for action in actions
            where action.recommendationNumber != recommendation.number
                || action.id.recommendation != recommendation.number
            {
                throw DecodingError.dataCorruptedError(
                    forKey: .actions, in: container,
                    debugDescription:
                        "action \(action.id) is under recommendation \(recommendation.number) but its ID or recommendationNumber says \(action.recommendationNumber == recommendation.number ? action.id.recommendation : action.recommendationNumber)"
                )
            }
        }

        func encode(to encoder: any Encoder) throws {
            try recommendation.encode(to: encoder)
            var container = encoder.container(keyedBy: NestedKeys.self)
            try container.encode(actions, forKey: .actions)
        }
    }
}
