/// Who has answered the latest returns round, as at a day: for each owner sent a sheet, the last day
/// anything came back from them or was recorded on their actions since the round was sent.
///
/// An owner has answered when, on or after the round's day and on or before the report's day, their
/// returned sheet was imported, or any change or note was recorded on an action sent to them, or
/// anything was recorded by them (`--by` their name). The rest have sent nothing since the round.
public struct RoundReturns: Hashable, Sendable {
    /// One owner sent a sheet in the round.
    public struct Owner: Hashable, Sendable {
        /// The owner, as the plans name them.
        public var owner: String
        /// How many actions their sheet held.
        public var actionsSent: Int
        /// The latest day since the round that they returned their sheet or an update was recorded on
        /// their actions or by them; `nil` when they have sent nothing.
        public var lastReturn: CalendarDay?

        /// Whether they have sent nothing since the round.
        public var sentNothing: Bool { lastReturn == nil }
    }

    /// The day the round was sent; `nil` when no round was sent on or before ``asOf``.
    public var round: CalendarDay?
    /// The day the returns are counted to.
    public var asOf: CalendarDay
    /// The owners sent a sheet, in the round's order (alphabetical).
    public var owners: [Owner]

    /// Nobody asked: no round was sent on or before `asOf`.
    public init(noRoundAsOf asOf: CalendarDay) {
        round = nil
        self.asOf = asOf
        owners = []
    }

    /// The returns to `round` as at `asOf`, from `activity` (one per plan, made with the same days).
    ///
    /// Only actions of plans in `activity` are counted: an owner whose sheet held none of them is left
    /// out, so a report on some plans speaks only of the owners of those plans' actions.
    public init(_ round: ReturnsRound, asOf: CalendarDay, activity: [PlanActivity]) {
        self.round = round.sent
        self.asOf = asOf
        var byPlan = [PlanName: PlanActivity]()
        for plan in activity { byPlan[plan.plan] = plan }
        var returned = [String: CalendarDay]()
        for entry in round.returns where entry.on >= round.sent && entry.on <= asOf {
            returned[entry.owner] = max(returned[entry.owner] ?? entry.on, entry.on)
        }
        owners = round.sheets.compactMap { sheet in
            var latest = returned[sheet.owner]
            var counted = 0
            for qualified in sheet.actions {
                guard let slash = qualified.lastIndex(of: "/"),
                    let name = PlanName(String(qualified[..<slash])),
                    let plan = byPlan[name]
                else { continue }
                counted += 1
                if let day = plan.latestByAction[String(qualified[qualified.index(after: slash)...])] {
                    latest = max(latest ?? day, day)
                }
            }
            guard counted > 0 else { return nil }
            for plan in activity {
                if let day = plan.latestByAuthor[sheet.owner.lowercased()] {
                    latest = max(latest ?? day, day)
                }
            }
            return Owner(owner: sheet.owner, actionsSent: counted, lastReturn: latest)
        }
    }

    /// The owners who have sent nothing since the round.
    public var silent: [Owner] { owners.filter(\.sentNothing) }

    /// The owner called `name`, if the round sent them a sheet.
    public func owner(_ name: String) -> Owner? { owners.first { $0.owner == name } }
}

/// What one plan's history says about returns since a round: the latest day each action was updated,
/// and the latest day each person recorded anything, between the round's day and the report's day.
///
/// Made from the whole plan, whose history a report's summary would have cut, and kept small so a
/// portfolio's plans can be let go of once read.
public struct PlanActivity: Hashable, Sendable {
    /// The plan.
    public var plan: PlanName
    /// For each action ID updated in the window, its latest entry's day.
    public var latestByAction: [String: CalendarDay]
    /// For each person (lowercased) who recorded anything in the window, their latest entry's day.
    public var latestByAuthor: [String: CalendarDay]

    /// The activity of `plan` from `start` through `end`, both included, by each entry's `on` day.
    public init(_ plan: ActionPlan, from start: CalendarDay, through end: CalendarDay) {
        self.plan = plan.name
        latestByAction = [:]
        latestByAuthor = [:]
        for action in plan.actions {
            for entry in action.history where entry.on >= start && entry.on <= end {
                let id = action.id.description
                latestByAction[id] = max(latestByAction[id] ?? entry.on, entry.on)
                let by = entry.by.lowercased()
                latestByAuthor[by] = max(latestByAuthor[by] ?? entry.on, entry.on)
            }
        }
    }
}
