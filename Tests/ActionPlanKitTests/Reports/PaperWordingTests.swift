import ActionPlanKit
import Testing

/// Papers for people write dates, statuses and timescales as people do, and leave out what has nothing
/// to say; files for programs keep the stored forms.
@Suite struct PaperWordingTests {
    struct DateCase: CustomTestStringConvertible, Sendable {
        var name: String
        var iso: String
        var written: String
        var short: String
        var testDescription: String { name }
    }

    @Test(
        "A day as a paper writes it",
        arguments: [
            DateCase(
                name: "single-digit day", iso: "2012-03-09", written: "9 March 2012", short: "9 Mar 2012"),
            DateCase(
                name: "longest month", iso: "2013-09-30", written: "30 September 2013", short: "30 Sep 2013"),
            DateCase(name: "leap day", iso: "2016-02-29", written: "29 February 2016", short: "29 Feb 2016"),
            DateCase(
                name: "new year's day", iso: "2014-01-01", written: "1 January 2014", short: "1 Jan 2014"),
        ])
    func written(_ example: DateCase) throws {
        let day = try #require(CalendarDay(iso: example.iso))
        #expect(day.written == example.written)
        #expect(day.writtenShort == example.short)
    }

    @Test(
        "A span of days names a shared month or year once",
        arguments: [
            ("2012-10-15", "2012-10-26", "15 to 26 October 2012"),
            ("2012-10-29", "2012-11-02", "29 October to 2 November 2012"),
            ("2012-12-31", "2013-01-04", "31 December 2012 to 4 January 2013"),
            ("2012-10-15", "2012-10-15", "15 October 2012"),
        ])
    func span(_ start: String, _ end: String, _ expected: String) {
        #expect(CalendarDay.writtenSpan(from: SamplePlans.day(start), to: SamplePlans.day(end)) == expected)
    }

    @Test("No ISO date is left in a paper for people", arguments: [OutputFormat.text, .markdown, .html])
    func noISODates(_ format: OutputFormat) throws {
        let outputs = [
            try OverdueReport(
                plans: [SamplePlans.dudley, SamplePlans.sutton], asOf: SamplePlans.day("2013-04-01")
            )
            .render(RenderOptions(format: format)),
            try ProgressReport(plan: SamplePlans.dudley, asOf: SamplePlans.day("2013-04-01"))
                .render(RenderOptions(format: format)),
        ]
        for output in outputs {
            #expect(output.firstMatch(of: /\b\d{4}-\d{2}-\d{2}\b/) == nil)
            #expect(!output.contains("not-started") && !output.contains("in-progress"))
        }
        #expect(outputs[0].contains("30 November 2012") || outputs[0].contains("30 Nov 2012"))
    }

    @Test("Files for programs keep ISO dates", arguments: [OutputFormat.csv, .json])
    func isoForPrograms(_ format: OutputFormat) throws {
        let output = try OverdueReport(plans: [SamplePlans.dudley], asOf: SamplePlans.day("2013-04-01"))
            .render(RenderOptions(format: format))
        #expect(output.contains("2012-11-30"))
        #expect(!output.contains("30 November 2012"))
    }

    @Test(
        "A timescale reads the same in every paper", arguments: [OutputFormat.text, .markdown, .html, .csv])
    func timescaleWording(_ format: OutputFormat) throws {
        let output = try ProgressReport(plan: SamplePlans.dudley, asOf: SamplePlans.day("2013-04-01"))
            .render(RenderOptions(format: format))
        #expect(output.contains("No timescale given") || output.contains("no timescale given"))
        #expect(!output.contains("unspecified"))
    }

    @Test("A plan with no costs says nothing about costs", arguments: [OutputFormat.text, .markdown, .html])
    func noCosts(_ format: OutputFormat) throws {
        var plan = SamplePlans.dudley
        for index in plan.actions.indices {
            plan.actions[index].cost = nil
            plan.actions[index].history.removeAll { $0.changes.contains { $0.field == .cost } }
        }
        let output = try ProgressReport(plan: plan, asOf: SamplePlans.day("2013-04-01"))
            .render(RenderOptions(format: format))
        #expect(!output.contains("Total cost"))
        #expect(!output.contains("Cost"))
        let costed = try ProgressReport(plan: SamplePlans.dudley, asOf: SamplePlans.day("2013-04-01"))
            .render(RenderOptions(format: format)).replacing(/<[^>]+>/, with: "")
        #expect(costed.contains("Total cost £17,000.50 across 2 costed actions"))
    }

    @Test(
        "The title names neither the plan's file nor the report's",
        arguments: [OutputFormat.text, .markdown, .html])
    func title(_ format: OutputFormat) throws {
        let output = try ProgressReport(plan: SamplePlans.dudley, asOf: SamplePlans.day("2013-04-01"))
            .render(RenderOptions(format: format))
        #expect(!output.contains("Progress on dudley-2012"))
        #expect(!output.contains(SamplePlans.dudley.source.fileName))
        #expect(output.contains("progress as at 1 April 2013"))
        #expect(output.contains("Dudley Metropolitan Borough Council"))
    }

    @Test("Report CSVs have headers a person reads, in words import also knows")
    func csvHeaders() throws {
        let overdue = try OverdueReport(plans: [SamplePlans.dudley], asOf: SamplePlans.day("2013-04-01"))
            .render(RenderOptions(format: .csv))
        #expect(
            overdue.hasPrefix(
                "\u{FEFF}List,Plan,ID,Action,Owner,Due,Original due,Days overdue,Status,RAG,RAG reason,"
                    + "Latest note,Latest note on,Council\r\n"))
        #expect(overdue.contains(",not started,Red,122 days overdue (due 2012-11-30),"))
        for (new, old, column) in [
            ("Original due", "originalDue", SheetColumn.originalDue),
            ("Latest note", "latestNote", .progress),
            ("Owner", "owner", .owner), ("ID", "id", .id), ("Status", "status", .status),
        ] {
            #expect(SheetColumn(header: new) == column)
            #expect(SheetColumn(header: old) == column)
        }
    }
}

/// The head of every paper: the council, the report, the meeting, its date and who presents it.
@Suite struct PaperHeaderTests {
    static let asOf = SamplePlans.day("2013-04-01")

    static var planWithSettings: ActionPlan {
        var plan = SamplePlans.dudley
        plan.settings = PlanSettings(
            meeting: "Cabinet", meetingDate: SamplePlans.day("2013-04-17"),
            author: "Director of Children's Services")
        plan.source.title = "Inspection of safeguarding and looked after children services"
        return plan
    }

    @Test(
        "Every human format prints the header from the plan's saved settings",
        arguments: [
            OutputFormat.text, .markdown, .html,
        ])
    func fromSettings(_ format: OutputFormat) throws {
        for output in [
            try ProgressReport(plan: Self.planWithSettings, asOf: Self.asOf).render(
                RenderOptions(format: format)),
            try OverdueReport(plans: [Self.planWithSettings], asOf: Self.asOf).render(
                RenderOptions(format: format)),
        ] {
            // Read as a person reads it: without markup, entities or line breaks.
            let plain = output.replacing(/<[^>]+>/, with: " ").replacing(/\*\*/, with: "")
                .replacing("&#39;", with: "'").replacing(/\s+/, with: " ")
            #expect(plain.contains("Dudley Metropolitan Borough Council"))
            #expect(plain.firstMatch(of: /Report to:?\s+Cabinet/) != nil)
            #expect(plain.firstMatch(of: /Date of meeting:?\s+17 April 2013/) != nil)
            #expect(plain.firstMatch(of: /Report of:?\s+Director of Children's Services/) != nil)
            #expect(
                plain.contains(
                    "Inspection of safeguarding and looked after children services, published 30 November 2012"
                ))
        }
    }

    @Test("What is given for this paper wins over the saved settings, field by field")
    func givenWins() throws {
        let report = ProgressReport(
            plan: Self.planWithSettings, asOf: Self.asOf,
            presenting: PlanSettings(meeting: "Children's Scrutiny Committee"))
        #expect(report.header.meeting == "Children's Scrutiny Committee")
        #expect(report.header.author == "Director of Children's Services")
        let json = try report.render(RenderOptions(format: .json))
        #expect(json.contains("\"meeting\" : \"Children's Scrutiny Committee\""))
        #expect(json.contains("\"meetingDate\" : \"2013-04-17\""))
    }

    @Test("A paper over plans of different councils or meetings names only what they share")
    func sharedOnly() throws {
        var other = SamplePlans.sutton
        other.settings = PlanSettings(meeting: "Cabinet")
        let report = OverdueReport(plans: [Self.planWithSettings, other], asOf: Self.asOf)
        #expect(report.header.council == nil)
        #expect(report.header.meeting == "Cabinet")
        #expect(report.header.meetingDate == nil)
        #expect(report.header.reportTitle == nil)
    }

    @Test(
        "The progress column beside each action is its latest note and the day of it",
        arguments: [
            OutputFormat.markdown, .html,
        ])
    func progressColumn(_ format: OutputFormat) throws {
        let output = try ProgressReport(plan: SamplePlans.dudley, asOf: Self.asOf).render(
            RenderOptions(format: format))
        let plain = output.replacing(/<[^>]+>/, with: "")
        #expect(plain.contains("Progress"))
        #expect(plain.contains("20 March 2013: Half of staff trained"))
    }
}
