extension OverdueReport {
    /// The plans of one council in the report, with their totals.
    public struct CouncilGroup: Hashable, Sendable {
        /// The council.
        public var council: Council
        /// Its plans, as indices into ``OverdueReport/plans``, in order of name.
        public var plans: [Int]
        /// How many actions its plans have.
        public var actionCount: Int
        /// How many of them are overdue.
        public var overdueCount: Int
    }

    /// The plans grouped by council, councils in alphabetical order (see ``Council``).
    public var councils: [CouncilGroup] {
        var groups: [String: CouncilGroup] = [:]
        for (index, plan) in plans.enumerated() {
            groups[
                plan.council.key,
                default: CouncilGroup(council: plan.council, plans: [], actionCount: 0, overdueCount: 0)
            ]
            .add(index, plan)
        }
        return groups.values.map { group in
            var group = group
            group.plans.sort { plans[$0].name < plans[$1].name }
            return group
        }.sorted { $0.council < $1.council }
    }

    /// Whether the plans are of more than one council, so the report groups them by council.
    public var spansCouncils: Bool {
        guard let first = plans.first?.council.key else { return false }
        return plans.contains { $0.council.key != first }
    }

    /// The lines listing the plans under their councils: a council with one plan on one line,
    /// "Cumbria (cumbria-2013): 21 actions, 9 overdue"; one with several on a line of its own, its plans
    /// indented beneath.
    var councilPlanLines: [String] {
        councils.flatMap { group -> [String] in
            if group.plans.count == 1 {
                let plan = plans[group.plans[0]]
                return [
                    "\(group.council.name) (\(plan.name)): "
                        + OverdueReport.counts(plan.actionCount, plan.overdueCount)
                ]
            }
            return [
                "\(group.council.name): \(ReportWords.count(group.plans.count, "plan")), "
                    + OverdueReport.counts(group.actionCount, group.overdueCount)
            ]
                + group.plans.map {
                    "  \(plans[$0].name): "
                        + OverdueReport.counts(plans[$0].actionCount, plans[$0].overdueCount)
                }
        }
    }

    /// "21 actions, 9 overdue".
    static func counts(_ actions: Int, _ overdue: Int) -> String {
        "\(ReportWords.count(actions, "action")), \(overdue) overdue"
    }

    /// Each plan's council's name, by plan, for the CSV's Council column.
    var councilNames: [PlanName: String] {
        Dictionary(plans.map { ($0.name, $0.council.name) }) { first, _ in first }
    }
}

extension OverdueReport.CouncilGroup {
    fileprivate mutating func add(_ index: Int, _ plan: OverdueReport.PlanHeading) {
        plans.append(index)
        actionCount += plan.actionCount
        overdueCount += plan.overdueCount
    }
}
