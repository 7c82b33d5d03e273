import Foundation

extension PlanSheet {
    /// The words the status drop-down offers, one per status, in lifecycle order.
    ///
    /// The list cannot hold commas, so "completed, awaiting sign-off" is offered as "completed";
    /// import reads these words, the stored forms and the labels alike.
    public static let statusChoices: [String] = ActionStatus.allCases.map(statusWord)

    /// A status as the workbook writes it: "not started", "in progress", "signed off".
    public static func statusWord(_ status: ActionStatus) -> String {
        status.rawValue.replacingOccurrences(of: "-", with: " ")
    }

    /// The plan as an Excel workbook: the columns of the CSV, with typed cells, a status drop-down and
    /// RAG fills, RAG rated on `day`.
    public static func workbook(of plan: ActionPlan, asOf day: CalendarDay, policy: RAGPolicy = RAGPolicy())
        -> Workbook
    {
        // The plan's statement deadline rates and words its undated actions, as in the CSV.
        let policy = policy.applying(to: plan)
        let rows = plan.actions.map { action in
            columns.map { typedCell($0, of: action, in: plan, on: day, policy: policy) }
        }
        let sheet = Worksheet(
            name: plan.name.rawValue, headers: columns.map(\.header), rows: rows,
            dropDown: columns.firstIndex(of: .status).map {
                Worksheet.DropDown(column: $0, values: statusChoices)
            })
        return Workbook(title: "Action plan \(plan.name)", sheets: [sheet])
    }

    /// The workbook of `plan` as the bytes of an `.xlsx` file.
    public static func xlsx(of plan: ActionPlan, asOf day: CalendarDay, policy: RAGPolicy = RAGPolicy())
        throws(ZipError) -> Data
    {
        try workbook(of: plan, asOf: day, policy: policy).data()
    }

    /// One cell as the workbook holds it: dates as dates, amounts and numbers as numbers.
    static func typedCell(
        _ column: SheetColumn, of action: Action, in plan: ActionPlan, on day: CalendarDay, policy: RAGPolicy
    ) -> WorkbookCell {
        switch column {
        case .number: .integer(plan.recommendation(of: action).reportNumber)
        case .due:
            action.due == nil && policy.undatedDueDeadline(action) != nil
                ? .text(policy.undatedDueWords(action)) : .date(action.due)
        case .originalDue: .date(action.originalDue)
        case .status: .text(statusWord(action.status))
        case .rag: .rag(policy.colour(of: action, on: day))
        case .cost: .money(action.cost)
        case .revision: .integer(plan.revision)
        default: .text(cell(column, of: action, in: plan, on: day, policy: policy))
        }
    }
}
