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
        authorityAsPrinted: String? = nil
    ) {
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

/// One recommendation as the report words it.
public struct Recommendation: Hashable, Sendable, Codable {
    /// Its number in the report (SIF reports number them, e.g. 131), else its position from 1.
    public var number: Int
    /// The list it belongs to when a report has several (e.g. "LSCB"), else `nil`.
    public var section: String?
    /// When the report asks for it to be done.
    public var timescale: Timescale
    /// The words of the item: whitespace collapsed, bullet and number removed, lines rejoined.
    public var text: String
    /// The body the text names as responsible (e.g. "NHS Dudley", "the CSCB"), else `nil`.
    public var lead: String?
    /// The 1-based line in the text where the item starts.
    public var line: Int

    /// Creates a recommendation.
    public init(
        number: Int, section: String? = nil, timescale: Timescale, text: String, lead: String? = nil,
        line: Int
    ) {
        self.number = number
        self.section = section
        self.timescale = timescale
        self.text = text
        self.lead = lead
        self.line = line
    }
}
