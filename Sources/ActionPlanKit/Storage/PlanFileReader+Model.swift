extension PlanFileReader {
    private static let planKeys: [StaticString] = [
        "actions", "name", "revision", "schemaVersion", "source", "startDate",
    ]
    private static let sourceKeys: [StaticString] = [
        "authority", "fileName", "inspectionEnd", "inspectionStart", "judgements", "leadInspector",
        "published", "sha256",
    ]
    private static let judgementKeys: [StaticString] = ["area", "grade"]
    private static let actionKeys: [StaticString] = [
        "action", "cost", "due", "evidence", "history", "id", "lead", "measure", "number", "originalDue",
        "owner",
        "recommendation", "section", "status", "timescale",
    ]
    private static let entryKeys: [StaticString] = [
        "by", "changes", "note", "on", "reason", "recorded", "revision",
    ]
    private static let changeKeys: [StaticString] = ["field", "from", "to"]

    /// The plan object, with the checks `ActionPlan.init(from:)` makes: schema version, unique IDs, revision.
    mutating func readPlan() throws(GiveUp) -> ActionPlan {
        try expect(UInt8(ascii: "{"))
        var version: Int?
        var name: PlanName?
        var source: SourceReport?
        var start: CalendarDay?
        var actions: [Action]?
        var revision = 0
        var first = true
        var seen: UInt32 = 0
        while let key = try nextKey(Self.planKeys, first: &first, seen: &seen) {
            switch key {
            case 0: actions = try readArray { reader throws(GiveUp) in try reader.readAction() }
            case 1: name = PlanName(try string())
            case 2: revision = try optionalInteger() ?? 0
            case 3: version = try integer()
            case 4: source = try readSource()
            default: start = try day()
            }
        }
        guard let version, (1...ActionPlan.currentSchemaVersion).contains(version), let name, let source,
            let start,
            let actions
        else { throw GiveUp() }
        var ids = Set<ActionID>()
        var highest = 0
        for action in actions {
            guard ids.insert(action.id).inserted else { throw GiveUp() }
            for entry in action.history { highest = max(highest, entry.revision) }
        }
        guard highest <= revision else { throw GiveUp() }
        return ActionPlan(
            name: name, source: source, startDate: start, actions: actions, revision: revision,
            schemaVersion: version)
    }

    /// An array whose elements `element` reads.
    mutating func readArray<Element>(_ element: (inout PlanFileReader) throws(GiveUp) -> Element)
        throws(GiveUp)
        -> [Element]
    {
        try expect(UInt8(ascii: "["))
        var elements: [Element] = []
        var first = true
        while try nextElement(first: &first) { elements.append(try element(&self)) }
        return elements
    }

    private mutating func readSource() throws(GiveUp) -> SourceReport {
        try expect(UInt8(ascii: "{"))
        var source = SourceReport(fileName: "", sha256: "")
        var first = true
        var seen: UInt32 = 0
        while let key = try nextKey(Self.sourceKeys, first: &first, seen: &seen) {
            switch key {
            case 0: source.authority = try optionalString()
            case 1: source.fileName = try string()
            case 2: source.inspectionEnd = try optionalDay()
            case 3: source.inspectionStart = try optionalDay()
            case 4: source.judgements = try readArray { reader throws(GiveUp) in try reader.readJudgement() }
            case 5: source.leadInspector = try optionalString()
            case 6: source.published = try optionalDay()
            default: source.sha256 = try string()
            }
        }
        let required: UInt32 = 1 << 1 | 1 << 4 | 1 << 7
        guard seen & required == required else { throw GiveUp() }
        return source
    }

    private mutating func readJudgement() throws(GiveUp) -> Judgement {
        try expect(UInt8(ascii: "{"))
        var area: String?
        var grade: String?
        var first = true
        var seen: UInt32 = 0
        while let key = try nextKey(Self.judgementKeys, first: &first, seen: &seen) {
            if key == 0 { area = try string() } else { grade = try string() }
        }
        guard let area, let grade else { throw GiveUp() }
        return Judgement(area: area, grade: grade)
    }

    /// One action, defaulting the fields `Action.init(from:)` defaults.
    private mutating func readAction() throws(GiveUp) -> Action {
        try expect(UInt8(ascii: "{"))
        var id: ActionID?
        var recommendation: String?
        var wording: String?
        var section: String?
        var owner: String?
        var lead: String?
        var measure: String?
        var evidence: String?
        var timescale = Timescale.unspecified
        var number: Int?
        var due: CalendarDay?
        var originalDue: CalendarDay?
        var status = ActionStatus.notStarted
        var cost: Money?
        var history: [HistoryEntry] = []
        var first = true
        var seen: UInt32 = 0
        while let key = try nextKey(Self.actionKeys, first: &first, seen: &seen) {
            switch key {
            case 0: wording = try optionalString()
            case 1:
                if let text = try optionalString() {
                    guard let amount = Money(text) else { throw GiveUp() }
                    cost = amount
                }
            case 2: due = try optionalDay()
            case 3: evidence = try optionalString()
            case 4: history = null() ? [] : try readArray { reader throws(GiveUp) in try reader.readEntry() }
            case 5:
                guard let value = ActionID(try string()) else { throw GiveUp() }
                id = value
            case 6: lead = try optionalString()
            case 7: measure = try optionalString()
            case 8: number = try optionalInteger()
            case 9: originalDue = try optionalDay()
            case 10: owner = try optionalString()
            case 11: recommendation = try string()
            case 12: section = try optionalString()
            case 13:
                if let text = try optionalString() {
                    guard let value = ActionStatus(rawValue: text) else { throw GiveUp() }
                    status = value
                }
            default:
                if let text = try optionalString() {
                    guard let value = Timescale(text) else { throw GiveUp() }
                    timescale = value
                }
            }
        }
        guard let id, let recommendation else { throw GiveUp() }
        return Action(
            id: id, recommendation: recommendation, action: wording, section: section, timescale: timescale,
            number: number ?? id.number, owner: owner, lead: lead, due: due, originalDue: originalDue ?? due,
            status: status, measure: measure, evidence: evidence, cost: cost, history: history)
    }

    private mutating func readEntry() throws(GiveUp) -> HistoryEntry {
        try expect(UInt8(ascii: "{"))
        var by: String?
        var recorded: String?
        var note: String?
        var reason: String?
        var changes: [FieldChange]?
        var on: CalendarDay?
        var revision: Int?
        var first = true
        var seen: UInt32 = 0
        while let key = try nextKey(Self.entryKeys, first: &first, seen: &seen) {
            switch key {
            case 0: by = try string()
            case 1: changes = try readArray { reader throws(GiveUp) in try reader.readChange() }
            case 2: note = try optionalString()
            case 3: on = try day()
            case 4: reason = try optionalString()
            case 5: recorded = try string()
            default: revision = try integer()
            }
        }
        guard let by, let recorded, let changes, let on, let revision else { throw GiveUp() }
        return HistoryEntry(
            revision: revision, on: on, recorded: recorded, by: by, changes: changes, note: note,
            reason: reason)
    }

    private mutating func readChange() throws(GiveUp) -> FieldChange {
        try expect(UInt8(ascii: "{"))
        var field: ActionField?
        var from: String?
        var to: String?
        var first = true
        var seen: UInt32 = 0
        while let key = try nextKey(Self.changeKeys, first: &first, seen: &seen) {
            switch key {
            case 0:
                guard let value = ActionField(rawValue: try string()) else { throw GiveUp() }
                field = value
            case 1: from = try optionalString()
            default: to = try optionalString()
            }
        }
        guard let field else { throw GiveUp() }
        return FieldChange(field: field, from: from, to: to)
    }
}
