import Foundation

extension PlanStore {
    /// Checks the plans `names` (every plan in the folder when empty) as of `today`, through `cache`
    /// when given.
    ///
    /// A file that cannot be read as a plan becomes one error finding naming the file, the line and
    /// column and the field, so one bad plan does not hide the findings of the others. A plan whose
    /// cached summary matches its file and records no consistency error is judged from the summary
    /// (which keeps each action's last update day); any other is read and checked whole.
    /// - Throws: ``StoreError/planNotFound(_:directory:suggestion:)`` when a named plan does not exist,
    ///   or an I/O error when the folder cannot be listed.
    public func check(
        _ names: [PlanName], today: CalendarDay, rules: PlanCheck.Rules = PlanCheck.Rules(),
        cache: PlanSummaryCache? = nil
    ) throws(StoreError) -> [PlanFinding] {
        try checked(names, today: today, rules: rules, cache: cache, now: .realTime).findings
    }

    /// ``check(_:today:rules:cache:)``, and how many plans were judged from the cache; `now` decides
    /// which files changed too recently to be cached.
    func checked(
        _ names: [PlanName], today: CalendarDay, rules: PlanCheck.Rules, cache: PlanSummaryCache?,
        now: timespec
    ) throws(StoreError) -> (findings: [PlanFinding], fromCache: Int) {
        for name in names where !contains(name) {
            throw .planNotFound(name, directory: directory, suggestion: nearestName(to: name))
        }
        // Each plan is checked on its own, several at once; a portfolio has thousands.
        let names = names.isEmpty ? try self.names() : names
        let (outcomes, fromCache) = summarisedEach(
            names, cache: cache, now: now, racyMargin: 2, keepingAfterFailure: true,
            fromSummary: { summary in
                summary.consistent ? PlanCheck.gaps(in: summary.plan, today: today, rules: rules) : nil
            },
            fromFile: { PlanCheck.findings(in: $0, today: today, rules: rules) })
        let store = self
        let findings = zip(names, outcomes).flatMap { name, outcome in store.findings(of: name, outcome) }
        return (findings, fromCache)
    }

    /// The findings of the one plan `name`, including a temporary file a killed writer left beside it.
    private func findings(of name: PlanName, _ outcome: Result<[PlanFinding], StoreError>) -> [PlanFinding] {
        var findings: [PlanFinding] = []
        switch outcome {
        case .success(let found): findings = found
        case .failure(let error):
            findings.append(PlanFinding(plan: name.rawValue, severity: .error, message: error.description))
        }
        if let leftover = temporaryFile(of: name) {
            findings.append(
                PlanFinding(
                    plan: name.rawValue, severity: .warning,
                    message: "a temporary file left by an interrupted write (\(leftover)); "
                        + "the next update removes it"))
        }
        return findings
    }

    /// The name of the temporary file an interrupted writer of plan `name` left in the folder, if any.
    ///
    /// The file has one name per plan, so one `lstat` answers: listing the folder for each plan would
    /// make checking a portfolio grow with the square of its size.
    func temporaryFile(of name: PlanName) -> String? {
        let entry = AtomicFile.temporaryName(for: name.fileName)
        var info = stat()
        guard lstat(directory + "/" + entry, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        return entry
    }
}
