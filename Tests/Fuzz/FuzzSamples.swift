// Shared by the sheet and template libFuzzer targets: a small plan with history to import into and render.
import Foundation

enum FuzzSamples {
    /// The day the targets work on.
    static let day = CalendarDay(year: 2012, month: 6, day: 1)!

    /// A plan of four actions, one of them updated, built in code so the targets need no files.
    static let plan: ActionPlan = {
        let report = Report(
            authority: "Dudley", inspectionEnd: CalendarDay(year: 2011, month: 12, day: 9),
            recommendations: (1...4).map {
                Recommendation(
                    number: $0, timescale: $0 % 2 == 0 ? .withinMonths(3) : .immediately,
                    text: "Recommendation \($0): review =cases, \"owners\" and notes", line: $0)
            })
        var plan = try! ActionPlan.generate(
            from: report, name: PlanName("fuzz")!, fileName: "fuzz.txt",
            sha256: String(repeating: "0", count: 64))
        _ = try? plan.apply(
            ActionUpdate(status: .inProgress, owner: "Head of Service", note: "started"),
            to: [plan.actions[0].id],
            author: ChangeAuthor(
                by: "fuzz", on: CalendarDay(year: 2012, month: 1, day: 5)!, recorded: "2012-01-05T09:00:00Z"))
        return plan
    }()
}
