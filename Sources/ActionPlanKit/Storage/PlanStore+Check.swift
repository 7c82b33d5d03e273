import Foundation

extension PlanStore {
    /// Checks the plans `names` (every plan in the folder when empty) as of `today`.
    ///
    /// A file that cannot be read as a plan becomes one error finding naming the file, the line and
    /// column and the field, so one bad plan does not hide the findings of the others.
    /// - Throws: ``StoreError/planNotFound(_:directory:suggestion:)`` when a named plan does not exist,
    ///   or an I/O error when the folder cannot be listed.
    public func check(_ names: [PlanName], today: CalendarDay, rules: PlanCheck.Rules = PlanCheck.Rules())
        throws(StoreError) -> [PlanFinding]
    {
        for name in names where !contains(name) {
            throw .planNotFound(name, directory: directory, suggestion: nearestName(to: name))
        }
        // Each plan is checked on its own, several at once; a portfolio has thousands.
        let names = names.isEmpty ? try self.names() : names
        let store = self
        return concurrentMap(names.count) { index in
            store.findings(of: names[index], today: today, rules: rules)
        }
        .flatMap { $0 }
    }

    /// The findings of the one plan `name`, including a temporary file a killed writer left beside it.
    private func findings(of name: PlanName, today: CalendarDay, rules: PlanCheck.Rules) -> [PlanFinding] {
        var findings: [PlanFinding] = []
        do {
            let plan = try load(name)
            findings += PlanCheck.findings(in: plan, today: today, rules: rules)
        } catch {
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
