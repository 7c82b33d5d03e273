import Foundation
import Testing

@testable import ActionPlanKit

@Suite("JSON written as bytes is what JSONEncoder writes")
struct JSONWriterTests {
    /// What `JSONEncoder` writes for `value`, in the form the reports use.
    private func encoded(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }

    private struct Sample: Encodable {
        var empty: [String] = []
        var list = ["one", "two"]
        var nested: [String: [Int]] = ["a": [1, -2], "b": []]
        var none: String? = nil
        var text: String

        private enum Keys: String, CodingKey { case empty, list, nested, none, text }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(empty, forKey: .empty)
            try container.encode(list, forKey: .list)
            try container.encode(nested, forKey: .nested)
            try container.encode(none, forKey: .none)
            try container.encode(text, forKey: .text)
        }
    }

    private func written(_ text: String) -> String {
        var writer = JSONWriter()
        writer.object { object in
            object.member("empty")
            object.array { _ in }
            object.member("list")
            object.array { list in
                for word in ["one", "two"] {
                    list.element()
                    list.scalar(.string(word))
                }
            }
            object.member("nested")
            object.object { nested in
                nested.member("a")
                nested.array { list in
                    for number in [1, -2] {
                        list.element()
                        list.scalar(.number(number))
                    }
                }
                nested.member("b")
                nested.array { _ in }
            }
            object.member("none", .optional(nil as String?))
            object.member("text", .string(text))
        }
        return writer.text()
    }

    @Test("every ASCII byte, quotes, slashes and non-ASCII text are escaped as JSONEncoder escapes them")
    func escaping() throws {
        var text = String(decoding: (0..<128).map { UInt8($0) }, as: UTF8.self)
        text += " / é ’ — \u{2028}\u{2029}\u{FEFF} 👍🏽 Cafe\u{301} <script>\"Smith\" & Co</script>"
        #expect(written(text) == (try encoded(Sample(text: text))))
    }

    @Test("empty arrays, nested objects and null are laid out as JSONEncoder lays them out")
    func layout() throws {
        #expect(written("plain") == (try encoded(Sample(text: "plain"))))
    }

    @Test("the overdue report's JSON parses and carries every overdue action of every plan")
    func overdueDocument() throws {
        let plans = [SamplePlans.dudley, SamplePlans.sutton, SamplePlans.hostile("<b>\"Smith\" & Co\n</b>")]
        let report = OverdueReport(plans: plans, asOf: SamplePlans.day("2013-06-01"), byOwner: true)
        #expect(report.overdue.count > 5)
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(report.json().utf8)) as? [String: Any])
        let listed = (object["plans"] as? [[String: Any]] ?? []).flatMap {
            ($0["overdue"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        }
        #expect(listed.count == report.overdue.count)
        #expect((object["summary"] as? [String: Any])?["overdue"] as? Int == report.overdue.count)
        let owned = (object["owners"] as? [[String: Any]] ?? []).flatMap { $0["overdue"] as? [Any] ?? [] }
        #expect(owned.count == report.overdue.count)
    }
}
