extension ActionLine {
    /// The action's fields as a template sees them; names follow the JSON keys where there is one.
    var templateValue: TemplateValue {
        let action = self.action
        var fields: [String: TemplateValue] = [
            "plan": .text(plan.rawValue),
            "id": .text(action.id.description),
            "action": .text(action.action),
            "shortAction": .text(shortAction),
            "recommendation": .text(action.recommendation),
            "section": .optional(action.section),
            "timescale": .text(action.timescale.description),
            "owner": .optional(action.owner),
            "lead": .optional(action.lead),
            "due": .optional(action.due?.isoText),
            "originalDue": .optional(action.originalDue?.isoText),
            "status": .text(action.status.rawValue),
            "statusLabel": .text(action.status.label),
            "rag": .text(colour.rawValue),
            "ragWord": .text(ReportWords.ragWord(colour)),
            "ragReason": .text(rating.reason),
            "measure": .optional(action.measure),
            "evidence": .optional(action.evidence),
            "cost": .optional(action.cost?.formatted),
            "daysOverdue": .describing(daysOverdue),
            "latestNote": .optional(latestNote),
            "latestNoteOn": .optional(latestNoteOn?.isoText),
        ]
        if let due = action.due, let original = action.originalDue, due != original {
            fields["rescheduled"] = true
        }
        return .object(fields)
    }
}

extension RAG {
    /// The print-friendly colour of the RAG in HTML and SVG, dark enough for white text on it.
    var htmlColour: String {
        switch self {
        case .red: "#b3261e"
        case .amber: "#b86e00"
        case .green: "#2e7d32"
        case .blue: "#1f5fa8"
        case .none: "#6b6b6b"
        }
    }
}
