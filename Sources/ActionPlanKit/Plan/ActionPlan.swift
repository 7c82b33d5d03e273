/// A council's action plan in answer to one inspection report: the contents of `Plans/NAME.json`.
public struct ActionPlan: Hashable, Sendable {
    /// The plan file format this version of the tool writes.
    ///
    /// Schema 1 held one action per recommendation, the recommendation's words copied onto it;
    /// schema 2 holds the recommendations with one or more actions under each. Schema-1 files are
    /// read, and written as schema 2 when next changed.
    public static let currentSchemaVersion = 2

    /// The format version of the file the plan was read from.
    public var schemaVersion: Int
    /// The plan's name, the file name without `.json`.
    public var name: PlanName
    /// The report the plan answers.
    public var source: SourceReport
    /// The day from which timescales run: `--from`, else publication, else end of inspection.
    public var startDate: CalendarDay
    /// How the council presents the plan: its meeting and author.
    public var settings: PlanSettings
    /// The report's recommendations, in report order.
    public var recommendations: [Recommendation]
    /// The actions, grouped by recommendation in report order.
    public var actions: [Action]
    /// The number of commands that have changed the plan since it was generated.
    public var revision: Int
    /// The recorded changes to the plan itself (header, name, recommendations' themes), oldest first.
    ///
    /// Changes to actions are recorded in each action's own history; both share one revision sequence.
    public var history: [PlanHistoryEntry]

    /// Creates a plan.
    public init(
        name: PlanName, source: SourceReport, startDate: CalendarDay, settings: PlanSettings = PlanSettings(),
        recommendations: [Recommendation], actions: [Action], revision: Int = 0,
        history: [PlanHistoryEntry] = [], schemaVersion: Int = ActionPlan.currentSchemaVersion
    ) {
        self.schemaVersion = schemaVersion
        self.name = name
        self.source = source
        self.startDate = startDate
        self.settings = settings
        self.recommendations = recommendations
        self.actions = actions
        self.revision = revision
        self.history = history
    }

    /// The action with `id`, if the plan has one.
    public func action(_ id: ActionID) -> Action? {
        actions.first { $0.id == id }
    }

    /// The recommendation numbered `number`, if the plan has one.
    public func recommendation(_ number: Int) -> Recommendation? {
        recommendations.first { $0.number == number }
    }

    /// The recommendation `action` answers.
    ///
    /// A plan read from a file always has it; for an action not (yet) in the plan, a placeholder
    /// with no words stands in rather than failing a report.
    public func recommendation(of action: Action) -> Recommendation {
        recommendation(action.recommendationNumber)
            ?? Recommendation(number: action.recommendationNumber, timescale: .unspecified, text: "")
    }
}

/// The report a plan was generated from: its file, checksum and what it says about the inspection.
public struct SourceReport: Hashable, Sendable {
    /// The report's file name (not its path, which is different on every machine).
    public var fileName: String
    /// The SHA-256 of the report file's bytes, in lowercase hex.
    public var sha256: String
    /// The report's title, where known.
    public var title: String?
    /// The authority inspected, by its canonical name.
    public var authority: String?
    /// The authority's code in the canonical table, where known.
    public var authorityCode: String?
    /// The authority's name as the report prints it, where it differs from the canonical name.
    public var authorityAsPrinted: String?
    /// The first day of the inspection.
    public var inspectionStart: CalendarDay?
    /// The last day of the inspection.
    public var inspectionEnd: CalendarDay?
    /// The publication date, where stated.
    public var published: CalendarDay?
    /// The day the council's written statement of action is due, where known.
    public var statementDue: CalendarDay?
    /// The lead inspector.
    public var leadInspector: String?
    /// The judgements, in report order.
    public var judgements: [Judgement]

    /// Creates a source description.
    public init(
        fileName: String, sha256: String, title: String? = nil, authority: String? = nil,
        authorityCode: String? = nil, authorityAsPrinted: String? = nil, inspectionStart: CalendarDay? = nil,
        inspectionEnd: CalendarDay? = nil, published: CalendarDay? = nil, statementDue: CalendarDay? = nil,
        leadInspector: String? = nil, judgements: [Judgement] = []
    ) {
        self.fileName = fileName
        self.sha256 = sha256
        self.title = title
        self.authority = authority
        self.authorityCode = authorityCode
        self.authorityAsPrinted = authorityAsPrinted
        self.inspectionStart = inspectionStart
        self.inspectionEnd = inspectionEnd
        self.published = published
        self.statementDue = statementDue
        self.leadInspector = leadInspector
        self.judgements = judgements
    }
}

extension SourceReport: Codable {
    /// Every field of a plan's source, once.
    public enum CodingKeys: String, CodingKey, CaseIterable, Sendable {
        case fileName, sha256, title, authority, authorityCode, authorityAsPrinted, inspectionStart
        case inspectionEnd, published, statementDue, leadInspector, judgements
    }

    /// Decodes a source, defaulting the fields an older file leaves out.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        fileName = try container.decode(String.self, forKey: .fileName)
        sha256 = try container.decode(String.self, forKey: .sha256)
        title = try container.decodeIfPresent(String.self, forKey: .title)
        authority = try container.decodeIfPresent(String.self, forKey: .authority)
        authorityCode = try container.decodeIfPresent(String.self, forKey: .authorityCode)
        authorityAsPrinted = try container.decodeIfPresent(String.self, forKey: .authorityAsPrinted)
        inspectionStart = try container.decodeIfPresent(CalendarDay.self, forKey: .inspectionStart)
        inspectionEnd = try container.decodeIfPresent(CalendarDay.self, forKey: .inspectionEnd)
        published = try container.decodeIfPresent(CalendarDay.self, forKey: .published)
        statementDue = try container.decodeIfPresent(CalendarDay.self, forKey: .statementDue)
        leadInspector = try container.decodeIfPresent(String.self, forKey: .leadInspector)
        judgements = try container.decodeIfPresent([Judgement].self, forKey: .judgements) ?? []
    }

    /// Encodes every field, `null` for empty ones.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        for key in CodingKeys.allCases {
            switch key {
            case .fileName: try container.encode(fileName, forKey: key)
            case .sha256: try container.encode(sha256, forKey: key)
            case .title: try container.encode(title, forKey: key)
            case .authority: try container.encode(authority, forKey: key)
            case .authorityCode: try container.encode(authorityCode, forKey: key)
            case .authorityAsPrinted: try container.encode(authorityAsPrinted, forKey: key)
            case .inspectionStart: try container.encode(inspectionStart, forKey: key)
            case .inspectionEnd: try container.encode(inspectionEnd, forKey: key)
            case .published: try container.encode(published, forKey: key)
            case .statementDue: try container.encode(statementDue, forKey: key)
            case .leadInspector: try container.encode(leadInspector, forKey: key)
            case .judgements: try container.encode(judgements, forKey: key)
            }
        }
    }
}

/// How the council presents a plan: the meeting it goes to and who wrote it.
public struct PlanSettings: Hashable, Sendable {
    /// The meeting the plan is reported to, e.g. "Cabinet".
    public var meeting: String?
    /// The day of that meeting.
    public var meetingDate: CalendarDay?
    /// The officer who writes the plan's reports.
    public var author: String?

    /// Creates settings.
    public init(meeting: String? = nil, meetingDate: CalendarDay? = nil, author: String? = nil) {
        self.meeting = meeting
        self.meetingDate = meetingDate
        self.author = author
    }
}

extension PlanSettings: Codable {
    /// Every field of a plan's settings, once.
    public enum CodingKeys: String, CodingKey, CaseIterable, Sendable {
        case meeting, meetingDate, author
    }

    /// Decodes settings, each field optional.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        meeting = try container.decodeIfPresent(String.self, forKey: .meeting)
        meetingDate = try container.decodeIfPresent(CalendarDay.self, forKey: .meetingDate)
        author = try container.decodeIfPresent(String.self, forKey: .author)
    }

    /// Encodes every field, `null` for empty ones.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        for key in CodingKeys.allCases {
            switch key {
            case .meeting: try container.encode(meeting, forKey: key)
            case .meetingDate: try container.encode(meetingDate, forKey: key)
            case .author: try container.encode(author, forKey: key)
            }
        }
    }
}
