import Foundation
import Testing

@testable import ActionPlanKit

@Suite("iCalendar export")
struct ICSTests {
    typealias F = ExchangeFixtures

    /// 2026-11-21T20:30:05Z.
    static let stamp = Date(timeIntervalSince1970: 1_795_293_005)

    @Test(
        "text values escape backslash, semicolon, comma and line breaks",
        arguments: [
            ("plain", "Jane Smith", "Jane Smith"),
            ("comma", "Smith, Jane", "Smith\\, Jane"),
            ("semicolon", "a;b", "a\\;b"),
            ("backslash", "C:\\plans", "C:\\\\plans"),
            ("LF", "one\ntwo", "one\\ntwo"),
            ("CRLF", "one\r\ntwo", "one\\ntwo"),
            ("colon is not special in a value", "Due: now", "Due: now"),
            ("control character dropped", "a\u{07}b", "ab"),
            (
                "markup kept as text", "<script>alert(1)</script>, \"Smith\" & Co",
                "<script>alert(1)</script>\\, \"Smith\" & Co"
            ),
        ])
    func escaping(name: String, value: String, escaped: String) {
        #expect(ICSText.escaped(value) == escaped, "case: \(name)")
    }

    @Test(
        "long lines fold at 75 octets without splitting a UTF-8 sequence, and unfold to the original",
        arguments: [
            ("ASCII", "DESCRIPTION:" + String(repeating: "abcdefghij", count: 20)),
            ("two-byte letters", "SUMMARY:" + String(repeating: "é", count: 100)),
            ("three-byte characters", "SUMMARY:" + String(repeating: "東", count: 60)),
            ("four-byte emoji at the boundary", "SUMMARY:" + String(repeating: "x", count: 66) + "🚸🚸🚸"),
            ("exactly 75 octets", String(repeating: "y", count: 75)),
        ])
    func folding(name: String, line: String) {
        let folded = ICSText.folded(line)
        let physical = folded.components(separatedBy: "\r\n")
        for part in physical {
            #expect(part.utf8.count <= 75, "case: \(name): \(part.utf8.count) octets")
            #expect(String(validating: Array(part.utf8), as: UTF8.self) != nil, "case: \(name)")
        }
        #expect(physical.dropFirst().allSatisfy { $0.hasPrefix(" ") }, "case: \(name)")
        #expect(folded.replacingOccurrences(of: "\r\n ", with: "") == line, "case: \(name)")
        #expect((physical.count > 1) == (line.utf8.count > 75), "case: \(name)")
    }

    @Test("the calendar has one all-day event per action with a due date")
    func calendar() throws {
        let text = PlanCalendar.text(of: F.plan, stamp: Self.stamp)
        #expect(
            text.hasPrefix(
                "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//actionplan//Action plan due dates//EN\r\n"))
        #expect(text.contains("\r\nCALSCALE:GREGORIAN\r\n"))
        #expect(text.hasSuffix("\r\nEND:VCALENDAR\r\n"))
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        let lines = text.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n")
        #expect(lines.filter { $0 == "BEGIN:VEVENT" }.count == 3)
        let first = try #require(lines.firstIndex(of: "BEGIN:VEVENT"))
        #expect(
            Array(lines[first..<(first + 10)]) == [
                "BEGIN:VEVENT",
                "UID:cumbria-2013-action-1@actionplan",
                "DTSTAMP:20261121T203005Z",
                "DTSTART;VALUE=DATE:20130604",
                "DTEND;VALUE=DATE:20130605",
                "SEQUENCE:1",
                "SUMMARY:Due: action 1 — ensure that strategy discussions are held promptly",
                "DESCRIPTION:Owner: Head of Safeguarding\\nStatus: in progress\\nRecommendation 1: "
                    + "ensure that strategy discussions are held promptly\\nPlan: cumbria-2013 "
                    + "(Cumbria County Council)",
                "TRANSP:TRANSPARENT",
                "END:VEVENT",
            ])
        #expect(!lines.contains("UID:cumbria-2013-action-4@actionplan"))
    }

    @Test("the UID stays the same when the action changes, so calendars update the event")
    func stableUID() throws {
        var plan = F.plan
        try plan.apply(
            ActionUpdate(owner: "Ravi", due: F.day("2013-12-31"), reason: "later"), to: [ActionID(3)!],
            author: F.author)
        let text = PlanCalendar.text(of: plan, stamp: Self.stamp)
        let lines = text.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n")
        let uid = try #require(lines.firstIndex(of: "UID:cumbria-2013-action-3@actionplan"))
        #expect(lines[uid + 2] == "DTSTART;VALUE=DATE:20131231")
        #expect(lines[uid + 3] == "DTEND;VALUE=DATE:20140101")
        #expect(lines[uid + 4] == "SEQUENCE:1")
    }

    @Test("a long action is shortened in the title at a word, with an ellipsis")
    func summary() {
        let long =
            "ensure that all social workers and managers who undertake child protection work are competent"
        let action = Action(id: ActionID(7)!, action: long)
        #expect(
            PlanCalendar.summary(of: action)
                == "Due: action 7 — ensure that all social workers and managers who undertake…")
    }

    @Test(
        "timestamps are UTC whatever the instant",
        arguments: [
            (0.0, "19700101T000000Z"), (1_795_293_005.9, "20261121T203005Z"),
            (951_782_400, "20000229T000000Z"),
            (-1, "19691231T235959Z"),
        ])
    func timestamp(seconds: Double, text: String) {
        #expect(ICSText.timestamp(Date(timeIntervalSince1970: seconds)) == text)
    }
}
