import Foundation

/// The compact binary form of a ``PlanSummary`` in the cache, and the writer and reader of its values.
///
/// Numbers are LEB128 varints (signed ones zigzagged), days are days since 1970, and a string is
/// written once per summary: a later use refers back to it by number. The cache is derived and
/// private, so this form is never read by people and may change with any build; the reader checks
/// every length and value, so a damaged cache is refused rather than believed.
enum SummaryBytes {
    /// Why bytes could not be read back: the cache holding them is ignored and rebuilt.
    struct Fault: Error {}

    /// The summary's bytes.
    ///
    /// Each record is written field by field in the order of its `CodingKeys`, through a `switch`
    /// over them, so a field added to a record does not compile until it is written and read here.
    static func encode(_ summary: PlanSummary) -> [UInt8] {
        var writer = Writer()
        writer.day(summary.lastChange)
        writer.flag(summary.replays)
        writer.flag(summary.consistent)
        let plan = summary.plan
        // The schema version of the file the plan was read from comes first, as it is not a file field.
        writer.signed(plan.schemaVersion)
        for key in ActionPlan.CodingKeys.allCases {
            switch key {
            case .schemaVersion: break
            case .name: writer.string(plan.name.rawValue)
            case .source: writer.source(plan.source)
            case .startDate: writer.day(plan.startDate)
            case .settings: writer.settings(plan.settings)
            case .recommendations:
                writer.unsigned(plan.recommendations.count)
                for recommendation in plan.recommendations { writer.recommendation(recommendation) }
                writer.unsigned(plan.actions.count)
                for action in plan.actions { writer.action(action) }
            case .revision: writer.signed(plan.revision)
            // The cut drops the plan's own history (see `PlanSummary.cut`): its effect is in the fields.
            case .history: break
            }
        }
        return writer.bytes
    }

    /// The summary held in `bytes`, all of them.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>) throws(Fault) -> PlanSummary {
        var reader = Reader(bytes)
        let lastChange = try reader.day()
        let replays = try reader.flag()
        let consistent = try reader.flag()
        let schemaVersion = try reader.signed()
        var name: PlanName?
        var source: SourceReport?
        var startDate: CalendarDay?
        var settings = PlanSettings()
        var recommendations: [Recommendation] = []
        var actions: [Action] = []
        var revision = 0
        for key in ActionPlan.CodingKeys.allCases {
            switch key {
            case .schemaVersion: break
            case .name: name = PlanName(try reader.string())
            case .source: source = try reader.source()
            case .startDate: startDate = try reader.day()
            case .settings: settings = try reader.settings()
            case .recommendations:
                for _ in 0..<(try reader.count()) { recommendations.append(try reader.recommendation()) }
                let actionCount = try reader.count()
                actions.reserveCapacity(actionCount)
                for _ in 0..<actionCount { actions.append(try reader.action()) }
            case .revision: revision = try reader.signed()
            case .history: break
            }
        }
        guard reader.isAtEnd, let name, let source, let startDate else { throw Fault() }
        let plan = ActionPlan(
            name: name, source: source, startDate: startDate, settings: settings,
            recommendations: recommendations, actions: actions, revision: revision,
            schemaVersion: schemaVersion)
        return PlanSummary(plan: plan, lastChange: lastChange, replays: replays, consistent: consistent)
    }
}

extension SummaryBytes {
    /// `value` with its sign moved to the lowest bit (0, -1, 1, -2 … become 0, 1, 2, 3 …), as the bit
    /// pattern of an `Int`, so that small negative numbers stay short varints.
    static func zigzag(_ value: Int) -> Int {
        Int(bitPattern: UInt(bitPattern: value << 1) ^ UInt(bitPattern: value >> (Int.bitWidth - 1)))
    }

    /// The number ``zigzag(_:)`` made `value` from.
    static func unzigzag(_ value: UInt64) -> Int {
        Int(bitPattern: UInt(value >> 1)) ^ -Int(bitPattern: UInt(value & 1))
    }

    /// Appends values to a growing buffer.
    struct Writer {
        private(set) var bytes: [UInt8] = []
        /// The strings written most recently, with their numbers, for references back to them.
        private var recent = [(text: String, number: Int)](repeating: ("", -1), count: 8)
        /// How many strings have been written, each numbered in turn.
        private var written = 0

        /// A writer with room for `capacity` bytes before its buffer grows.
        init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

        /// The bytes written, handed over whole: the writer is left empty, so they are not copied.
        mutating func takeBytes() -> [UInt8] {
            defer { bytes = [] }
            return bytes
        }

        mutating func unsigned(_ value: Int) {
            var value = UInt64(UInt(bitPattern: value))
            while value >= 0x80 {
                bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
                value >>= 7
            }
            bytes.append(UInt8(value))
        }

        mutating func signed(_ value: Int) { unsigned(SummaryBytes.zigzag(value)) }

        mutating func flag(_ value: Bool) { bytes.append(value ? 1 : 0) }

        /// Bytes as they are.
        mutating func raw(_ value: Data) { bytes.append(contentsOf: value) }

        /// Bytes preceded by their count, read back by ``Reader/header()``.
        mutating func header(_ value: [UInt8]) {
            unsigned(value.count)
            bytes.append(contentsOf: value)
        }

        /// A string by itself: its length and UTF-8, never shared.
        mutating func plainString(_ value: String) {
            unsigned(value.utf8.count)
            bytes.append(contentsOf: value.utf8)
        }

        /// 0 for none, 1 and the UTF-8 for a new string, 2 and a number for one written before.
        ///
        /// Only the last few strings are looked for: a plan repeats its owners, notes and authors
        /// close together, and an action's wording starts as its recommendation. Strings read from
        /// one plan file share their storage, so most comparisons stop at the first word.
        mutating func string(_ value: String?) {
            guard let value else { return bytes.append(0) }
            for slot in recent.indices where recent[slot].number >= 0 && recent[slot].text == value {
                bytes.append(2)
                unsigned(recent[slot].number)
                return
            }
            recent[written % recent.count] = (value, written)
            written += 1
            bytes.append(1)
            unsigned(value.utf8.count)
            bytes.append(contentsOf: value.utf8)
        }

        /// 0 for none, else the day's number after 1970 zigzagged, plus one.
        mutating func day(_ value: CalendarDay?) {
            guard let value else { return bytes.append(0) }
            unsigned(SummaryBytes.zigzag(value.daysSinceEpoch) + 1)
        }

        mutating func timescale(_ value: Timescale) { string(value.description) }

        mutating func source(_ source: SourceReport) {
            for key in SourceReport.CodingKeys.allCases {
                switch key {
                case .fileName: string(source.fileName)
                case .sha256: string(source.sha256)
                case .title: string(source.title)
                case .authority: string(source.authority)
                case .authorityCode: string(source.authorityCode)
                case .authorityAsPrinted: string(source.authorityAsPrinted)
                case .inspectionStart: day(source.inspectionStart)
                case .inspectionEnd: day(source.inspectionEnd)
                case .published: day(source.published)
                case .statementDue: day(source.statementDue)
                case .leadInspector: string(source.leadInspector)
                case .judgements:
                    unsigned(source.judgements.count)
                    for judgement in source.judgements {
                        string(judgement.area)
                        string(judgement.grade)
                    }
                }
            }
        }

        mutating func settings(_ settings: PlanSettings) {
            for key in PlanSettings.CodingKeys.allCases {
                switch key {
                case .meeting: string(settings.meeting)
                case .meetingDate: day(settings.meetingDate)
                case .author: string(settings.author)
                }
            }
        }

        /// An optional whole number: 0 for none, else the number zigzagged, plus one.
        mutating func optional(_ value: Int?) {
            unsigned(value.map { SummaryBytes.zigzag($0) + 1 } ?? 0)
        }

        mutating func recommendation(_ recommendation: Recommendation) {
            for key in Recommendation.CodingKeys.allCases {
                switch key {
                case .number: signed(recommendation.number)
                case .printedNumber: optional(recommendation.printedNumber)
                case .text: string(recommendation.text)
                case .section: string(recommendation.section)
                case .timescale: timescale(recommendation.timescale)
                case .lead: string(recommendation.lead)
                case .urgent: flag(recommendation.urgent)
                case .themes:
                    unsigned(recommendation.themes.count)
                    for theme in recommendation.themes { string(theme) }
                case .line: optional(recommendation.line)
                }
            }
        }

        mutating func action(_ action: Action) {
            for key in Action.CodingKeys.allCases {
                switch key {
                case .id:
                    unsigned(action.id.recommendation)
                    unsigned(action.id.sequence)
                case .recommendationNumber: signed(action.recommendationNumber)
                case .action: string(action.action)
                case .owner: string(action.owner)
                case .due: day(action.due)
                case .originalDue: day(action.originalDue)
                case .status: unsigned(ActionStatus.allCases.firstIndex(of: action.status)!)
                case .measure: string(action.measure)
                case .evidence: string(action.evidence)
                case .cost: unsigned(action.cost.map { $0.pence + 1 } ?? 0)
                case .history:
                    unsigned(action.history.count)
                    for entry in action.history { self.entry(entry) }
                }
            }
        }

        mutating func entry(_ entry: HistoryEntry) {
            for key in HistoryEntry.CodingKeys.allCases {
                switch key {
                case .revision: signed(entry.revision)
                case .on: day(entry.on)
                case .recorded: string(entry.recorded)
                case .by: string(entry.by)
                case .changes:
                    unsigned(entry.changes.count)
                    for change in entry.changes {
                        for key in FieldChange.CodingKeys.allCases {
                            switch key {
                            case .field: unsigned(ActionField.allCases.firstIndex(of: change.field)!)
                            case .from: string(change.from)
                            case .to: string(change.to)
                            }
                        }
                    }
                case .note: string(entry.note)
                case .reason: string(entry.reason)
                case .undoes: optional(entry.undoes)
                }
            }
        }
    }

    /// Reads values back, checking each against the bytes left.
    struct Reader {
        private let bytes: UnsafeBufferPointer<UInt8>
        private var offset = 0
        /// The strings read so far, by number.
        private var strings: [String] = []

        init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        var isAtEnd: Bool { offset == bytes.count }

        mutating func byte() throws(Fault) -> UInt8 {
            guard offset < bytes.count else { throw Fault() }
            defer { offset += 1 }
            return bytes[offset]
        }

        mutating func unsigned() throws(Fault) -> UInt64 {
            var value: UInt64 = 0
            var shift: UInt64 = 0
            while true {
                let next = try byte()
                guard shift < 64 else { throw Fault() }
                value |= UInt64(next & 0x7F) << shift
                if next < 0x80 { return value }
                shift += 7
            }
        }

        /// A count of things that follow, each at least one byte long, so no more than the bytes left.
        mutating func count() throws(Fault) -> Int {
            let value = try unsigned()
            guard value <= UInt64(bytes.count - offset) else { throw Fault() }
            return Int(value)
        }

        mutating func signed() throws(Fault) -> Int { SummaryBytes.unzigzag(try unsigned()) }

        mutating func flag() throws(Fault) -> Bool {
            switch try byte() {
            case 0: false
            case 1: true
            default: throw Fault()
            }
        }

        /// The range of the next `count` bytes, passed over.
        mutating func skip(_ count: Int) throws(Fault) -> Range<Int> {
            guard count <= bytes.count - offset else { throw Fault() }
            defer { offset += count }
            return offset..<offset + count
        }

        /// Bytes written by ``Writer/header(_:)``.
        mutating func header() throws(Fault) -> [UInt8] {
            let range = try skip(try count())
            return Array(bytes[range])
        }

        /// A string written by ``Writer/plainString(_:)``.
        mutating func plainString() throws(Fault) -> String {
            try Reader.text(UnsafeBufferPointer(rebasing: bytes[try skip(try count())]))
        }

        /// The string of `utf8`, or a fault when the bytes are not UTF-8.
        ///
        /// `String(decoding:)` is several times faster here than the generic `String(validating:)`,
        /// but repairs bad bytes rather than refusing them; a repair always puts U+FFFD where the
        /// bytes were not, so the string reads back as its bytes only when nothing was repaired.
        private static func text(_ utf8: UnsafeBufferPointer<UInt8>) throws(Fault) -> String {
            let text = String(decoding: utf8, as: UTF8.self)
            let same =
                text.utf8.withContiguousStorageIfAvailable { stored in
                    stored.count == utf8.count
                        && (utf8.isEmpty || memcmp(stored.baseAddress!, utf8.baseAddress!, utf8.count) == 0)
                } ?? text.utf8.elementsEqual(utf8)
            guard same else { throw Fault() }
            return text
        }

        mutating func optionalString() throws(Fault) -> String? {
            switch try byte() {
            case 0:
                return nil
            case 1:
                let text = try Reader.text(UnsafeBufferPointer(rebasing: bytes[try skip(try count())]))
                strings.append(text)
                return text
            case 2:
                let number = try unsigned()
                guard number < UInt64(strings.count) else { throw Fault() }
                return strings[Int(number)]
            default:
                throw Fault()
            }
        }

        mutating func string() throws(Fault) -> String {
            guard let text = try optionalString() else { throw Fault() }
            return text
        }

        mutating func day() throws(Fault) -> CalendarDay? {
            let value = try unsigned()
            guard value > 0 else { return nil }
            guard let day = CalendarDay(daysSinceEpoch: SummaryBytes.unzigzag(value - 1)) else {
                throw Fault()
            }
            return day
        }

        mutating func choice<Value>(_ values: [Value]) throws(Fault) -> Value {
            let index = try unsigned()
            guard index < UInt64(values.count) else { throw Fault() }
            return values[Int(index)]
        }

        mutating func timescale() throws(Fault) -> Timescale {
            guard let value = Timescale(try string()) else { throw Fault() }
            return value
        }

        mutating func optional() throws(Fault) -> Int? {
            let value = try unsigned()
            return value == 0 ? nil : SummaryBytes.unzigzag(value - 1)
        }

        mutating func source() throws(Fault) -> SourceReport {
            var source = SourceReport(fileName: "", sha256: "")
            for key in SourceReport.CodingKeys.allCases {
                switch key {
                case .fileName: source.fileName = try string()
                case .sha256: source.sha256 = try string()
                case .title: source.title = try optionalString()
                case .authority: source.authority = try optionalString()
                case .authorityCode: source.authorityCode = try optionalString()
                case .authorityAsPrinted: source.authorityAsPrinted = try optionalString()
                case .inspectionStart: source.inspectionStart = try day()
                case .inspectionEnd: source.inspectionEnd = try day()
                case .published: source.published = try day()
                case .statementDue: source.statementDue = try day()
                case .leadInspector: source.leadInspector = try optionalString()
                case .judgements:
                    for _ in 0..<(try count()) {
                        source.judgements.append(Judgement(area: try string(), grade: try string()))
                    }
                }
            }
            return source
        }

        mutating func settings() throws(Fault) -> PlanSettings {
            var settings = PlanSettings()
            for key in PlanSettings.CodingKeys.allCases {
                switch key {
                case .meeting: settings.meeting = try optionalString()
                case .meetingDate: settings.meetingDate = try day()
                case .author: settings.author = try optionalString()
                }
            }
            return settings
        }

        mutating func recommendation() throws(Fault) -> Recommendation {
            var recommendation = Recommendation(number: 0, timescale: .unspecified, text: "")
            for key in Recommendation.CodingKeys.allCases {
                switch key {
                case .number: recommendation.number = try signed()
                case .printedNumber: recommendation.printedNumber = try optional()
                case .text: recommendation.text = try string()
                case .section: recommendation.section = try optionalString()
                case .timescale: recommendation.timescale = try timescale()
                case .lead: recommendation.lead = try optionalString()
                case .urgent: recommendation.urgent = try flag()
                case .themes:
                    for _ in 0..<(try count()) { recommendation.themes.append(try string()) }
                case .line: recommendation.line = try optional()
                }
            }
            return recommendation
        }

        mutating func action() throws(Fault) -> Action {
            var action = Action(id: ActionID(1)!, action: "")
            for key in Action.CodingKeys.allCases {
                switch key {
                case .id:
                    guard
                        let id = ActionID(
                            recommendation: Int(clamping: try unsigned()),
                            sequence: Int(clamping: try unsigned()))
                    else { throw Fault() }
                    action.id = id
                case .recommendationNumber: action.recommendationNumber = try signed()
                case .action: action.action = try string()
                case .owner: action.owner = try optionalString()
                case .due: action.due = try day()
                case .originalDue: action.originalDue = try day()
                case .status: action.status = try choice(ActionStatus.allCases)
                case .measure: action.measure = try optionalString()
                case .evidence: action.evidence = try optionalString()
                case .cost:
                    let pence = try unsigned()
                    action.cost = pence == 0 ? nil : Money(pence: Int(clamping: pence - 1))
                case .history:
                    for _ in 0..<(try count()) { action.history.append(try entry()) }
                }
            }
            return action
        }

        mutating func entry() throws(Fault) -> HistoryEntry {
            var entry = HistoryEntry(revision: 0, on: CalendarDay(daysSinceEpoch: 0)!, recorded: "", by: "")
            for key in HistoryEntry.CodingKeys.allCases {
                switch key {
                case .revision: entry.revision = try signed()
                case .on:
                    guard let on = try day() else { throw Fault() }
                    entry.on = on
                case .recorded: entry.recorded = try string()
                case .by: entry.by = try string()
                case .changes:
                    for _ in 0..<(try count()) {
                        var change = FieldChange(field: .status, from: nil, to: nil)
                        for key in FieldChange.CodingKeys.allCases {
                            switch key {
                            case .field: change.field = try choice(ActionField.allCases)
                            case .from: change.from = try optionalString()
                            case .to: change.to = try optionalString()
                            }
                        }
                        entry.changes.append(change)
                    }
                case .note: entry.note = try optionalString()
                case .reason: entry.reason = try optionalString()
                case .undoes: entry.undoes = try optional()
                }
            }
            return entry
        }
    }
}
