import Foundation

/// The file formats a plan can be exported to for people who work outside `actionplan`.
public enum ExportFormat: String, CaseIterable, Hashable, Sendable {
    /// A spreadsheet (UTF-8 CSV with a byte order mark) that Excel opens and `import` reads back.
    case csv
    /// An iCalendar file of due dates for Outlook and other calendars.
    case ics
    /// A Markdown table for committee papers.
    case markdown
    /// The plan file itself: pretty, sorted JSON.
    case json
    /// An Excel workbook: typed dates, RAG fills, a status drop-down; `import` reads it back.
    case xlsx

    /// The usual file extension, without the dot.
    public var fileExtension: String {
        switch self {
        case .csv: "csv"
        case .ics: "ics"
        case .markdown: "md"
        case .json: "json"
        case .xlsx: "xlsx"
        }
    }

    /// Whether the format is binary, and so is never written to a terminal.
    public var isBinary: Bool { self == .xlsx }
}

/// Renders a plan in any ``ExportFormat``.
public enum PlanExport {
    /// The bytes of `plan` in `format`.
    ///
    /// - Parameters:
    ///   - day: The day RAG ratings are worked out for (CSV and Markdown).
    ///   - stamp: When the export is made, written into the calendar's `DTSTAMP` (ICS).
    public static func data(
        of plan: ActionPlan, as format: ExportFormat, asOf day: CalendarDay, stamp: Date,
        policy: RAGPolicy = RAGPolicy()
    ) throws -> Data {
        switch format {
        case .csv: PlanSheet.csv(of: plan, asOf: day, policy: policy)
        case .ics: PlanCalendar.data(of: plan, stamp: stamp)
        case .markdown: Data(PlanMarkdown.text(of: plan, asOf: day, policy: policy).utf8)
        case .json: try PlanCoding.encode(plan)
        case .xlsx: try PlanSheet.xlsx(of: plan, asOf: day, policy: policy)
        }
    }
}
