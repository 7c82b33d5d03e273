extension ActionPlan {
    /// A new plan with one `not-started` action per recommendation, each with its due date.
    ///
    /// - Parameters:
    ///   - report: What the report says.
    ///   - name: The plan's name.
    ///   - source: The report file's name and checksum.
    ///   - start: `--from`, when given; otherwise the report's dates decide.
    ///   - owner: Assigned to every action (`--owner`); else each takes the body the report names, if any.
    ///   - policy: How timescales become due dates.
    public static func generate(
        from report: Report, name: PlanName, fileName: String, sha256: String, start: CalendarDay? = nil,
        owner: String? = nil, policy: DueDatePolicy = DueDatePolicy()
    ) throws(PlanError) -> ActionPlan {
        guard !report.recommendations.isEmpty else { throw .noRecommendations }
        let startDate = try DueDatePolicy.startDate(for: report, explicit: start)
        var recommendations: [Recommendation] = []
        var actions: [Action] = []
        for (index, read) in report.recommendations.enumerated() {
            // In the plan a recommendation is numbered by its place, which its actions' IDs start with;
            // the number the report prints is kept beside it where different.
            var recommendation = read
            recommendation.number = index + 1
            recommendation.printedNumber = read.number == index + 1 ? nil : read.number
            recommendation.themes = ThemeClassifier.standard.classify(recommendation.text).themes.map(\.slug)
            recommendations.append(recommendation)
            let due = policy.dueDate(for: recommendation.timescale, from: startDate)
            actions.append(
                Action(
                    id: ActionID(index + 1)!, action: ActionPlan.wording(of: recommendation.text),
                    owner: owner ?? recommendation.lead, due: due))
        }
        let source = SourceReport(
            fileName: fileName, sha256: sha256, title: report.title, authority: report.authority,
            authorityCode: report.authorityCode,
            authorityAsPrinted: report.authorityAsPrinted == report.authority
                ? nil : report.authorityAsPrinted,
            inspectionStart: report.inspectionStart, inspectionEnd: report.inspectionEnd,
            published: report.published, statementDue: report.statementDue(in: policy.calendar),
            leadInspector: report.leadInspector, judgements: report.judgements)
        return ActionPlan(
            name: name, source: source, startDate: startDate, recommendations: recommendations,
            actions: actions)
    }

    /// The council's first wording of an action: the recommendation, opening with a capital letter.
    static func wording(of recommendation: String) -> String {
        guard let first = recommendation.first, first.isLowercase else { return recommendation }
        return first.uppercased() + recommendation.dropFirst()
    }
}
