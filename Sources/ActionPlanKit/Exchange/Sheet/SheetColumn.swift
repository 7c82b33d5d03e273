/// A column of the spreadsheet form of a plan, as a council's action-plan tracker lays it out.
public enum SheetColumn: String, CaseIterable, Hashable, Sendable {
    /// The action's ID: the key that matches a row to its action on import.
    case id = "ID"
    /// The recommendation's number in the report.
    case number = "No."
    /// The report's list the recommendation came from, when it has several.
    case section = "Section"
    /// The recommendation, verbatim.
    case recommendation = "Recommendation"
    /// The council's wording of the action.
    case action = "Action"
    /// The officer or body responsible.
    case owner = "Lead/Owner"
    /// The due date.
    case due = "Due"
    /// The first due date the action was given.
    case originalDue = "Original due"
    /// The status, e.g. `in-progress`.
    case status = "Status"
    /// The red/amber/green rating on the day of export.
    case rag = "RAG"
    /// The latest progress note.
    case progress = "Progress"
    /// The success measure.
    case measure = "Measure"
    /// The evidence that the action is done.
    case evidence = "Evidence"
    /// The estimated cost in pounds.
    case cost = "Cost"
    /// Left empty on export: why a due date moved or an action was dropped.
    case reason = "Reason"
    /// Left empty on export: a new progress note to record.
    case note = "Note"
    /// The plan's revision when the sheet was exported, so import can tell later changes from edits.
    case revision = "Revision"

    /// The header the export writes.
    public var header: String { rawValue }

    /// Whether an edit to this column on import changes the plan; other edits are ignored with a warning.
    public var isEditable: Bool {
        switch self {
        case .action, .owner, .due, .status, .measure, .evidence, .cost, .reason, .note: true
        case .id, .number, .section, .recommendation, .originalDue, .rag, .progress, .revision: false
        }
    }

    /// The column a header names, matching case and punctuation loosely and accepting common variants.
    ///
    /// "Lead officer", "owner" and "LEAD / OWNER" all name ``owner``; "Due date" and "By when" name ``due``.
    public init?(header: String) {
        let key = SheetColumn.normalised(header)
        guard let column = SheetColumn.allCases.first(where: { $0.names.contains(key) }) else { return nil }
        self = column
    }

    /// Every normalised header this column answers to.
    private var names: [String] {
        switch self {
        case .id: ["id", "action id", "ref", "action ref", "reference"]
        case .number: ["no", "number", "rec no", "recommendation no", "recommendation number"]
        case .section: ["section", "list"]
        case .recommendation: ["recommendation", "ofsted recommendation", "area for improvement"]
        case .action: ["action", "actions", "action to be taken", "planned action"]
        case .owner:
            [
                "lead owner", "owner", "lead", "lead officer", "responsible officer", "action owner",
                "responsible",
            ]
        case .due: ["due", "due date", "by when", "deadline", "target date", "completion date"]
        // "originaldue" and "latestnote" are the headers report CSVs wrote before they were in words.
        case .originalDue: ["original due", "original due date", "original deadline", "originaldue"]
        case .status: ["status", "action status"]
        case .rag: ["rag", "rag rating", "rag status", "rating"]
        case .progress: ["progress", "latest progress", "progress update", "latest note", "latestnote"]
        case .measure: ["measure", "success measure", "measure of success", "success criteria", "outcome"]
        case .evidence: ["evidence", "evidence of impact", "evidence of completion"]
        case .cost: ["cost", "costs", "estimated cost", "cost gbp"]
        case .reason: ["reason", "reason for change", "why"]
        case .note: ["note", "notes", "new note", "comment", "comments", "progress note"]
        case .revision: ["revision", "rev", "plan revision"]
        }
    }

    /// A header reduced to lowercase words: "Lead / Owner" → "lead owner", "Cost (£)" → "cost".
    static func normalised(_ header: String) -> String {
        var words: [String] = []
        var word = ""
        for character in header.lowercased() {
            if character.isLetter || character.isNumber {
                word.append(character)
            } else if !word.isEmpty {
                words.append(word)
                word = ""
            }
        }
        if !word.isEmpty { words.append(word) }
        return words.joined(separator: " ")
    }
}
