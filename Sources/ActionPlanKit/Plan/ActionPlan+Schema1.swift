extension ActionPlan {
    /// Reading the schema-1 file format: one action per recommendation, the recommendation's words
    /// copied onto each action. Frozen: the fields are those schema 1 had, and never change.
    ///
    /// Each schema-1 action becomes a recommendation numbered by the action's ID (so `update PLAN 7`
    /// names the same action before and after) with that one action under it; the number the
    /// report printed is kept as ``Recommendation/printedNumber`` where it differs.
    enum Schema1 {
        /// The keys of the plan object in schema 1.
        enum PlanKeys: String, CodingKey, CaseIterable {
            case schemaVersion, name, source, startDate, actions, revision
        }

        /// The keys of a schema-1 action.
        enum ActionKeys: String, CodingKey, CaseIterable {
            case id, recommendation, action, section, timescale, number, owner, lead, due, originalDue
            case status, measure, evidence, cost, history
        }

        /// The recommendations and actions of the schema-1 plan `decoder` holds.
        static func read(from decoder: any Decoder) throws -> ([Recommendation], [Action]) {
            let container = try decoder.container(keyedBy: PlanKeys.self)
            let stored = try container.decode([StoredAction].self, forKey: .actions)
            return (stored.map(\.recommendation), stored.map(\.action))
        }

        /// One schema-1 action, split into its recommendation and its action.
        struct StoredAction: Decodable {
            var recommendation: Recommendation
            var action: Action

            init(from decoder: any Decoder) throws {
                let container = try decoder.container(keyedBy: ActionKeys.self)
                let id = try container.decode(ActionID.self, forKey: .id)
                guard id.sequence == 1 else {
                    throw DecodingError.dataCorruptedError(
                        forKey: .id, in: container,
                        debugDescription: "'\(id)' is not a schema-1 action ID (a positive whole number)")
                }
                let text = try container.decode(String.self, forKey: .recommendation)
                let printed = try container.decodeIfPresent(Int.self, forKey: .number)
                let timescale = try container.decodeIfPresent(Timescale.self, forKey: .timescale)
                recommendation = Recommendation(
                    number: id.recommendation, printedNumber: printed == id.recommendation ? nil : printed,
                    section: try container.decodeIfPresent(String.self, forKey: .section),
                    timescale: timescale ?? .unspecified,
                    text: text, lead: try container.decodeIfPresent(String.self, forKey: .lead))
                let due = try container.decodeIfPresent(CalendarDay.self, forKey: .due)
                action = Action(
                    id: id, action: try container.decodeIfPresent(String.self, forKey: .action) ?? text,
                    owner: try container.decodeIfPresent(String.self, forKey: .owner), due: due,
                    originalDue: try container.decodeIfPresent(CalendarDay.self, forKey: .originalDue) ?? due,
                    status: try container.decodeIfPresent(ActionStatus.self, forKey: .status) ?? .notStarted,
                    measure: try container.decodeIfPresent(String.self, forKey: .measure),
                    evidence: try container.decodeIfPresent(String.self, forKey: .evidence),
                    cost: try container.decodeIfPresent(Money.self, forKey: .cost),
                    history: try container.decodeIfPresent([HistoryEntry].self, forKey: .history) ?? [])
            }
        }
    }
}
