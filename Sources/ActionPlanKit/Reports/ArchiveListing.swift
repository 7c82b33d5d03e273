/// The archived plans of a plans folder, as `archive` with no plan named lists them.
public struct ArchiveListing: Sendable {
    /// One archived plan: what tells it from the others at a glance.
    public struct Entry: Hashable, Sendable {
        /// The name it is kept under in the archive.
        public var name: PlanName
        /// The authority inspected, where the report named it.
        public var authority: String?
        /// The day the plan started.
        public var startDate: CalendarDay
        /// How many actions it has.
        public var actionCount: Int
        /// How many revisions it went through before it was archived.
        public var revision: Int
    }

    /// The archive folder listed.
    public let folder: String
    /// Its plans, in the order given.
    public let entries: [Entry]

    /// The listing of `plans`, kept in `folder`.
    public init(plans: [ActionPlan], folder: String) {
        self.folder = folder
        entries = plans.map {
            Entry(
                name: $0.name, authority: $0.source.authority, startDate: $0.startDate,
                actionCount: $0.actions.count, revision: $0.revision)
        }
    }

    /// A heading and one line per plan, names aligned: "dudley-2012  Dudley, from 9 December 2011,
    /// 13 actions, 2 revisions"; a sentence when the archive is empty.
    public var text: String {
        guard !entries.isEmpty else { return "No archived plans in \(folder)" }
        let width = entries.map(\.name.rawValue.count).max() ?? 0
        let lines = entries.map { entry in
            let name = entry.name.rawValue.padding(toLength: width, withPad: " ", startingAt: 0)
            return "  \(name)  \(entry.authority ?? "council unknown"), from \(entry.startDate.written), "
                + "\(ReportWords.count(entry.actionCount, "action")), \(ReportWords.count(entry.revision, "revision"))"
        }
        return (["Archived plans in \(folder):"] + lines).joined(separator: "\n")
    }
}
