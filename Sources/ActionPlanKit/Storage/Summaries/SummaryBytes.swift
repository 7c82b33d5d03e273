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
    static func encode(_ summary: PlanSummary) -> [UInt8] {
        var writer = Writer()
        writer.day(summary.lastChange)
        writer.flag(summary.replays)
        let plan = summary.plan
        writer.signed(plan.schemaVersion)
        writer.string(plan.name.rawValue)
        writer.day(plan.startDate)
        writer.signed(plan.revision)
        let source = plan.source
        writer.string(source.fileName)
        writer.string(source.sha256)
        writer.string(source.authority)
        writer.day(source.inspectionStart)
        writer.day(source.inspectionEnd)
        writer.day(source.published)
        writer.string(source.leadInspector)
        writer.unsigned(source.judgements.count)
        for judgement in source.judgements {
            writer.string(judgement.area)
            writer.string(judgement.grade)
        }
        writer.unsigned(plan.actions.count)
        for action in plan.actions { writer.action(action) }
        return writer.bytes
    }

    /// The summary held in `bytes`, all of them.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>) throws(Fault) -> PlanSummary {
        var reader = Reader(bytes)
        let lastChange = try reader.day()
        let replays = try reader.flag()
        let schemaVersion = try reader.signed()
        guard let name = PlanName(try reader.string()) else { throw Fault() }
        guard let startDate = try reader.day() else { throw Fault() }
        let revision = try reader.signed()
        let fileName = try reader.string()
        let sha256 = try reader.string()
        let authority = try reader.optionalString()
        let inspectionStart = try reader.day()
        let inspectionEnd = try reader.day()
        let published = try reader.day()
        let leadInspector = try reader.optionalString()
        var judgements: [Judgement] = []
        for _ in 0..<(try reader.count()) {
            judgements.append(Judgement(area: try reader.string(), grade: try reader.string()))
        }
        var actions: [Action] = []
        let actionCount = try reader.count()
        actions.reserveCapacity(actionCount)
        for _ in 0..<actionCount { actions.append(try reader.action()) }
        guard reader.isAtEnd else { throw Fault() }
        let source = SourceReport(
            fileName: fileName, sha256: sha256, authority: authority, inspectionStart: inspectionStart,
            inspectionEnd: inspectionEnd, published: published, leadInspector: leadInspector,
            judgements: judgements)
        let plan = ActionPlan(
            name: name, source: source, startDate: startDate, actions: actions, revision: revision,
            schemaVersion: schemaVersion)
        return PlanSummary(plan: plan, lastChange: lastChange, replays: replays)
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

        mutating func action(_ action: Action) {
            unsigned(action.id.number)
            string(action.recommendation)
            string(action.action)
            string(action.section)
            switch action.timescale {
            case .immediately: unsigned(0)
            case .withinMonths(let months):
                unsigned(1)
                signed(months)
            case .withinWeeks(let weeks):
                unsigned(2)
                signed(weeks)
            case .unspecified: unsigned(3)
            }
            signed(action.number)
            string(action.owner)
            string(action.lead)
            day(action.due)
            day(action.originalDue)
            unsigned(ActionStatus.allCases.firstIndex(of: action.status)!)
            string(action.measure)
            string(action.evidence)
            unsigned(action.cost.map { $0.pence + 1 } ?? 0)
            unsigned(action.history.count)
            for entry in action.history {
                signed(entry.revision)
                day(entry.on)
                string(entry.recorded)
                string(entry.by)
                unsigned(entry.changes.count)
                for change in entry.changes {
                    unsigned(ActionField.allCases.firstIndex(of: change.field)!)
                    string(change.from)
                    string(change.to)
                }
                string(entry.note)
                string(entry.reason)
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

        mutating func action() throws(Fault) -> Action {
            guard let id = ActionID(Int(clamping: try unsigned())) else { throw Fault() }
            let recommendation = try string()
            let wording = try string()
            let section = try optionalString()
            let timescale: Timescale
            switch try unsigned() {
            case 0: timescale = .immediately
            case 1: timescale = .withinMonths(try signed())
            case 2: timescale = .withinWeeks(try signed())
            case 3: timescale = .unspecified
            default: throw Fault()
            }
            let number = try signed()
            let owner = try optionalString()
            let lead = try optionalString()
            let due = try day()
            let originalDue = try day()
            let status = try choice(ActionStatus.allCases)
            let measure = try optionalString()
            let evidence = try optionalString()
            let pence = try unsigned()
            let cost = pence == 0 ? nil : Money(pence: Int(clamping: pence - 1))
            var history: [HistoryEntry] = []
            for _ in 0..<(try count()) {
                let revision = try signed()
                guard let on = try day() else { throw Fault() }
                let recorded = try string()
                let by = try string()
                var changes: [FieldChange] = []
                for _ in 0..<(try count()) {
                    changes.append(
                        FieldChange(
                            field: try choice(ActionField.allCases), from: try optionalString(),
                            to: try optionalString()))
                }
                history.append(
                    HistoryEntry(
                        revision: revision, on: on, recorded: recorded, by: by, changes: changes,
                        note: try optionalString(), reason: try optionalString()))
            }
            var action = Action(
                id: id, recommendation: recommendation, action: wording, section: section,
                timescale: timescale,
                number: number, owner: owner, lead: lead, due: due, originalDue: originalDue, status: status,
                measure: measure, evidence: evidence, cost: cost, history: history)
            // The initialiser defaults a missing original due date to the due date; keep what was written.
            action.originalDue = originalDue
            return action
        }
    }
}
