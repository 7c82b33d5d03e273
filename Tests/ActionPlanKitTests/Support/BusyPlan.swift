import Foundation

@testable import ActionPlanKit

/// A plan exercising every field: escapes and non-ASCII text, nulls, costs, reschedules and history.
func busyPlan() throws -> ActionPlan {
    var plan = freshPlan()
    plan.source.authority = "Dudley Metropolitan Borough Council"
    plan.source.judgements = [
        Judgement(area: "Overall effectiveness", grade: "Requires improvement to be good")
    ]
    plan.recommendations[0].text =
        "Ensure the “child’s voice” is heard – see \"section 3\"\\appendix\n\tand 😀 café"
    plan.recommendations[1].section = "LSCB"
    plan.recommendations[1].lead = "NHS Dudley"
    try plan.apply(
        ActionUpdate(owner: "Head of Safeguarding", note: "Lead agreed."), to: ids(1, 2), author: author())
    try plan.apply(
        ActionUpdate(status: .inProgress, measure: "Audit of 40 cases", cost: Money("£12,500.50")),
        to: ids(1),
        author: author("2012-02-01"))
    try plan.apply(
        ActionUpdate(due: CalendarDay(iso: "2012-06-30"), reason: "Supplier delay"), to: ids(2),
        author: author("2012-02-10"))
    try plan.apply(
        ActionUpdate(due: CalendarDay(iso: "2012-09-30")), to: ids(3), author: author("2012-02-11"))
    try plan.apply(
        ActionUpdate(status: .completed, evidence: "Minutes of 3 March"), to: ids(1),
        author: author("2012-03-03"))
    return plan
}
