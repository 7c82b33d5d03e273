import Foundation
import Testing

@testable import ActionPlanKit

@Suite("Fast paths give what the slow ones give")
struct FastPathTests {
    struct Sample: CustomTestStringConvertible, Sendable {
        var name: String
        var text: String
        var testDescription: String { name }
    }

    static let samples = [
        Sample(
            name: "plain ASCII",
            text: "Ensure that all children in need of help receive a timely response from social workers"),
        Sample(
            name: "curly quotes and dashes",
            text: "Improve the child’s “voice” – and the carers’ … in every plan; see p. 12 (Annex B) –"),
        Sample(
            name: "combining accent",
            text: "Cafe\u{301} meetings with the re\u{301}sume\u{301} of every social worker in the team"),
        Sample(
            name: "emoji and flags",
            text: "Celebrate 👍🏽 success 🇬🇧 with the whole team and every partner across the borough"),
        Sample(
            name: "no-break and thin spaces",
            text: "Within\u{A0}three\u{2009}months the board must agree the plan for every child"),
        Sample(
            name: "tabs, newlines and CRLF",
            text: "First line\tof the text\r\nsecond line\nthird   line with   runs of spaces"),
        Sample(name: "one very long word", text: String(repeating: "abcdefghij", count: 14) + " end"),
        Sample(name: "long word with accents", text: "short " + String(repeating: "éèàç", count: 30)),
        Sample(
            name: "ends in punctuation to trim",
            text:
                "Agree the multi-agency plan for every child looked after, including those placed out; (see –"
        ),
        Sample(name: "empty", text: ""),
        Sample(name: "runs of spaces, short", text: "  two  spaces   here "),
        Sample(
            name: "one character words", text: "a b c d e f g h i j k l m n o p q r s t u v w x y z a b c"),
        Sample(
            name: "ends in an en dash",
            text: "Review the plan for every child in care every month – and again –"),
        Sample(name: "control characters", text: "bell\u{7}and\u{7F}delete in a cell of the table"),
        Sample(name: "only spaces", text: "     "),
        Sample(
            name: "plain words, then a combining mark after a space, past any cut",
            text: "Ensure that every child in need receives a timely visit from a social worker \u{301}then"),
        Sample(
            name: "plain words, then a tab and an emoji past any cut",
            text: "Ensure that every child in need receives a timely visit from a social worker\tand 👍🏽 more"),
        Sample(
            name: "a long plain word ending in an accent",
            text: "Ensure " + String(repeating: "abcdefghij", count: 12) + "e\u{301} and the rest"),
    ]

    @Test("wrapping matches the Character version", arguments: samples)
    func wrapping(_ sample: Sample) {
        for width in [1, 5, 12, 20, 37, 90, 200] {
            #expect(
                sample.text.wrapped(to: width) == sample.text.wrappedByCharacters(to: width),
                "width \(width)")
        }
    }

    @Test("a table cell wrapped where it lies matches the Character version", arguments: samples)
    func wrappingInPlace(_ sample: Sample) {
        // The cell sits between two others, so a line taken from the cells' bytes must keep to its own.
        var cells = TextCells()
        cells.cell("before")
        cells.cell(sample.text)
        cells.cell("after")
        for width in [1, 5, 12, 20, 37, 90, 200] {
            var wrapper = TextWrapper()
            let lines = cells.bytes.withUnsafeBufferPointer { bytes in
                let indices = wrapper.wrap(cells.range(of: 1), of: bytes, cells.measures[1], to: width)
                return indices.map { index in
                    let line = wrapper.lines[index]
                    let text =
                        line.inSource
                        ? Array(bytes[line.start..<line.end]) : Array(wrapper.bytes[line.start..<line.end])
                    return (String(decoding: text, as: UTF8.self), line.width)
                }
            }
            // A cell holds its text with control characters as spaces, so a table keeps its rows.
            let expected = TextCells.flattened(sample.text).wrappedByCharacters(to: width)
            #expect(lines.map(\.0) == expected, "width \(width)")
            #expect(lines.map(\.1) == expected.map(\.count), "width \(width)")
        }
    }

    @Test("shortening matches the Character version", arguments: samples)
    func shortening(_ sample: Sample) {
        for limit in [4, 10, 20, 40, 90] {
            #expect(
                sample.text.shortened(to: limit) == sample.text.shortenedByCharacters(to: limit),
                "limit \(limit)")
        }
    }

    @Test("a shortened table cell holds what shortening gives, measured", arguments: samples)
    func shortenedCell(_ sample: Sample) {
        for limit in [4, 10, 20, 40, 90] {
            var cells = TextCells()
            cells.cell(shortening: sample.text, to: limit)
            let expected = TextCells.flattened(sample.text).shortenedByCharacters(to: limit)
            #expect(cells.text(of: 0) == expected, "limit \(limit)")
            #expect(cells.measures[0].width == expected.count, "limit \(limit)")
        }
    }

    @Test("measuring matches the Character version", arguments: samples)
    func counting(_ sample: Sample) {
        let measure = TextMeasure(sample.text)
        let plain = TextMeasure(byCharacters: sample.text)
        #expect(measure.width == plain.width)
        #expect(measure.longestWord == plain.longestWord)
        #expect(plain.width == sample.text.count, "the plain version counts characters")
    }

    @Test(
        "a day written as bytes matches its description",
        arguments: ["0001-01-01", "0999-12-31", "2012-02-29", "2099-10-05"])
    func isoText(_ text: String) throws {
        let day = try #require(CalendarDay(iso: text))
        #expect(day.isoText == day.description)
        #expect(day.isoText == text)
    }

    /// The plan as of `day` the long way: back to the plan as generated, then every change up to `day`.
    private func replayed(_ plan: ActionPlan, on day: CalendarDay) -> ActionPlan {
        var result = plan.asGenerated
        for index in result.actions.indices {
            for entry in plan.actions[index].history where entry.on <= day {
                for change in entry.changes { result.actions[index].set(change.field, to: change.to) }
                result.actions[index].history.append(entry)
            }
        }
        result.revision = result.actions.flatMap(\.history).map(\.revision).max() ?? 0
        return result
    }

    @Test(
        "as-of on and after the last change is the replayed plan",
        arguments: ["2012-03-03", "2012-02-10", "2012-01-01", "2030-01-01"])
    func asOfMatchesReplay(_ day: String) throws {
        let plan = try busyPlan()
        let day = CalendarDay(iso: day)!
        #expect(plan.asOf(day) == replayed(plan, on: day))
    }

    @Test("a field edited by hand behind the history's back is still replayed from the history")
    func handEditedFieldIsReplayed() throws {
        var plan = try busyPlan()
        plan.actions[0].status = .blocked
        plan.actions[1].originalDue = CalendarDay(iso: "2099-01-01")
        let day = CalendarDay(iso: "2030-01-01")!
        let asOf = plan.asOf(day)
        #expect(asOf == replayed(plan, on: day))
        #expect(asOf.actions[0].status == .completed)
    }
}
