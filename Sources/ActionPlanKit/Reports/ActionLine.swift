/// One action as a report shows it: as it stood on the report's day, with its rating and latest update.
public struct ActionLine: Hashable, Sendable {
    /// The plan the action belongs to.
    public var plan: PlanName
    /// The action as it stood on the report's day.
    public var action: Action
    /// Its RAG colour on that day.
    public var colour: RAG
    /// How many days past due it is, or `nil` when it is not overdue.
    public var daysOverdue: Int?
    /// The latest progress note recorded on or before the day, if any.
    public var latestNote: String?
    /// The day the latest note took effect.
    public var latestNoteOn: CalendarDay?
    /// The day the action is read on.
    public var day: CalendarDay
    /// The rules it is rated by.
    public var policy: RAGPolicy

    /// Reads `action` of `plan` on `day` under `policy`.
    public init(plan: PlanName, action: Action, on day: CalendarDay, policy: RAGPolicy) {
        self.init(
            plan: plan, action: action, on: day, policy: policy, colour: policy.colour(of: action, on: day),
            daysOverdue: policy.daysOverdue(action, on: day))
    }

    /// Reads an action whose colour and lateness the caller has already worked out.
    init(
        plan: PlanName, action: Action, on day: CalendarDay, policy: RAGPolicy, colour: RAG, daysOverdue: Int?
    ) {
        self.plan = plan
        self.action = action
        self.day = day
        self.policy = policy
        self.colour = colour
        self.daysOverdue = daysOverdue
        if let entry = action.history.last(where: { $0.note != nil }) {
            latestNote = entry.note
            latestNoteOn = entry.on
        }
    }

    /// Its rating on the day, with the reason in words; worked out when asked, since words are costly.
    public var rating: RAGRating { policy.rating(of: action, on: day) }

    /// The action's wording cut to a readable length at a word boundary, for tables.
    public var shortAction: String { action.action.shortened(to: ActionLine.shortLength) }

    /// The number of characters a table shows of an action's wording.
    static let shortLength = 90
}
