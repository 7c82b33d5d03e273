/// One action as a report shows it: as it stood on the report's day, with its rating and latest update.
///
/// A line is a reference to values it shares with its copies. A portfolio report sorts, groups and
/// lays out tens of thousands of lines, and an action holds a dozen strings: copying a line is then one
/// reference, not a dozen.
public struct ActionLine: Hashable, Sendable {
    /// The plan the action belongs to.
    public var plan: PlanName { shared.values.plan }
    /// The action as it stood on the report's day.
    ///
    /// Read in place: `line.action.id` reads one field of the shared values, where a getter would
    /// first copy the whole action, a dozen strings, and a portfolio report reads tens of thousands.
    public var action: Action {
        _read { yield shared.values.action }
    }
    /// The recommendation the action answers, whose words, section, timescale and lead a report shows.
    public var recommendation: Recommendation {
        _read { yield shared.values.recommendation }
    }
    /// Its RAG colour on that day.
    public var colour: RAG { shared.values.colour }
    /// How many days past due it is, or `nil` when it is not overdue.
    public var daysOverdue: Int? { shared.values.daysOverdue }
    /// The latest progress note recorded on or before the day, if any.
    public var latestNote: String? { shared.values.latestNote }
    /// The day the latest note took effect.
    public var latestNoteOn: CalendarDay? { shared.values.latestNoteOn }
    /// The day the action is read on.
    public var day: CalendarDay { shared.values.day }
    /// The rules it is rated by.
    public var policy: RAGPolicy { shared.values.policy }

    private struct Values: Hashable, Sendable {
        var plan: PlanName
        var action: Action
        var recommendation: Recommendation
        var colour: RAG
        var daysOverdue: Int?
        var latestNote: String?
        var latestNoteOn: CalendarDay?
        var day: CalendarDay
        var policy: RAGPolicy
    }

    private final class Shared: Sendable {
        let values: Values
        init(_ values: Values) { self.values = values }
    }

    private let shared: Shared

    /// Reads `action`, answering `recommendation` of `plan`, on `day` under `policy`.
    public init(
        plan: PlanName, action: Action, recommendation: Recommendation, on day: CalendarDay, policy: RAGPolicy
    ) {
        self.init(
            plan: plan, action: action, recommendation: recommendation, on: day, policy: policy,
            colour: policy.colour(of: action, on: day), daysOverdue: policy.daysOverdue(action, on: day))
    }

    /// Reads an action whose colour and lateness the caller has already worked out; with
    /// `keepingHistory` false, the line's action is without its history, whose latest note it keeps.
    init(
        plan: PlanName, action: Action, recommendation: Recommendation, on day: CalendarDay,
        policy: RAGPolicy,
        colour: RAG, daysOverdue: Int?,
        keepingHistory: Bool = true
    ) {
        let latest = action.latestNoteEntry
        var action = action
        if !keepingHistory { action.history = [] }
        shared = Shared(
            Values(
                plan: plan, action: action, recommendation: recommendation, colour: colour,
                daysOverdue: daysOverdue,
                latestNote: latest?.note,
                latestNoteOn: latest?.on, day: day, policy: policy))
    }

    /// Whether two lines show the same action the same way.
    public static func == (left: ActionLine, right: ActionLine) -> Bool {
        left.shared === right.shared || left.shared.values == right.shared.values
    }

    /// Hashes what ``==`` compares.
    public func hash(into hasher: inout Hasher) { shared.values.hash(into: &hasher) }

    /// Its rating on the day, with the reason in words; worked out when asked, since words are costly.
    public var rating: RAGRating { policy.rating(of: action, on: day) }

    /// The action's wording cut to a readable length at a word boundary, for tables.
    public var shortAction: String { action.action.shortened(to: ActionLine.shortLength) }

    /// Whether the action is worded as its recommendation (as `generate` words it), so a paper that prints
    /// the recommendation above need not print the same sentence again.
    public var restatesRecommendation: Bool {
        ReportWords.sentence(action.action).lowercased()
            == ReportWords.sentence(recommendation.text).lowercased()
    }

    /// The action's wording for a table under its recommendation: "As recommended" when it only restates it.
    public var actionUnderRecommendation: String {
        restatesRecommendation ? ActionLine.asRecommended : action.action
    }

    /// What a paper prints for an action worded as its recommendation.
    static let asRecommended = "As recommended"

    /// The number of characters a table shows of an action's wording.
    static let shortLength = 90
}
