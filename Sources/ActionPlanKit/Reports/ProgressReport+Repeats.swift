extension ProgressReport {
    /// Whether the council's earlier plans were searched for repeats, so the paper has a section on them.
    ///
    /// A plan with no earlier plan of its council in the folder says nothing about repeats, rather than
    /// "none" it could not know.
    public var searchedEarlier: Bool { !(repeats?.earlierPlans.isEmpty ?? true) }

    /// The recommendations that repeat earlier ones, in report order.
    public var repeatedGroups: [ActionGroup] { groups.filter { !$0.repeats.isEmpty } }

    /// "Repeated recommendations: 2 of 7".
    public var repeatsHeading: String {
        "Repeated recommendations: \(repeatedGroups.count) of \(groups.count)"
    }

    /// What the repeats section lists and the day the earlier statuses are taken on.
    public var repeatsIntro: String {
        guard let repeats else { return "" }
        return "Recommendations that repeat those of \(repeats.council)'s earlier plans "
            + "(\(repeats.earlierPlans.joined(separator: ", "))), with what had become of them by "
            + "\(repeats.day.written), the date of this report."
    }

    /// Each repeat as the repeats section lists it: "Recommendation 3 repeats recommendation 1 of
    /// norfolk-2014 (2014): signed off 10 January 2015."
    public var repeatLines: [String] {
        repeatedGroups.flatMap { group in
            group.repeats.map { "Recommendation \(group.recommendation.number) repeats \($0.sentenceEnd)" }
        }
    }
}

extension ProgressReport.ActionGroup {
    /// A line per earlier recommendation it repeats: "Repeats recommendation 1 of norfolk-2014 (2014):
    /// signed off 10 January 2015."
    public var repeatLines: [String] { repeats.map { "Repeats \($0.sentenceEnd)" } }
}

extension PlanRepeats.Earlier {
    /// "recommendation 1 of norfolk-2014 (2014)".
    public var words: String { "recommendation \(recommendation) of \(plan) (\(year))" }

    /// "recommendation 1 of norfolk-2014 (2014): signed off 10 January 2015."
    var sentenceEnd: String { "\(words): \(status)." }

    /// An earlier recommendation as templates see it.
    static let templateFields = TemplateFields<Self>([
        .text("words") { $0.words },
        .text("status") { $0.status },
        .text("plan") { $0.plan },
        .text("year") { String($0.year) },
        .text("earlierNumber") { String($0.recommendation) },
    ])
}
