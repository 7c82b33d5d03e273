extension ReportJSON {
    /// A history entry as the views' JSON writes it: every field of the plan file's, `null` when empty.
    struct EntryObject: Encodable {
        var entry: HistoryEntry

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: HistoryEntry.CodingKeys.self)
            for key in HistoryEntry.CodingKeys.allCases {
                switch key {
                case .revision: try container.encode(entry.revision, forKey: key)
                case .on: try container.encode(entry.on, forKey: key)
                case .recorded: try container.encode(entry.recorded, forKey: key)
                case .by: try container.encode(entry.by, forKey: key)
                case .changes: try container.encode(entry.changes.map(ChangeObject.init), forKey: key)
                case .note: try container.encode(entry.note, forKey: key)
                case .reason: try container.encode(entry.reason, forKey: key)
                case .undoes: try container.encode(entry.undoneRevision, forKey: key)
                }
            }
        }
    }

    /// A field change with `null` for an empty value before or after.
    struct ChangeObject: Encodable {
        var change: FieldChange

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: FieldChange.CodingKeys.self)
            try container.encode(change.field, forKey: .field)
            try container.encode(change.from, forKey: .from)
            try container.encode(change.to, forKey: .to)
        }
    }

    /// A change to the plan itself, with `null` for an empty value and for a plan-level field's recommendation.
    struct PlanChangeObject: Encodable {
        var change: PlanFieldChange

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: PlanFieldChange.CodingKeys.self)
            for key in PlanFieldChange.CodingKeys.allCases {
                switch key {
                case .field: try container.encode(change.field, forKey: key)
                case .recommendation: try container.encode(change.recommendation, forKey: key)
                case .from: try container.encode(change.from, forKey: key)
                case .to: try container.encode(change.to, forKey: key)
                }
            }
        }
    }
}
