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
        var findings: [PlanFinding] = []
        for name in names.isEmpty ? try self.names() : names {
            do {
                let plan = try load(name)
                findings += PlanCheck.findings(in: plan, today: today, rules: rules)
            } catch {
                findings.append(
                    PlanFinding(plan: name.rawValue, severity: .error, message: error.description))
            }
            let leftovers = temporaryFiles(of: name)
            if !leftovers.isEmpty {
                findings.append(
                    PlanFinding(
                        plan: name.rawValue, severity: .warning,
                        message: "\(leftovers.count) temporary file(s) left by an interrupted write "
                            + "(\(leftovers.joined(separator: ", "))); the next update removes them"))
            }
        }
        return findings
    }

    /// The names of temporary files an interrupted writer of plan `name` left in the folder.
    func temporaryFiles(of name: PlanName) -> [String] {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return [] }
        return entries.filter { AtomicFile.isLeftover($0, of: name.fileName) }.sorted()
    }
}
