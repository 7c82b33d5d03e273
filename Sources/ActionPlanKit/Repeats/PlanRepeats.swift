import Foundation

/// The recommendations of a plan that repeat recommendations of the same council's earlier plans, and
/// what had become of those by the later report's date.
public struct PlanRepeats: Sendable {
    /// An earlier recommendation that asked for the same improvement.
    public struct Earlier: Hashable, Sendable, Codable {
        /// The earlier plan's name.
        public var plan: String
        /// The earlier recommendation's number in that plan.
        public var recommendation: Int
        /// How alike the two are, 0 to 1, to two places.
        public var score: Double
        /// Its actions' status on the later report's day: "signed off 10 January 2014".
        public var status: String
        /// The year of the earlier report.
        public var year: Int
        /// The earlier recommendation's words.
        public var text: String
        /// The concepts and words the two share, the heaviest first.
        public var shared: [String]
    }

    /// A recommendation of the plan with the earlier ones it repeats.
    public struct Repeat: Hashable, Sendable, Codable {
        /// The recommendation's number in the plan.
        public var recommendation: Int
        /// Its words.
        public var text: String
        /// The earlier recommendations it repeats, best match first.
        public var earlier: [Earlier]
    }

    /// The plan's name.
    public var plan: String
    /// The council, as people name it.
    public var council: String
    /// The day the plan's report speaks for, on which earlier statuses are taken.
    public var day: CalendarDay
    /// The earlier plans of the same council searched, oldest first.
    public var earlierPlans: [String]
    /// The plan's recommendations that repeat earlier ones, in order.
    public var repeats: [Repeat]
    /// How many recommendations the plan has.
    public var recommendationCount: Int

    /// The earlier recommendations `number` repeats, if any.
    public func earlier(for number: Int) -> [Earlier] {
        repeats.first { $0.recommendation == number }?.earlier ?? []
    }

    /// Finds, for each recommendation of `plan`, the recommendations of earlier plans of the same council
    /// among `plans` that asked for the same improvement.
    ///
    /// The same council is the same ONS code, a former code of it, or a council it took over from
    /// (Cumbria for Cumberland); earlier is a report dated before this plan's.
    public static func find(
        for plan: ActionPlan, among plans: [ActionPlan], finder: RepeatFinder = .standard
    ) -> PlanRepeats {
        let codes = councilCodes(of: plan)
        let earlierPlans = plans.filter { other in
            other.name != plan.name && other.reportDay < plan.reportDay
                && other.source.authorityCode.map(codes.contains) == true
        }.sorted { ($0.reportDay, $0.name) < ($1.reportDay, $1.name) }
        let day = plan.reportDay
        let later = plan.recommendations.map { finder.profile($0.text, themes: $0.themeList) }
        var found: [Int: [Earlier]] = [:]
        for earlierPlan in earlierPlans {
            let recommendations = earlierPlan.recommendations
            let profiles = recommendations.map { finder.profile($0.text, themes: $0.themeList) }
            let asOf = earlierPlan.asOf(day)
            for (index, matches) in finder.repeats(of: later, in: profiles).enumerated() {
                for match in matches {
                    let recommendation = recommendations[match.earlier]
                    found[index, default: []].append(
                        Earlier(
                            plan: earlierPlan.name.rawValue, recommendation: recommendation.number,
                            score: (match.score * 100).rounded() / 100,
                            status: status(of: recommendation.number, in: asOf, on: day),
                            year: earlierPlan.reportDay.year, text: recommendation.text,
                            shared: Array(finder.shared(later[index], profiles[match.earlier]).prefix(4))))
                }
            }
        }
        let repeats = plan.recommendations.enumerated().compactMap { index, recommendation in
            found[index].map {
                Repeat(
                    recommendation: recommendation.number, text: recommendation.text,
                    earlier: $0.sorted { $0.score != $1.score ? $0.score > $1.score : $0.year > $1.year })
            }
        }
        return PlanRepeats(
            plan: plan.name.rawValue, council: plan.councilName, day: day,
            earlierPlans: earlierPlans.map(\.name.rawValue), repeats: repeats,
            recommendationCount: plan.recommendations.count)
    }

    /// The plan's council code with its former codes and those of the councils it took over from; none
    /// when the plan stores no code.
    public static func councilCodes(of plan: ActionPlan) -> Set<String> {
        guard let code = plan.source.authorityCode else { return [] }
        var codes: Set<String> = [code]
        var queue = [Authorities.authority(code: code)].compactMap { $0 }
        while let authority = queue.popLast() {
            codes.insert(authority.code)
            codes.formUnion(authority.formerCodes)
            for predecessor in Authorities.predecessors(of: authority) where !codes.contains(predecessor.code)
            {
                queue.append(predecessor)
            }
        }
        return codes
    }

    /// What had become of recommendation `number`'s actions by `day`: "signed off 10 January 2014", or for
    /// several actions each with its ID: "3: signed off 10 January 2014; 3.2: in progress".
    static func status(of number: Int, in plan: ActionPlan, on day: CalendarDay) -> String {
        let actions = plan.actions.filter { $0.recommendationNumber == number }
        let words = actions.map { action -> String in
            let changed = action.history.last { entry in
                entry.on <= day && entry.changes.contains { $0.field == .status }
            }
            let label = action.status.label
            guard let changed, action.status != .notStarted else { return label }
            return "\(label) \(changed.on.written)"
        }
        if words.count == 1 { return words[0] }
        if words.isEmpty { return "no actions" }
        return zip(actions, words).map { "\($0.id): \($1)" }.joined(separator: "; ")
    }
}
