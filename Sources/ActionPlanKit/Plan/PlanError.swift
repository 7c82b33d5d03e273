/// A request that the plan's rules refuse: the plan and its file are left as they were.
public enum PlanError: Error, Hashable, Sendable {
    /// The plan has no action with this ID; `suggestion` is the nearest ID it does have.
    case unknownAction(ActionID, plan: PlanName, suggestion: ActionID?)
    /// The text given is not an action ID or a list of them ("1,3-5").
    case invalidActionList(String)
    /// The status change is not allowed (e.g. `signed-off` from anything but `completed`).
    case invalidTransition(action: ActionID, from: ActionStatus, to: ActionStatus, why: String)
    /// The change needs a reason (`--reason`): rescheduling, dropping.
    case reasonRequired(action: ActionID, change: String)
    /// The update would change nothing: no field and no note was given.
    case emptyUpdate
    /// The report gave no date to start timescales from and none was given with `--from`.
    case noStartDate
    /// The report has no recommendations, so there is nothing to plan.
    case noRecommendations
    /// There is nothing to undo: the plan has no recorded changes.
    case nothingToUndo(PlanName)
    /// The plan has no recommendation with this number; `known` are the numbers it has.
    case unknownRecommendation(Int, plan: PlanName, known: [Int])
    /// A new action was given no wording.
    case emptyAction
    /// A plan field cannot take the value given: which, the value, and why.
    case invalidPlanValue(PlanField, value: String, why: String)
    /// The day a change is said to take effect (`--on`) cannot be: after today, or before the plan's start.
    case changeDayOutOfRange(CalendarDay, why: String)
    /// A back-dated change would make the action's history impossible, e.g. signed off before it was completed.
    case changeOutOfOrder(action: ActionID, day: CalendarDay, why: String)
    /// `undo` cannot put back a value the plan's own history recorded (a hand-edited file): the
    /// plan, the revision, the field and the recorded value.
    case unrevertible(PlanName, revision: Int, field: String, recorded: String?)
}

extension PlanError: CustomStringConvertible {
    /// What went wrong, in one sentence a council officer can act on.
    public var description: String {
        switch self {
        case .unknownAction(let id, let plan, let suggestion):
            "plan '\(plan)' has no action \(id)" + (suggestion.map { "; did you mean \($0)?" } ?? "")
        case .invalidActionList(let text):
            "'\(text)' is not an action ID or list of IDs (e.g. 3, 1,4 or 2-5)"
        case .invalidTransition(let id, let from, let to, let why):
            "action \(id) cannot go from \(from.rawValue) to \(to.rawValue): \(why)"
        case .reasonRequired(let id, let change):
            "action \(id): \(change) needs a reason; add --reason \"...\""
        case .emptyUpdate:
            "nothing to update: give at least one of --status, --owner, --due, --measure, --evidence, --cost, --action or --note"
        case .noStartDate:
            "the report states no publication date and no inspection dates, so timescales have no start; give one with --from YYYY-MM-DD"
        case .noRecommendations:
            "no recommendations were found, so there is nothing to plan"
        case .nothingToUndo(let plan):
            "plan '\(plan)' has no recorded changes to undo"
        case .unknownRecommendation(let number, let plan, let known):
            "plan '\(plan)' has no recommendation \(number)"
                + (known.isEmpty ? "" : "; its recommendations are \(known.first!)–\(known.last!)")
        case .emptyAction:
            "the new action has no wording; give it with --action \"...\""
        case .invalidPlanValue(let field, let value, let why):
            "the plan's \(field.rawValue) cannot be '\(value)': \(why)"
        case .changeDayOutOfRange(let day, let why):
            "--on \(day): \(why)"
        case .changeOutOfOrder(let id, let day, let why):
            "action \(id): a change dated \(day.written) \(why)"
        case .unrevertible(_, let revision, let field, let recorded):
            "revision \(revision) cannot be reverted: it records \(field) as changed from "
                + (recorded.map { "'\($0)'" } ?? "empty") + ", which the plan cannot take"
        }
    }
}
