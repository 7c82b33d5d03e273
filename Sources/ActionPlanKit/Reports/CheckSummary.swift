/// What `check` found across the plans it checked, in words or as JSON.
public struct CheckSummary: Sendable {
    /// The plans checked.
    public let plans: [PlanName]
    /// The day overdue actions were judged on.
    public let asOf: CalendarDay
    /// Every finding, errors and warnings.
    public let findings: [PlanFinding]

    /// A summary of `findings` from checking `plans` on `asOf`.
    public init(plans: [PlanName], asOf: CalendarDay, findings: [PlanFinding]) {
        self.plans = plans
        self.asOf = asOf
        self.findings = findings
    }

    /// The number of errors: files that are not valid plans or contradict their history.
    public var errors: Int { findings.filter { $0.severity == .error }.count }
    /// The number of warnings: SMART gaps.
    public var warnings: Int { findings.count - errors }

    /// Every error in full; then, for each plan, its warnings counted by kind, or each warning in full
    /// when `verbose`; then the counts.
    public func text(verbose: Bool = false) -> String {
        var lines = findings.filter { $0.severity == .error || verbose }.map(\.description)
        if !verbose {
            var byPlan: [String: [PlanFinding.Kind: Int]] = [:]
            var errorsByPlan: [String: Int] = [:]
            for finding in findings {
                if let kind = finding.kind, finding.severity == .warning {
                    byPlan[finding.plan, default: [:]][kind, default: 0] += 1
                } else {
                    errorsByPlan[finding.plan, default: 0] += 1
                }
            }
            for plan in plans {
                var parts: [String] = []
                if let errors = errorsByPlan[plan.rawValue] {
                    parts.append(ReportWords.count(errors, "error"))
                }
                if let counts = byPlan[plan.rawValue] {
                    let kinds = PlanFinding.Kind.allCases.compactMap { kind in
                        counts[kind].map { "\($0) \(kind.rawValue)" }
                    }
                    let total = counts.values.reduce(0, +)
                    parts.append("\(ReportWords.count(total, "warning")) (\(kinds.joined(separator: ", ")))")
                }
                lines.append("\(plan): " + (parts.isEmpty ? "no warnings" : parts.joined(separator: ", ")))
            }
            if warnings > 0 { lines.append("Run with --verbose for each warning.") }
        }
        lines.append(
            "Checked \(ReportWords.count(plans.count, "plan")) as at \(asOf.written): "
                + "\(ReportWords.count(errors, "error")), \(ReportWords.count(warnings, "warning"))")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The findings and counts as one JSON document.
    public func json() -> String {
        ReportJSON.encode(Document(summary: self))
    }

    private struct Document: Encodable {
        var summary: CheckSummary

        private enum Keys: String, CodingKey { case asOf, plans, errors, warnings, findings }
        private enum FindingKeys: String, CodingKey { case plan, action, severity, kind, message }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(summary.asOf, forKey: .asOf)
            try container.encode(summary.plans, forKey: .plans)
            try container.encode(summary.errors, forKey: .errors)
            try container.encode(summary.warnings, forKey: .warnings)
            var list = container.nestedUnkeyedContainer(forKey: .findings)
            for finding in summary.findings {
                var item = list.nestedContainer(keyedBy: FindingKeys.self)
                try item.encode(finding.plan, forKey: .plan)
                try item.encode(finding.action?.description, forKey: .action)
                try item.encode(finding.severity.rawValue, forKey: .severity)
                try item.encode(finding.kind?.rawValue, forKey: .kind)
                try item.encode(finding.message, forKey: .message)
            }
        }
    }
}
