extension ActionLine {
    /// The action's fields as a template sees them; names follow the JSON keys where there is one.
    ///
    /// Templates make papers for people, so dates are written out ("9 March 2012") and the timescale and
    /// status are in words.
    static let templateFields = TemplateFields<ActionLine>([
        .text("plan") { $0.plan.rawValue },
        .text("id") { $0.action.id.description },
        .text("action") { $0.action.action },
        .text("shortAction") { $0.shortAction },
        .flag("restatesRecommendation") { $0.restatesRecommendation },
        .text("recommendation") { $0.recommendation.text },
        .text("recommendationNumber") { String($0.action.recommendationNumber) },
        .text("section") { $0.recommendation.section },
        .text("timescale") { ReportWords.timescale($0.recommendation.timescale) },
        .text("owner") { $0.action.owner },
        .text("lead") { $0.recommendation.lead },
        .flag("urgent") { $0.recommendation.urgent },
        // An undated action under a statement deadline shows the day its date must be set by.
        .text("due") { line in
            line.action.due?.written
                ?? (line.policy.statementDue != nil ? line.policy.undatedDueWords(line.action) : nil)
        },
        .text("originalDue") { $0.action.originalDue?.written },
        .text("status") { $0.action.status.rawValue },
        .text("statusLabel") { $0.action.status.label },
        .text("rag") { $0.colour.rawValue },
        .text("ragWord") { ReportWords.ragWord($0.colour) },
        .text("ragReason") { ReportWords.reason($0.rating) },
        .text("measure") { $0.action.measure },
        .text("evidence") { $0.action.evidence },
        .text("cost") { $0.action.cost?.formatted },
        .text("daysOverdue") { $0.daysOverdue?.description },
        .text("latestNote") { $0.latestNote },
        .text("latestNoteOn") { $0.latestNoteOn?.written },
        // Shown only when the due date has moved; absent, a section over it shows nothing.
        .text("rescheduled") { line in
            guard let due = line.action.due, let original = line.action.originalDue, due != original else {
                return nil
            }
            return "true"
        },
    ])
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
