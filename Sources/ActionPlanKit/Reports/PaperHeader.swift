/// The block at the head of a committee paper: whose paper it is, the report it answers, the meeting it
/// goes to and who presents it.
///
/// Every human format prints the same header from these values; the meeting and author come from the
/// command line (`--meeting`, `--meeting-date`, `--author`), else from the plan's saved settings.
public struct PaperHeader: Hashable, Sendable {
    /// One labelled line of the header, e.g. "Report to: Cabinet".
    public struct Row: Hashable, Sendable {
        /// The label, as committee papers word it: "Report to", "Date of meeting", "Report of".
        public var label: String
        /// The value, dates written out.
        public var value: String
    }

    /// The council, by its canonical name, when every plan covered is that council's.
    public var council: String?
    /// The inspection report's title, where known ("Inspection of Dudley local authority children's services").
    public var reportTitle: String?
    /// The day the inspection report was published, where stated.
    public var published: CalendarDay?
    /// The meeting the paper goes to ("Report to").
    public var meeting: String?
    /// The day of that meeting.
    public var meetingDate: CalendarDay?
    /// Who presents the paper ("Report of").
    public var author: String?

    /// Creates a header.
    public init(
        council: String? = nil, reportTitle: String? = nil, published: CalendarDay? = nil,
        meeting: String? = nil, meetingDate: CalendarDay? = nil, author: String? = nil
    ) {
        self.council = council
        self.reportTitle = reportTitle
        self.published = published
        self.meeting = meeting
        self.meetingDate = meetingDate
        self.author = author
    }

    /// The header of a paper on `plans`: what they share is said, what differs between them is left out.
    ///
    /// Each of `given`'s fields, where set, wins over the plans' saved settings.
    init(plans: some Collection<(source: SourceReport, settings: PlanSettings)>, given: PlanSettings) {
        func shared<Value: Equatable>(_ value: (SourceReport, PlanSettings) -> Value?) -> Value? {
            guard let first = plans.first.flatMap({ value($0.source, $0.settings) }) else { return nil }
            // Stops at the first plan that differs: over a national portfolio, nearly always the second.
            return plans.dropFirst().allSatisfy { value($0.source, $0.settings) == first } ? first : nil
        }
        // The canonical name from the council table where the plan carries its code, as the plan says otherwise.
        council = shared { source, _ in
            source.authorityCode.flatMap(Authorities.authority(code:))?.name ?? source.authority
        }
        if plans.count == 1, let only = plans.first {
            reportTitle = only.source.title
            published = only.source.published
        }
        meeting = given.meeting ?? shared { $1.meeting }
        meetingDate = given.meetingDate ?? shared { $1.meetingDate }
        author = given.author ?? shared { $1.author }
    }

    /// The labelled lines, in the order committee papers print them; a line with nothing to say is left out.
    public var rows: [Row] {
        var rows: [Row] = []
        if let meeting { rows.append(Row(label: "Report to", value: meeting)) }
        if let meetingDate { rows.append(Row(label: "Date of meeting", value: meetingDate.written)) }
        if let author { rows.append(Row(label: "Report of", value: author)) }
        if let report = reportLine { rows.append(Row(label: "Ofsted report", value: report)) }
        return rows
    }

    /// A paper's title with its council before it, "Dudley Metropolitan Borough Council: Overdue actions as
    /// at 30 June 2012", for a file's properties where the council has no line of its own.
    public func title(of paper: String) -> String {
        council.map { "\($0): \(paper)" } ?? paper
    }

    /// "Inspection of … children's services, published 30 November 2012", or as much of it as is known.
    var reportLine: String? {
        switch (reportTitle, published) {
        case (let title?, let published?): "\(title), published \(published.written)"
        case (let title?, nil): title
        case (nil, let published?): "published \(published.written)"
        case (nil, nil): nil
        }
    }
}

extension PaperHeader {
    /// The header's lines for a terminal: the council, then each row with its label aligned.
    func textLines(width: Int) -> [String] {
        var lines: [String] = []
        if let council { lines += council.wrapped(to: width) }
        let labelWidth = (rows.map(\.label.count).max() ?? 0) + 2
        for row in rows {
            let label = row.label + ":" + String(repeating: " ", count: labelWidth - row.label.count - 1)
            let wrapped = row.value.wrapped(to: max(width - labelWidth, 20))
            lines.append(label + wrapped[0])
            lines += wrapped.dropFirst().map { String(repeating: " ", count: labelWidth) + $0 }
        }
        return lines
    }

    /// The header as templates see it: `council`, `rows` (`label`, `value`) and `any` (rows to show).
    static let templateFields = TemplateFields<PaperHeader>([
        .text("council") { $0.council },
        .list("rows", Row.templateFields) { $0.rows },
        .flag("any") { !$0.rows.isEmpty },
        .text("meeting") { $0.meeting },
        .text("meetingDate") { $0.meetingDate?.written },
        .text("author") { $0.author },
        .text("reportTitle") { $0.reportTitle },
        .text("published") { $0.published?.written },
    ])
}

extension PaperHeader.Row {
    static let templateFields = TemplateFields<Self>([
        .text("label") { $0.label },
        .text("value") { $0.value },
    ])
}
