import ActionPlanKit

/// Small plans built in code, so every report test starts from the same known history.
enum SamplePlans {
    static func day(_ text: String) -> CalendarDay { CalendarDay(iso: text)! }

    static func id(_ number: Int) -> ActionID { ActionID(number)! }

    /// A council plan after a 2012 safeguarding inspection, with four months of updates.
    ///
    /// As at 2013-04-01: action 1 is signed off; 2 (in progress) and 3 (blocked) are 32 days overdue;
    /// 4 was rescheduled; 5 has no due date; 6 was dropped; 7 is 122 days overdue with no owner;
    /// 8 is 2 days overdue; 9 is due in 4 days.
    static var dudley: ActionPlan {
        let report = Report(
            authority: "Dudley Metropolitan Borough Council", inspectionStart: day("2012-10-15"),
            inspectionEnd: day("2012-10-26"), published: day("2012-11-30"), leadInspector: "Jane Inspector",
            judgements: [
                Judgement(area: "Overall effectiveness", grade: "Adequate"),
                Judgement(area: "Capacity for improvement", grade: "Good"),
            ],
            recommendations: [
                Recommendation(
                    number: 1, section: "Safeguarding", timescale: .immediately,
                    text: "ensure that all children subject to a child protection plan have an allocated "
                        + "qualified social worker", line: 10),
                Recommendation(
                    number: 2, section: "Safeguarding", timescale: .withinMonths(3),
                    text: "improve the quality of assessments so that they consistently analyse risk and "
                        + "record the child's lived experience, including the views of children and young "
                        + "people and their families", line: 12),
                Recommendation(
                    number: 3, section: "Safeguarding", timescale: .withinMonths(3),
                    text: "NHS Dudley should ensure that health assessments for looked after children are "
                        + "completed within statutory timescales", lead: "NHS Dudley", line: 15),
                Recommendation(
                    number: 4, section: "Looked after children", timescale: .withinMonths(6),
                    text: "strengthen management oversight of case planning and supervision", line: 20),
                Recommendation(
                    number: 5, section: "Looked after children", timescale: .unspecified,
                    text: "review the sufficiency of placements | including *out-of-area* placements",
                    line: 22),
                Recommendation(
                    number: 6, section: "Looked after children", timescale: .withinMonths(3),
                    text: "publish a pledge to children in care", line: 24),
                Recommendation(
                    number: 7, section: "Safeguarding", timescale: .immediately,
                    text: "ensure that strategy discussions take place in every case where a child may be "
                        + "at risk of significant harm", line: 26),
                Recommendation(
                    number: 8, section: "Safeguarding", timescale: .withinMonths(4),
                    text: "improve the timeliness of initial child protection conferences", line: 28),
                Recommendation(
                    number: 9, section: "Looked after children", timescale: .withinWeeks(18),
                    text: "ensure that every care leaver has a pathway plan", line: 30),
            ])
        var plan = try! ActionPlan.generate(
            from: report, name: PlanName("dudley-2012")!, fileName: "dudley-2012.txt",
            sha256: String(repeating: "a", count: 64))
        for index in plan.actions.indices {
            plan.actions[index].owner =
                [
                    1: "Head of Safeguarding", 2: "Principal Social Worker", 3: "NHS Dudley",
                    5: "Director of Children's Services", 6: "Head of Corporate Parenting",
                    8: "Head of Safeguarding", 9: "Leaving Care Manager",
                ][index + 1]
        }
        func update(_ number: Int, on date: String, _ change: ActionUpdate) {
            let author = ChangeAuthor(by: "j.smith", on: day(date), recorded: "\(date)T09:00:00Z")
            try! plan.apply(change, to: [id(number)], author: author)
        }
        update(1, on: "2012-12-10", ActionUpdate(status: .inProgress, note: "Caseload audit under way"))
        update(2, on: "2013-01-15", ActionUpdate(status: .inProgress, note: "Assessment training booked"))
        update(1, on: "2013-01-20", ActionUpdate(status: .completed, evidence: "Audit report, January 2013"))
        update(3, on: "2013-02-01", ActionUpdate(status: .blocked, note: "Waiting for the provider's data"))
        update(1, on: "2013-02-10", ActionUpdate(status: .signedOff, note: "Evidence accepted by the board"))
        update(
            4, on: "2013-03-01",
            ActionUpdate(
                due: day("2013-07-31"), measure: "Monthly audits show supervision recorded",
                cost: Money(pence: 1_250_000), reason: "New service manager starts in May"))
        update(6, on: "2013-03-05", ActionUpdate(status: .dropped, reason: "Covered by the corporate pledge"))
        update(2, on: "2013-03-20", ActionUpdate(cost: Money(pence: 450_050), note: "Half of staff trained"))
        return plan
    }

    /// A second, smaller plan (an ILACS report with no timescales) for reports over several plans.
    static var sutton: ActionPlan {
        let source = SourceReport(
            fileName: "sutton-2019.txt", sha256: String(repeating: "b", count: 64),
            authority: "London Borough of Sutton", published: day("2019-03-01"))
        let rows = [
            FixtureRow(
                id: id(1), recommendation: "The quality of supervision of social workers.",
                timescale: .unspecified,
                number: 1, owner: "Head of Safeguarding", due: day("2013-01-31")),
            FixtureRow(
                id: id(2), recommendation: "Timeliness of return home interviews.", timescale: .unspecified,
                number: 2, owner: "Service Manager, Adolescents", due: day("2013-04-20")),
            FixtureRow(
                id: id(3), recommendation: "Sufficiency of local placements.", timescale: .unspecified,
                number: 3),
        ]
        return ActionPlan(
            name: PlanName("sutton-2019")!, source: source, startDate: day("2019-03-01"), rows: rows)
    }

    /// A plan whose every free-text field holds markup, quotes, separators and formula starts.
    static func hostile(_ text: String) -> ActionPlan {
        let source = SourceReport(
            fileName: "hostile.txt", sha256: String(repeating: "c", count: 64), authority: text,
            leadInspector: text, judgements: [Judgement(area: text, grade: text)])
        var plan = ActionPlan(
            name: PlanName("hostile")!, source: source, startDate: day("2013-01-01"),
            rows: [
                FixtureRow(
                    id: id(1), recommendation: text, action: text, section: text, timescale: .withinMonths(1),
                    number: 1, owner: text, due: day("2013-02-01"), measure: text),
                FixtureRow(
                    id: id(2), recommendation: text, section: text, timescale: .unspecified, number: 2,
                    owner: text),
            ])
        let author = ChangeAuthor(by: text, on: day("2013-02-10"), recorded: "2013-02-10T09:00:00Z")
        try! plan.apply(ActionUpdate(status: .inProgress, note: text), to: [id(1)], author: author)
        return plan
    }
}
