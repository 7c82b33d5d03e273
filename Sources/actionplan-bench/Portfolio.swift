import ActionPlanKit
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// What was written: the size of the portfolio and what a correct `overdue` must find in it.
struct PortfolioSummary: Sendable {
    /// The plans folder.
    var directory: String
    /// The number of plan files.
    var plans: Int
    /// The number of actions across them.
    var actions: Int
    /// The number of history entries across them.
    var historyEntries: Int
    /// The bytes of JSON written.
    var bytes: Int
    /// Open actions due before `today`: what every tool must count as overdue.
    var overdue: Int
    /// The plan name of the first plan, for the single-plan commands.
    var firstPlan: String
}

/// Builds a portfolio of plans the way councils would: generated from reports, then updated over months.
struct PortfolioBuilder {
    /// The reports plans are generated from, used round-robin (several inspections per authority).
    var reports: [SourceText]
    /// The day the benchmark runs; every history entry takes effect on or before it.
    var today: CalendarDay

    /// Officers who take actions on.
    static let owners = [
        "Director of Children's Services", "Head of Safeguarding", "Principal Social Worker",
        "Head of Children in Care", "Service Manager, Front Door", "LSCB Business Manager",
        "Head of Quality Assurance", "Designated Nurse, NHS", "Head of Early Help", "Leaving Care Manager",
    ]

    /// Writes plans holding `actionCount` actions in all into `directory` (emptied first).
    func build(actionCount: Int, into directory: String, seed: UInt64) throws -> PortfolioSummary {
        try? FileManager.default.removeItem(atPath: directory)
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        var random = SeededRandom(seed: seed)
        var summary = PortfolioSummary(
            directory: directory, plans: 0, actions: 0, historyEntries: 0, bytes: 0, overdue: 0, firstPlan: ""
        )
        var index = 0
        while summary.actions < actionCount {
            let source = reports[index % reports.count]
            var report = source.report
            let room = actionCount - summary.actions
            if report.recommendations.count > room {
                report.recommendations = Array(report.recommendations.prefix(room))
            }
            let stem = PlanName(derivingFrom: source.fileName).rawValue
            let name = PlanName(String(stem.prefix(100)) + "-\(source.form)-\(index / reports.count + 1)")!
            let start = today.adding(days: -Int.random(in: 20...1_100, using: &random))
            let policy = DueDatePolicy(defaultMonths: random.chance(0.9) ? random.pick([3, 6, 6, 12]) : nil)
            var plan = try ActionPlan.generate(
                from: report, name: name, fileName: source.fileName, sha256: source.sha256, start: start,
                policy: policy)
            try addActions(to: &plan, upTo: room, random: &random)
            for action in plan.actions {
                try recordHistory(of: action, in: &plan, random: &random)
            }
            let data = try PlanCoding.encode(plan)
            if summary.plans % 100 == 0 { try Self.checkLayout(data, of: name) }
            let path = directory + "/" + name.fileName
            guard !FileManager.default.fileExists(atPath: path) else {
                throw SpawnError(
                    program: path, reason: "two plans of the same name; the portfolio would lose one")
            }
            try Self.write(data, to: path)
            if summary.plans == 0 { summary.firstPlan = name.rawValue }
            summary.plans += 1
            summary.actions += plan.actions.count
            summary.historyEntries += plan.actions.reduce(0) { $0 + $1.history.count }
            summary.bytes += data.count
            summary.overdue +=
                plan.actions.filter { $0.status.isOpen && ($0.due.map { $0 < today } ?? false) }.count
            index += 1
        }
        return summary
    }

    /// Wording of the further actions a council adds under a recommendation.
    static let addedActions = [
        "Audit a sample of cases each quarter and report the findings to the improvement board.",
        "Train every team manager in the new practice standard.",
        "Agree a joint protocol with health and police partners.",
    ]

    /// Gives about one recommendation in ten a second action, as councils add them with `add`, while
    /// the plan holds fewer than `limit` actions.
    private func addActions(to plan: inout ActionPlan, upTo limit: Int, random: inout SeededRandom) throws {
        for recommendation in plan.recommendations where plan.actions.count < limit && random.chance(0.1) {
            let on = min(plan.startDate, today)
            try plan.add(
                ActionPlan.NewAction(
                    action: random.pick(Self.addedActions),
                    due: plan.startDate.adding(months: random.pick([3, 6, 9]))),
                to: recommendation.number,
                author: ChangeAuthor(by: "performance.team", on: on, recorded: "\(on)T08:30:00Z"))
        }
    }

    /// Throws unless `data` is a plan file in the current layout: the current schema version, each
    /// recommendation holding its actions, no list of actions at the top level.
    static func checkLayout(_ data: Data, of name: PlanName) throws {
        let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        let recommendations = object?["recommendations"] as? [[String: Any]] ?? []
        guard object?["schemaVersion"] as? Int == ActionPlan.currentSchemaVersion, object?["actions"] == nil,
            !recommendations.isEmpty, recommendations.allSatisfy({ $0["actions"] is [Any] })
        else {
            throw SpawnError(
                program: name.fileName,
                reason: "not written in the layout of schema \(ActionPlan.currentSchemaVersion)")
        }
    }

    /// A few months of progress on one action: an owner, work started, perhaps rescheduled, perhaps done.
    private func recordHistory(of action: Action, in plan: inout ActionPlan, random: inout SeededRandom)
        throws
    {
        var day = plan.startDate.adding(days: Int.random(in: 0...21, using: &random))
        func step(_ most: Int, _ random: inout SeededRandom) -> CalendarDay {
            day = min(day.adding(days: Int.random(in: 1...most, using: &random)), today)
            return day
        }
        func apply(_ update: ActionUpdate, on date: CalendarDay) throws {
            let author = ChangeAuthor(
                by: random.pick(["j.smith", "a.patel", "m.jones", "performance.team"]), on: min(date, today),
                recorded: "\(min(date, today))T09:\(10 + plan.revision % 50):00Z")
            try plan.apply(update, to: [action.id], author: author)
        }
        let owner = random.pick(Self.owners)
        try apply(ActionUpdate(owner: owner, note: "Lead officer agreed at the improvement board."), on: day)
        guard random.chance(0.85) else { return }
        try apply(
            ActionUpdate(status: .inProgress, note: "Work started; first update to the improvement board."),
            on: step(45, &random))
        if random.chance(0.15), let due = plan.action(action.id)?.due {
            try apply(
                ActionUpdate(
                    due: due.adding(months: Int.random(in: 1...4, using: &random)),
                    reason: "Recruitment to the new team took longer than planned."),
                on: step(60, &random))
        }
        let outcome = Double.random(in: 0..<1, using: &random)
        if outcome < 0.4 {
            try apply(
                ActionUpdate(
                    status: .completed, evidence: "Audit of 40 cases shows the new standard is met.",
                    note: "Completed; evidence sent for sign-off."),
                on: step(120, &random))
            if random.chance(0.5) {
                try apply(
                    ActionUpdate(status: .signedOff, note: "Signed off by the improvement board."),
                    on: step(30, &random))
            }
        } else if outcome < 0.46 {
            try apply(
                ActionUpdate(status: .blocked, note: "Waiting on the health partner's data."),
                on: step(90, &random))
        } else if outcome < 0.49 {
            try apply(
                ActionUpdate(status: .dropped, reason: "Superseded by the new early help strategy."),
                on: step(90, &random))
        } else if random.chance(0.5) {
            try apply(ActionUpdate(note: "Progress reported to cabinet; on track."), on: step(60, &random))
        }
    }

    /// Writes a benchmark file without fsync: the portfolio is scratch data, rebuilt on every run.
    static func write(_ data: Data, to path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw SpawnError(program: path, reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        let written = data.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
        guard written == data.count else { throw SpawnError(program: path, reason: "short write") }
    }
}
