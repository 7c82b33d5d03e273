import ActionPlanKit
import Testing

/// Rows as a report gives them: an ID, an owner on two rows in three, the plan's name from outside.
private func rows(_ numbers: ClosedRange<Int>) -> TemplateValue {
    .list(
        numbers.map { number in
            number % 3 == 0
                ? ["id": .text(String(number))]
                : ["id": .text(String(number)), "owner": .text("Owner_\(number % 7)")]
        })
}

/// The row template's line for row `number`, written out by hand as a reader would expect it.
private func rowLine(_ number: Int) -> String {
    "| \(number) | \(number % 3 == 0 ? "—" : #"Owner\_\#(number % 7)"#) | dudley |\n"
}

private let rowSource =
    "{{#rows}}\n| {{id}} | {{#owner}}{{.}}{{/owner}}{{^owner}}—{{/owner}} | {{plan}} |\n{{/rows}}\n"

/// Lists long enough to be rendered in runs on several cores must read as if rendered one item at a
/// time: same order, same outer names, the same first error.
@Suite struct TemplateLongListTests {
    @Test("A list renders every item in order, however long", arguments: [1, 255, 256, 511, 512, 1000, 5003])
    func everyItemInOrder(count: Int) throws {
        let templates = try TemplateSet(["main": rowSource], escaping: .markdown)
        let data: TemplateValue = ["plan": "dudley", "rows": rows(1...count)]
        let expected = (1...count).map(rowLine).joined()
        #expect(try templates.render("main", with: data) == expected)
        // As UTF-8, in runs none of which is empty, that follow one another.
        let runs = try templates.renderUTF8("main", with: data)
        #expect(runs.allSatisfy { !$0.isEmpty })
        #expect(String(decoding: Array(runs.joined()), as: UTF8.self) == expected)
    }

    @Test func longListsInsideALongList() throws {
        let source = "{{#groups}}\n## {{name}}\n{{> rows}}\n{{/groups}}\n"
        let templates = try TemplateSet(["main": source, "rows": rowSource], escaping: .markdown)
        // The first and the last of 600 groups hold 700 rows each; the others one row.
        let groups: [TemplateValue] = (1...600).map { group in
            [
                "name": .text("Group \(group)"),
                "rows": group == 1 || group == 600 ? rows(1...700) : rows(group...group),
            ]
        }
        let output = try templates.render("main", with: ["plan": "dudley", "groups": .list(groups)])
        let expected = (1...600).map { group in
            "## Group \(group)\n"
                + (group == 1 || group == 600 ? (1...700).map(rowLine).joined() : rowLine(group))
        }
        #expect(output == expected.joined())
    }

    struct FailureCase: CustomTestStringConvertible, Sendable {
        var name: String
        /// The 1-based items that fail, each with the partial (including itself) that makes it fail.
        var failing: [Int: String]
        var template: String
        var line: Int
        var column: Int
        var testDescription: String { name }
    }

    static let failureCases: [FailureCase] = [
        .init(
            name: "one item, late in the list", failing: [900: "loopB"], template: "loopB", line: 2, column: 3
        ),
        .init(
            name: "the earlier of two in different runs", failing: [700: "loopA", 900: "loopB"],
            template: "loopA", line: 1, column: 1),
        .init(
            name: "the earlier of two in the same run", failing: [10: "loopB", 200: "loopA"],
            template: "loopB", line: 2, column: 3),
        .init(
            name: "the first and the last", failing: [1: "loopA", 1000: "loopB"], template: "loopA", line: 1,
            column: 1),
    ]

    @Test("The first failing item in list order is reported", arguments: failureCases)
    func firstFailingItem(_ example: FailureCase) throws {
        let sources = [
            "main": "{{#items}}{{id}}{{#a}}{{> loopA}}{{/a}}{{#b}}{{> loopB}}{{/b}}\n{{/items}}",
            "loopA": "{{> loopA}}", "loopB": "x\n  {{> loopB}}",
        ]
        let items: [TemplateValue] = (1...1000).map { number in
            switch example.failing[number] {
            case "loopA": ["id": .text(String(number)), "a": true]
            case "loopB": ["id": .text(String(number)), "b": true]
            default: ["id": .text(String(number))]
            }
        }
        let templates = try TemplateSet(sources, escaping: .none)
        let error = #expect(throws: TemplateError.self) {
            try templates.render("main", with: ["items": .list(items)])
        }
        #expect(error?.template == example.template)
        #expect(error?.line == example.line)
        #expect(error?.column == example.column)
        #expect(error?.kind == .partialsTooDeep(example.template))
    }
}
