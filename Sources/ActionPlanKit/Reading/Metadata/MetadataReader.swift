/// What a report says about itself: the authority, the dates, the lead inspector and the judgements.
public struct ReportMetadata: Hashable, Sendable {
    /// The authority as the report names it.
    public var authority: String?
    /// The report's title ("Inspection of Norfolk local authority children's services").
    public var title: String?
    /// The first day of the inspection.
    public var inspectionStart: CalendarDay?
    /// The last day of the inspection.
    public var inspectionEnd: CalendarDay?
    /// The publication date, only where the document states one.
    public var published: CalendarDay?
    /// The lead inspector.
    public var leadInspector: String?
    /// Every judgement in report order.
    public var judgements: [Judgement]

    /// Creates metadata from its parts.
    public init(
        authority: String? = nil, inspectionStart: CalendarDay? = nil, inspectionEnd: CalendarDay? = nil,
        published: CalendarDay? = nil, leadInspector: String? = nil, judgements: [Judgement] = [],
        title: String? = nil
    ) {
        self.authority = authority
        self.title = title
        self.inspectionStart = inspectionStart
        self.inspectionEnd = inspectionEnd
        self.published = published
        self.leadInspector = leadInspector
        self.judgements = judgements
    }
}

/// The metadata stage of the reader: a pure function over the report's lines.
///
/// Each field has its own small stage: ``AuthorityName``, ``ReportTitle``, ``LabelledFields`` (dates and the lead
/// inspector, read with ``DateText``), ``JudgementTable`` and, for reports without a table,
/// ``JudgementProse``.
public enum MetadataReader {
    /// Reads the metadata from the decoded lines of a report (line endings normalised, form feeds removed).
    public static func read(_ lines: [Substring]) -> ReportMetadata {
        // Plain text is made only for the lines a stage looks at: most are ruled out from their raw bytes.
        let plainLines = PlainLines(lines)
        let dates = LabelledFields.inspectionDates(in: plainLines)
        let tabled = JudgementTable.read(lines)
        let authority = AuthorityName.find(in: plainLines)
        return ReportMetadata(
            authority: authority,
            inspectionStart: dates?.start,
            inspectionEnd: dates?.end,
            published: LabelledFields.published(in: plainLines),
            leadInspector: LabelledFields.leadInspector(in: plainLines),
            judgements: tabled.isEmpty ? JudgementProse.read(plainLines) : tabled,
            title: ReportTitle.find(in: plainLines, authority: authority)
        )
    }
}
