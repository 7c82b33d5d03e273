import Foundation

/// A plan as a spreadsheet, one row per action, for officers who keep their tracker in Excel.
///
/// ``rows(of:asOf:policy:)`` writes the sheet; ``importing(_:into:asOf:policy:)`` reads an edited
/// copy back as per-action updates without applying them.
public enum PlanSheet {
    /// The columns in the order the export writes them.
    public static let columns: [SheetColumn] = SheetColumn.allCases

    /// The sheet as rows of text, the header first, RAG rated on `day`.
    public static func rows(of plan: ActionPlan, asOf day: CalendarDay, policy: RAGPolicy = RAGPolicy())
        -> [[String]]
    {
        let policy = policy.applying(to: plan)
        var rows = [columns.map(\.header)]
        for action in plan.actions {
            rows.append(columns.map { cell($0, of: action, in: plan, on: day, policy: policy) })
        }
        return rows
    }

    /// The sheet as the bytes of a `.csv` file that Excel opens with every character intact.
    public static func csv(of plan: ActionPlan, asOf day: CalendarDay, policy: RAGPolicy = RAGPolicy())
        -> Data
    {
        CSV.data(rows(of: plan, asOf: day, policy: policy))
    }

    /// The text of one cell as exported.
    static func cell(
        _ column: SheetColumn, of action: Action, in plan: ActionPlan, on day: CalendarDay, policy: RAGPolicy
    ) -> String {
        switch column {
        case .id: action.id.description
        case .number: String(plan.recommendation(of: action).reportNumber)
        case .section: plan.recommendation(of: action).section ?? ""
        case .recommendation: plan.recommendation(of: action).text
        case .action: action.action
        case .owner: action.owner ?? ""
        // An undated action says by when it must be dated, as every view does; reading back takes it for none.
        case .due:
            action.due?.description
                ?? (policy.undatedDueDeadline(action) == nil ? "" : policy.undatedDueWords(action))
        case .originalDue: action.originalDue?.description ?? ""
        case .status: action.status.rawValue
        case .rag: policy.rating(of: action, on: day).colour.rawValue
        case .progress: latestNote(of: action) ?? ""
        case .measure: action.measure ?? ""
        case .evidence: action.evidence ?? ""
        case .cost: action.cost?.description ?? ""
        case .reason, .note: ""
        case .revision: String(plan.revision)
        }
    }

    /// The most recent progress note in the action's history, if any.
    static func latestNote(of action: Action) -> String? {
        action.latestNoteEntry?.note
    }
}
