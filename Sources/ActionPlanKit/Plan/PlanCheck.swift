/// One thing `check` found in a plan: where, how serious, and what, in words.
public struct PlanFinding: Hashable, Sendable, CustomStringConvertible {
    /// How serious a finding is.
    public enum Severity: String, Hashable, Sendable, Comparable {
        /// The file is wrong: it does not decode, or its state contradicts its history.
        case error
        /// The plan is valid but not yet SMART: something a cabinet would ask about is missing.
        case warning

        /// Errors sort before warnings.
        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .error && rhs == .warning }
    }

    /// The kinds of warning, so a summary can count them.
    public enum Kind: String, CaseIterable, Hashable, Sendable {
        /// An action in play with no owner.
        case noOwner = "no owner"
        /// An action in play with no due date.
        case noDueDate = "no due date"
        /// An action the report asks for urgently, with no due date.
        case urgentWithoutDueDate = "urgent with no due date"
        /// A plan past its statement of action deadline with open actions still undated.
        case undatedPastStatementDeadline = "undated after the statement deadline"
        /// An action in play with no success measure.
        case noMeasure = "no success measure"
        /// An overdue action with no update for longer than the rules allow.
        case stale = "overdue and not updated"
    }

    /// The plan's name, or the file's when it could not be read as a plan.
    public var plan: String
    /// The action concerned, or `nil` for the plan as a whole.
    public var action: ActionID?
    /// Error or warning.
    public var severity: Severity
    /// What is wrong, e.g. "no owner".
    public var message: String
    /// The kind of warning, or `nil` for an error.
    public var kind: Kind?

    /// Creates a finding.
    public init(plan: String, action: ActionID? = nil, severity: Severity, message: String, kind: Kind? = nil)
    {
        self.plan = plan
        self.action = action
        self.severity = severity
        self.message = message
        self.kind = kind
    }

    /// The finding on one line: `plan: action 3: warning: no owner`.
    public var description: String {
        "\(plan): " + (action.map { "action \($0): " } ?? "") + "\(severity.rawValue): \(message)"
    }
}

/// Validates a plan against its own history and flags what keeps it from being SMART.
public enum PlanCheck {
    /// The rules a plan is linted against.
    public struct Rules: Hashable, Sendable {
        /// An overdue action not updated for longer than this many days is flagged (default 28).
        public var staleAfterDays: Int

        /// Creates the rules.
        public init(staleAfterDays: Int = 28) {
            self.staleAfterDays = staleAfterDays
        }
    }

    /// Every finding for `plan` on `today`: consistency errors first, then SMART warnings, by action.
    public static func findings(in plan: ActionPlan, today: CalendarDay, rules: Rules = Rules())
        -> [PlanFinding]
    {
        consistency(of: plan) + gaps(in: plan, today: today, rules: rules)
    }

    /// Errors: IDs that repeat or go backwards, revisions out of order, and history that does not
    /// replay from the plan as generated to the values stored.
    public static func consistency(of plan: ActionPlan) -> [PlanFinding] {
        var findings: [PlanFinding] = []
        func error(_ action: ActionID?, _ message: String) {
            findings.append(
                PlanFinding(plan: plan.name.rawValue, action: action, severity: .error, message: message))
        }
        if plan.schemaVersion < 1 || plan.schemaVersion > ActionPlan.currentSchemaVersion {
            error(nil, "schema version \(plan.schemaVersion) is not one this version reads")
        }
        var seen = Set<ActionID>()
        var previous: ActionID?
        for action in plan.actions {
            if !seen.insert(action.id).inserted {
                error(action.id, "the ID \(action.id) is used by more than one action")
            } else if let previous, action.id < previous {
                error(action.id, "comes after action \(previous): IDs must follow the report's order")
            }
            previous = action.id
        }
        let generated = plan.asGenerated
        for (stored, start) in zip(plan.actions, generated.actions) {
            for message in replayFaults(of: stored, from: start, planRevision: plan.revision) {
                error(stored.id, message)
            }
        }
        for message in planHistoryFaults(of: plan) { error(nil, message) }
        return findings
    }

    /// Warnings for actions still in play (not signed off or dropped): no owner, no due date (worse when the
    /// report asks for urgent action), no success measure, and overdue with no update for longer than
    /// ``Rules/staleAfterDays``; and for the plan, undated actions left once its statement deadline passed.
    public static func gaps(in plan: ActionPlan, today: CalendarDay, rules: Rules = Rules()) -> [PlanFinding]
    {
        var findings: [PlanFinding] = []
        let policy = RAGPolicy().applying(to: plan)
        let undated = plan.actions.filter { $0.exists && policy.isUndatedPastDeadline($0, on: today) }
        if let deadline = plan.source.statementDue, !undated.isEmpty {
            findings.append(
                PlanFinding(
                    plan: plan.name.rawValue, action: nil, severity: .warning,
                    message: "past its statement of action deadline (\(deadline)) with "
                        + "\(undated.count) open action\(undated.count == 1 ? "" : "s") still undated "
                        + "(\(undated.map(\.id.description).joined(separator: ", "))): give each a date with --due",
                    kind: .undatedPastStatementDeadline))
        }
        for action in plan.actions
        where action.exists && action.status != .signedOff && action.status != .dropped {
            func warn(_ kind: PlanFinding.Kind, _ message: String) {
                findings.append(
                    PlanFinding(
                        plan: plan.name.rawValue, action: action.id, severity: .warning, message: message,
                        kind: kind))
            }
            if action.owner == nil { warn(.noOwner, "no owner: give one with --owner") }
            if action.due == nil {
                if plan.recommendation(of: action).urgent {
                    warn(
                        .urgentWithoutDueDate,
                        "urgent and no due date: the report asks for this as a matter of urgency; give one with --due"
                    )
                } else {
                    warn(.noDueDate, "no due date: give one with --due")
                }
            }
            if action.measure == nil {
                warn(.noMeasure, "no success measure: say how success will be judged with --measure")
            }
            if let late = RAGPolicy().daysOverdue(action, on: today) {
                let lastUpdate = action.history.map(\.on).max() ?? plan.startDate
                let quiet = today.days(since: lastUpdate)
                if quiet > rules.staleAfterDays {
                    let since = action.history.isEmpty ? "the plan started on" : "the last update on"
                    warn(
                        .stale,
                        "\(late) days overdue and not updated for \(quiet) days (\(since) \(lastUpdate))")
                }
            }
        }
        return findings
    }

    /// Replays `stored`'s history over `start` (the action as generated) and says where it disagrees.
    private static func replayFaults(of stored: Action, from start: Action, planRevision: Int) -> [String] {
        var faults: [String] = []
        var current = start
        var lastRevision = 0
        for (index, entry) in stored.history.enumerated() {
            let place = "history[\(index)] (revision \(entry.revision))"
            if entry.revision <= lastRevision {
                faults.append("\(place) comes after revision \(lastRevision): revisions must increase")
            }
            if entry.revision > planRevision {
                faults.append("\(place) is later than the plan's revision \(planRevision)")
            }
            lastRevision = max(lastRevision, entry.revision)
            for change in entry.changes {
                if let fault = invalidValue(change.to, for: change.field) {
                    faults.append("\(place): \(change.field.rawValue) changed to \(fault)")
                }
                let before = current.value(of: change.field)
                if before != change.from {
                    faults.append(
                        "\(place) says \(change.field.rawValue) changed from \(shown(change.from)), "
                            + "but it was \(shown(before)) then")
                }
                current.set(change.field, to: change.to)
            }
        }
        for field in ActionField.allCases where current.value(of: field) != stored.value(of: field) {
            faults.append(
                "\(field.rawValue) is \(shown(stored.value(of: field))), but its history ends at "
                    + shown(current.value(of: field)))
        }
        if current.originalDue != stored.originalDue {
            faults.append(
                "originalDue is \(shown(stored.originalDue?.description)), but its history gives "
                    + shown(current.originalDue?.description))
        }
        return faults
    }

    /// Why `value` cannot be stored in `field`, or `nil` when it can.
    private static func invalidValue(_ value: String?, for field: ActionField) -> String? {
        guard let value else {
            // An action's wording goes to nothing only when an undo withdraws an added action.
            return field == .status ? "nothing, which it cannot be" : nil
        }
        switch field {
        case .status where ActionStatus(rawValue: value) == nil:
            return "'\(value)', which is not a status"
        case .due where CalendarDay(iso: value) == nil:
            return "'\(value)', which is not a date in the form YYYY-MM-DD"
        case .cost where Money(value) == nil:
            return "'\(value)', which is not an amount such as 12500.00"
        default:
            return nil
        }
    }

    private static func shown(_ value: String?) -> String {
        value.map { "'\($0)'" } ?? "empty"
    }
}
