import Foundation

/// A plan's due dates as an iCalendar file (RFC 5545) for Outlook, Google Calendar and Apple Calendar.
///
/// Each action with a due date becomes an all-day event on that day. Its `UID` is built from the plan's
/// name and the action's ID, so importing a later export updates the events rather than duplicating them.
public enum PlanCalendar {
    /// The longest action wording shown in full in an event's title.
    static let summaryLength = 60

    /// The calendar as text with CRLF line ends and lines folded at 75 octets.
    ///
    /// - Parameters:
    ///   - plan: The plan.
    ///   - stamp: When the file is written (`DTSTAMP`); passed in so the output is reproducible.
    public static func text(of plan: ActionPlan, stamp: Date) -> String {
        var lines = [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//actionplan//Action plan due dates//EN",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "X-WR-CALNAME:" + ICSText.escaped("Action plan: \(plan.name)"),
        ]
        let stampText = ICSText.timestamp(stamp)
        for action in plan.actions {
            guard let due = action.due else { continue }
            lines += [
                "BEGIN:VEVENT",
                "UID:\(plan.name)-action-\(action.id)@actionplan",
                "DTSTAMP:\(stampText)",
                "DTSTART;VALUE=DATE:\(ICSText.date(due))",
                "DTEND;VALUE=DATE:\(ICSText.date(due.adding(days: 1)))",
                "SEQUENCE:\(action.history.count)",
                "SUMMARY:" + ICSText.escaped(summary(of: action)),
                "DESCRIPTION:" + ICSText.escaped(description(of: action, in: plan)),
                // A due date is a reminder, not a meeting: it must not show the officer as busy.
                "TRANSP:TRANSPARENT",
                "END:VEVENT",
            ]
        }
        lines.append("END:VCALENDAR")
        return lines.map { ICSText.folded($0) + "\r\n" }.joined()
    }

    /// The calendar as the bytes of an `.ics` file (UTF-8, no byte order mark).
    public static func data(of plan: ActionPlan, stamp: Date) -> Data {
        Data(text(of: plan, stamp: stamp).utf8)
    }

    /// The event's title: `Due: action 3 — Ensure that …`, the wording cut at a word near 60 characters.
    static func summary(of action: Action) -> String {
        "Due: action \(action.id) — " + shortened(action.action, to: summaryLength)
    }

    /// The event's body: owner, status and the recommendation it answers.
    static func description(of action: Action, in plan: ActionPlan) -> String {
        var lines = [
            "Owner: \(action.owner ?? "not assigned")",
            "Status: \(action.status.label)",
        ]
        let recommendation = plan.recommendation(of: action)
        if action.action != recommendation.text { lines.append("Action: \(action.action)") }
        lines.append("Recommendation \(recommendation.reportNumber): \(recommendation.text)")
        let authority = plan.source.authority.map { " (\($0))" } ?? ""
        lines.append("Plan: \(plan.name)\(authority)")
        return lines.joined(separator: "\n")
    }

    /// `text` cut to at most `limit` characters at a word boundary, with an ellipsis when cut.
    static func shortened(_ text: String, to limit: Int) -> String {
        // Only the first `limit + 1` characters matter, so a long text is never walked to its end.
        let head = text.prefix(limit + 1).map { $0.isNewline ? " " : $0 }
        guard head.count > limit else { return String(head) }
        var cut = head.prefix(limit - 1)
        if let space = cut.lastIndex(of: " ") { cut = cut[..<space] }
        while let last = cut.last, last.isWhitespace || last.isPunctuation { cut = cut.dropLast() }
        return String(cut) + "…"
    }
}
