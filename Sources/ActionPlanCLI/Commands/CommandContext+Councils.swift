import ActionPlanKit

extension OptionSpec {
    /// `--authority NAME`: limit a national report to one council.
    static let authorityFilter = OptionSpec(
        name: "--authority", value: "NAME",
        help: "only the plans of this council: its name, a name reports print for it, or its ONS code",
        defaultValue: "every council")
    /// `--region NAME`: limit a national report to the councils of one English region.
    static let regionFilter = OptionSpec(
        name: "--region", value: "NAME",
        help: "only the plans of councils in this English region, e.g. London, \"North West\"",
        defaultValue: "every region")
}

extension CommandContext {
    /// The councils `--authority` and `--region` limit a report to; a usage error, with the nearest
    /// name, for a council or region the table does not know.
    func councilFilter(command: String) throws -> CouncilFilter {
        var filter = CouncilFilter()
        if let name = try arguments.text("--authority") {
            guard let authority = Authorities.resolve(name) else {
                throw UsageError(
                    "--authority: no council is known as '\(name)'",
                    hint: Authorities.suggestion(for: name).map { "did you mean '\($0.name)'?" }
                        ?? "give a council's name as reports print it, or its ONS code (E08000027)",
                    command: command)
            }
            filter.authority = authority
        }
        if let name = try arguments.text("--region") {
            guard let region = CouncilFilter.region(named: name) else {
                throw UsageError(
                    "--region: no English region is called '\(name)'",
                    hint: CouncilFilter.regionSuggestion(for: name).map { "did you mean '\($0)'?" }
                        ?? "the regions are \(CouncilFilter.regions.joined(separator: ", "))",
                    command: command)
            }
            filter.region = region
        }
        return filter
    }

    /// The failure when a filter leaves no plan: nothing to report is said, not printed as an empty report.
    /// What `make` gives for each plan `names` (every plan when empty) of the councils `filter` admits,
    /// as it stood on `day`, and the plans left out because they had not started by then; a clear
    /// error when `filter` admits none. Plans of other councils are passed over before `make` sees them.
    func mapAdmittedPlans<Part: Sendable>(
        _ names: [String], on day: CalendarDay, admitting filter: CouncilFilter,
        _ make: @Sendable (ActionPlan) -> Part
    ) throws -> (parts: [Part], leftOut: [LeftOutPlan]) {
        let outcomes = try mapPlans(names, on: day) { plan -> (LeftOutPlan?, Part?)? in
            guard filter.admits(plan.source) else { return nil }
            let leftOut = LeftOutPlan(plan, asOf: day)
            return (leftOut, leftOut == nil ? make(plan) : nil)
        }.compactMap { $0 }
        if outcomes.isEmpty { throw noPlans(matching: filter) }
        return (outcomes.compactMap(\.1), outcomes.compactMap(\.0))
    }

    func noPlans(matching filter: CouncilFilter) -> CLIFailure {
        CLIFailure(
            where: store.directory, what: "no plan of \(filter.scope ?? "any council") in the folder",
            hint: "'actionplan overdue' lists every plan under its council", status: .noInput)
    }
}

extension CouncilFilter {
    /// What the filter limits a report to, in words: "Dudley", "councils in London"; `nil` when nothing.
    var scope: String? {
        switch (authority, region) {
        case (let authority?, let region?): "\(authority.name) in \(region)"
        case (let authority?, nil): authority.name
        case (nil, let region?): "councils in \(region)"
        case (nil, nil): nil
        }
    }
}
