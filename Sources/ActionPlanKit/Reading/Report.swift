/// What an inspection report says: who was inspected, when, the judgements and the recommendations.
///
/// A `Report` knows nothing of plans; ``ActionPlan`` is built from it.
public struct Report: Hashable, Sendable, Codable {
    /// The council's canonical name ("Sutton") when the table knows it, else its name as printed.
    public var authority: String?
    /// The council's ONS code (e.g. "E09000029" for Sutton), or `nil` when the name printed resolves to none.
    public var authorityCode: String?
    /// The council as the report prints it, e.g. "London Borough of Sutton".
    public var authorityAsPrinted: String?
    /// The report's title, e.g. "Inspection of local authority arrangements for the protection of children".
    public var title: String?
    /// The first day inspectors were on site.
    public var inspectionStart: CalendarDay?
    /// The last day of the inspection.
    public var inspectionEnd: CalendarDay?
    /// The publication date, only where the document states one.
    public var published: CalendarDay?
    /// The lead (or reporting) inspector's name, without the "HMI" suffix.
    public var leadInspector: String?
    /// Every judgement, in the order the report gives them.
    public var judgements: [Judgement]
    /// Every recommendation, in the order the report gives them.
    public var recommendations: [Recommendation]

    /// Creates a report from its parts.
    public init(
        authority: String? = nil, inspectionStart: CalendarDay? = nil, inspectionEnd: CalendarDay? = nil,
        published: CalendarDay? = nil, leadInspector: String? = nil, judgements: [Judgement] = [],
        recommendations: [Recommendation] = [], authorityCode: String? = nil,
        authorityAsPrinted: String? = nil, title: String? = nil
    ) {
        self.title = title
        self.authority = authority
        self.authorityCode = authorityCode
        self.authorityAsPrinted = authorityAsPrinted
        self.inspectionStart = inspectionStart
        self.inspectionEnd = inspectionEnd
        self.published = published
        self.leadInspector = leadInspector
        self.judgements = judgements
        self.recommendations = recommendations
    }
}

/// One judgement: an area of the service and the grade inspectors gave it.
public struct Judgement: Hashable, Sendable, Codable {
    /// The area judged, e.g. "Overall effectiveness" or "Children who need help and protection".
    public var area: String
    /// The grade as the report words it, e.g. "Good", "Requires improvement to be good", "Inadequate".
    public var grade: String

    /// Creates a judgement.
    public init(area: String, grade: String) {
        self.area = area
        self.grade = grade
    }
}
