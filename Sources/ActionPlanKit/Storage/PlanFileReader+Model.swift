extension PlanFileReader {
    // The keys of each object in the sorted order the files are written in (the cases below follow it),
    // and the indentation of the object's depth.
    private static let planKeys = Words(
        [
            "actions", "name", "revision", "schemaVersion", "source", "startDate",
        ], indent: 2)
    private static let sourceKeys = Words(
        [
            "authority", "fileName", "inspectionEnd", "inspectionStart", "judgements", "leadInspector",
            "published", "sha256",
        ], indent: 4)
    private static let judgementKeys = Words(["area", "grade"], indent: 8)
    private static let actionKeys = Words(
        [
            "action", "cost", "due", "evidence", "history", "id", "lead", "measure", "number", "originalDue",
            "owner", "recommendation", "section", "status", "timescale",
        ], indent: 6)
    private static let entryKeys = Words(
        ["by", "changes", "note", "on", "reason", "recorded", "revision"], indent: 10)
    private static let changeKeys = Words(["field", "from", "to"], indent: 14)

    private static let statuses = ActionStatus.allCases
    private static let statusWords = Words(statuses.map(\.rawValue))
    private static let fields = ActionField.allCases
    private static let fieldWords = Words(fields.map(\.rawValue))
    /// The timescales without a number, which most actions have; the others go through `Timescale(_:)`.
    private static let plainTimescales: [Timescale] = [.immediately, .unspecified]
    private static let plainTimescaleWords = Words(plainTimescales.map(\.description))

    /// The plan object, with the checks `ActionPlan.init(from:)` makes: schema version, unique IDs, revision.
    mutating func readPlan() throws(GiveUp) -> ActionPlan {
        try expect(UInt8(ascii: "{"))
        var version: Int?
        var name: PlanName?
        var source: SourceReport?
        var start: CalendarDay?
        var actions: [Action]?
        var revision = 0
        let keys = Self.planKeys
        var progress = ObjectProgress()
        while let key = try nextKey(keys, &progress) {
            switch key {
            case 0: actions = try readActions()
            case 1: name = PlanName(try string())
            case 2: revision = try optionalInteger() ?? 0
            case 3: version = try integer()
            case 4: source = try readSource()
            default: start = try day()
            }
        }
        guard let version, (1...ActionPlan.currentSchemaVersion).contains(version), let name, let source,
            let start, let actions, highestRevision <= revision
        else { throw GiveUp() }
        return ActionPlan(
            name: name, source: source, startDate: start, actions: actions, revision: revision,
            schemaVersion: version)
    }

    /// The actions, whose IDs must differ: checked as they come, since they nearly always rise.
    private mutating func readActions() throws(GiveUp) -> [Action] {
        try expect(UInt8(ascii: "["))
        var actions: [Action] = []
        var rising = true
        var last: ActionID?
        var first = true
        while try nextElement(first: &first) {
            let action = try readAction()
            if let last, action.id <= last { rising = false }
            last = action.id
            actions.append(action)
        }
        guard rising || Set(actions.map(\.id)).count == actions.count else { throw GiveUp() }
        return actions
    }

    private mutating func readSource() throws(GiveUp) -> SourceReport {
        try expect(UInt8(ascii: "{"))
        var source = SourceReport(fileName: "", sha256: "")
        let keys = Self.sourceKeys
        var progress = ObjectProgress()
        while let key = try nextKey(keys, &progress) {
            switch key {
            case 0: source.authority = try optionalString()
            case 1: source.fileName = try string()
            case 2: source.inspectionEnd = try optionalDay()
            case 3: source.inspectionStart = try optionalDay()
            case 4:
                try expect(UInt8(ascii: "["))
                var first = true
                while try nextElement(first: &first) { source.judgements.append(try readJudgement()) }
            case 5: source.leadInspector = try optionalString()
            case 6: source.published = try optionalDay()
            default: source.sha256 = try string()
            }
        }
        let required: UInt32 = 1 << 1 | 1 << 4 | 1 << 7
        guard progress.seen & required == required else { throw GiveUp() }
        return source
    }

    private mutating func readJudgement() throws(GiveUp) -> Judgement {
        try expect(UInt8(ascii: "{"))
        var area: String?
        var grade: String?
        let keys = Self.judgementKeys
        var progress = ObjectProgress()
        while let key = try nextKey(keys, &progress) {
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
        let keys = Self.actionKeys
        var progress = ObjectProgress()
        while let key = try nextKey(keys, &progress) {
            switch key {
            case 0: wording = try optionalString()
            case 1:
                if let text = try optionalString() {
                    guard let amount = Money(text) else { throw GiveUp() }
                    cost = amount
                }
            case 2: due = try optionalDay()
            case 3: evidence = try optionalString()
            case 4: if !null() { history = try readHistory() }
            case 5: id = try actionID()
            case 6: lead = try optionalString()
            case 7: measure = try optionalString()
            case 8: number = try optionalInteger()
            case 9: originalDue = try optionalDay()
            case 10: owner = try optionalString()
            case 11: recommendation = try string()
            case 12: section = try optionalString()
            case 13:
                if !null() {
                    guard let index = word(in: Self.statusWords) else { throw GiveUp() }
                    status = Self.statuses[index]
                }
            default:
                if null() {
                } else if let index = word(in: Self.plainTimescaleWords) {
                    timescale = Self.plainTimescales[index]
                } else {
                    guard let value = Timescale(try string()) else { throw GiveUp() }
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

    private mutating func readHistory() throws(GiveUp) -> [HistoryEntry] {
        try expect(UInt8(ascii: "["))
        var history: [HistoryEntry] = []
        var first = true
        while try nextElement(first: &first) { history.append(try readEntry()) }
        return history
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
        let keys = Self.entryKeys
        var progress = ObjectProgress()
        while let key = try nextKey(keys, &progress) {
            switch key {
            case 0: by = try string()
            case 1:
                try expect(UInt8(ascii: "["))
                var list: [FieldChange] = []
                var first = true
                while try nextElement(first: &first) { list.append(try readChange()) }
                changes = list
            case 2: note = try optionalString()
            case 3: on = try day()
            case 4: reason = try optionalString()
            case 5: recorded = try string()
            default: revision = try integer()
            }
        }
        guard let by, let recorded, let changes, let on, let revision else { throw GiveUp() }
        highestRevision = max(highestRevision, revision)
        return HistoryEntry(
            revision: revision, on: on, recorded: recorded, by: by, changes: changes, note: note,
            reason: reason)
    }

    private mutating func readChange() throws(GiveUp) -> FieldChange {
        try expect(UInt8(ascii: "{"))
        var field: ActionField?
        var from: String?
        var to: String?
        let keys = Self.changeKeys
        var progress = ObjectProgress()
        while let key = try nextKey(keys, &progress) {
            switch key {
            case 0:
                guard let index = word(in: Self.fieldWords) else { throw GiveUp() }
                field = Self.fields[index]
            case 1: from = try optionalString()
            default: to = try optionalString()
            }
        }
        guard let field else { throw GiveUp() }
        return FieldChange(field: field, from: from, to: to)
    }
}
