import Foundation

/// Counts of themes over plans: per theme, how many recommendations, plans and councils; optionally per
/// council or per year.
public struct ThemeTally: Sendable {
    /// How to group the counts.
    public enum Grouping: String, Sendable, CaseIterable {
        /// One group per council (canonical name).
        case council
        /// One group per year of the report.
        case year
    }

    /// One recommendation and its themes.
    public struct Row: Hashable, Sendable, Codable {
        /// The plan's name.
        public var plan: String
        /// The recommendation's number in the plan.
        public var recommendation: Int
        /// Its themes' slugs, main first.
        public var themes: [String]
    }

    /// The count for one theme.
    public struct Count: Hashable, Sendable, Codable {
        /// The theme's slug.
        public var theme: String
        /// Recommendations with the theme among theirs.
        public var recommendations: Int
        /// Plans with at least one such recommendation.
        public var plans: Int
        /// Councils with at least one such recommendation.
        public var authorities: Int
    }

    /// The counts of one council or one year.
    public struct Group: Hashable, Sendable {
        /// The council's name or the year.
        public var name: String
        /// Its counts, most recommendations first.
        public var counts: [Count]
        /// How many recommendations it has.
        public var recommendations: Int
    }

    /// Every recommendation counted, plan by plan.
    public var rows: [Row]
    /// The counts over everything, most recommendations first, then in THEMES.md's order.
    public var counts: [Count]
    /// The counts per group, when grouped.
    public var groups: [Group]?
    /// How the groups were made, when grouped.
    public var grouping: Grouping?
    /// How many plans were counted.
    public var planCount: Int

    private struct Item {
        var plan: String
        var council: String
        var year: String
        var recommendation: Int
        var themes: [Theme]
    }

    /// Counts the themes of every recommendation of `plans`, grouped by `grouping` when given.
    public init(plans: [ActionPlan], by grouping: Grouping? = nil) {
        var items: [Item] = []
        for plan in plans.sorted(by: { $0.name < $1.name }) {
            for recommendation in plan.recommendations {
                items.append(
                    Item(
                        plan: plan.name.rawValue, council: plan.source.authorityCode ?? plan.councilName,
                        year: String(plan.reportDay.year), recommendation: recommendation.number,
                        themes: recommendation.themeList))
            }
        }
        rows = items.map {
            Row(plan: $0.plan, recommendation: $0.recommendation, themes: $0.themes.map(\.slug))
        }
        counts = Self.count(items)
        planCount = plans.count
        self.grouping = grouping
        guard let grouping else { return }
        let names = Dictionary(
            plans.map { ($0.source.authorityCode ?? $0.councilName, $0.councilName) },
            uniquingKeysWith: { a, _ in a })
        let keyed = Dictionary(grouping: items) { grouping == .council ? $0.council : $0.year }
        groups = keyed.map { key, members in
            Group(
                name: grouping == .council ? names[key] ?? key : key, counts: Self.count(members),
                recommendations: members.count)
        }.sorted { $0.name < $1.name }
    }

    private static func count(_ items: [Item]) -> [Count] {
        var recommendations: [Theme: Int] = [:]
        var plans: [Theme: Set<String>] = [:]
        var councils: [Theme: Set<String>] = [:]
        for item in items {
            for theme in item.themes {
                recommendations[theme, default: 0] += 1
                plans[theme, default: []].insert(item.plan)
                councils[theme, default: []].insert(item.council)
            }
        }
        return recommendations.keys.sorted {
            recommendations[$0]! != recommendations[$1]!
                ? recommendations[$0]! > recommendations[$1]! : $0 < $1
        }.map {
            Count(
                theme: $0.slug, recommendations: recommendations[$0]!, plans: plans[$0]!.count,
                authorities: councils[$0]!.count)
        }
    }
}
