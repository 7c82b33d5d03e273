/// A correction to a plan's header, as `plan PLAN --authority … --published …` asks for it: each field
/// given is set, the others are left alone.
public struct HeaderCorrection: Hashable, Sendable {
    /// The council, resolved from a name a person typed; sets the canonical name and the ONS code.
    public var authority: Authority?
    /// The report's title; empty clears it.
    public var title: String?
    /// The report's publication date; the statement of action deadline follows it.
    public var published: CalendarDay?
    /// The meeting the plan is reported to; empty clears it.
    public var meeting: String?
    /// The day of that meeting.
    public var meetingDate: CalendarDay?
    /// The officer who writes the plan's reports; empty clears it.
    public var author: String?

    /// Creates a correction; fields left `nil` are not changed.
    public init(
        authority: Authority? = nil, title: String? = nil, published: CalendarDay? = nil,
        meeting: String? = nil,
        meetingDate: CalendarDay? = nil, author: String? = nil
    ) {
        self.authority = authority
        self.title = title
        self.published = published
        self.meeting = meeting
        self.meetingDate = meetingDate
        self.author = author
    }

    /// Whether the correction asks for nothing.
    public var isEmpty: Bool { self == HeaderCorrection() }

    /// The fields of `plan` to set: the authority's name and code together, and with a publication date
    /// the statement of action deadline `calendar` counts from it.
    ///
    /// A plan whose council the reader could not resolve holds the name as printed, with no code; when a
    /// person names the council, that printed name is kept as ``SourceReport/authorityAsPrinted``.
    public func edits(for plan: ActionPlan, calendar: WorkingCalendar) -> [PlanEdit] {
        func text(_ value: String) -> String? {
            let trimmed = value.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed()
            return trimmed.isEmpty ? nil : String(trimmed)
        }
        var edits: [PlanEdit] = []
        if let authority {
            edits += [PlanEdit(.authority, to: authority.name), PlanEdit(.authorityCode, to: authority.code)]
            let source = plan.source
            if source.authorityCode == nil, source.authorityAsPrinted == nil, let printed = source.authority,
                printed != authority.name
            {
                edits.append(PlanEdit(.authorityAsPrinted, to: printed))
            }
        }
        if let title { edits.append(PlanEdit(.title, to: text(title))) }
        if let published {
            edits += [
                PlanEdit(.published, to: published),
                PlanEdit(.statementDue, to: calendar.statementDue(published: published)),
            ]
        }
        if let meeting { edits.append(PlanEdit(.meeting, to: text(meeting))) }
        if let meetingDate { edits.append(PlanEdit(.meetingDate, to: meetingDate)) }
        if let author { edits.append(PlanEdit(.author, to: text(author))) }
        return edits
    }
}

extension ActionPlan {
    /// Applies `correction` as one recorded revision; `nil` when it changes nothing (see ``revise(_:author:reason:)``).
    @discardableResult
    public mutating func correctHeader(
        _ correction: HeaderCorrection, calendar: WorkingCalendar, author: ChangeAuthor, reason: String? = nil
    ) throws(PlanError) -> PlanHistoryEntry? {
        try revise(correction.edits(for: self, calendar: calendar), author: author, reason: reason)
    }
}
