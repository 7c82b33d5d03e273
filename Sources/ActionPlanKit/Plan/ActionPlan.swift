/// A council's action plan in answer to one inspection report: the contents of `Plans/NAME.json`.
public struct ActionPlan: Hashable, Sendable {
    /// The plan file format this version of the tool writes.
    public static let currentSchemaVersion = 1

    /// The format version of the file the plan was read from.
    public var schemaVersion: Int
    /// The plan's name, the file name without `.json`.
    public var name: PlanName
    /// The report the plan answers.
    public var source: SourceReport
    /// The day from which timescales run: `--from`, else publication, else end of inspection.
    public var startDate: CalendarDay
    /// The actions, in report order.
    public var actions: [Action]
    /// The number of commands that have changed the plan since it was generated.
    public var revision: Int

    /// Creates a plan.
    public init(
        name: PlanName, source: SourceReport, startDate: CalendarDay, actions: [Action], revision: Int = 0,
        schemaVersion: Int = ActionPlan.currentSchemaVersion
    ) {
        self.schemaVersion = schemaVersion
        self.name = name
        self.source = source
        self.startDate = startDate
        self.actions = actions
        self.revision = revision
    }

    /// The action with `id`, if the plan has one.
    public func action(_ id: ActionID) -> Action? {
        actions.first { $0.id == id }
    }
}

/// The report a plan was generated from: its file, checksum and what it says about the inspection.
public struct SourceReport: Hashable, Sendable, Codable {
    /// The report's file name (not its path, which is different on every machine).
    public var fileName: String
    /// The SHA-256 of the report file's bytes, in lowercase hex.
    public var sha256: String
    /// The authority inspected.
    public var authority: String?
    /// The first day of the inspection.
    public var inspectionStart: CalendarDay?
    /// The last day of the inspection.
    public var inspectionEnd: CalendarDay?
    /// The publication date, where stated.
    public var published: CalendarDay?
    /// The lead inspector.
    public var leadInspector: String?
    /// The judgements, in report order.
    public var judgements: [Judgement]

    /// Creates a source description.
    public init(
        fileName: String, sha256: String, authority: String? = nil, inspectionStart: CalendarDay? = nil,
        inspectionEnd: CalendarDay? = nil, published: CalendarDay? = nil, leadInspector: String? = nil,
        judgements: [Judgement] = []
    ) {
        self.fileName = fileName
        self.sha256 = sha256
        self.authority = authority
        self.inspectionStart = inspectionStart
        self.inspectionEnd = inspectionEnd
        self.published = published
        self.leadInspector = leadInspector
        self.judgements = judgements
    }
}
