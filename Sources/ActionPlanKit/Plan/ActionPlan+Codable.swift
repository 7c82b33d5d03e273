extension ActionPlan: Codable {
    private enum CodingKeys: String, CodingKey {
        case schemaVersion, name, source, startDate, actions, revision
    }

    /// Decodes a plan, refusing a newer schema and checking that action IDs are unique.
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
        actions = try container.decode([Action].self, forKey: .actions)
        revision = try container.decodeIfPresent(Int.self, forKey: .revision) ?? 0
        var seen = Set<ActionID>()
        for action in actions where !seen.insert(action.id).inserted {
            throw DecodingError.dataCorruptedError(
                forKey: .actions, in: container, debugDescription: "action ID \(action.id) appears twice")
        }
        let highest = actions.flatMap(\.history).map(\.revision).max() ?? 0
        if highest > revision {
            throw DecodingError.dataCorruptedError(
                forKey: .revision, in: container,
                debugDescription: "revision is \(revision) but the history records revision \(highest)")
        }
    }

    /// Encodes every field; the file always carries the current schema version.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(ActionPlan.currentSchemaVersion, forKey: .schemaVersion)
        try container.encode(name, forKey: .name)
        try container.encode(source, forKey: .source)
        try container.encode(startDate, forKey: .startDate)
        try container.encode(actions, forKey: .actions)
        try container.encode(revision, forKey: .revision)
    }
}
