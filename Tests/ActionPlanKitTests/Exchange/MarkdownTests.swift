import Foundation
import Testing

@testable import ActionPlanKit

@Suite("Markdown export")
struct MarkdownTests {
    typealias F = ExchangeFixtures

    @Test(
        "cell values are escaped so they cannot break the table or inject markup",
        arguments: [
            ("plain", "Jane Smith", "Jane Smith"),
            ("pipe", "a | b", "a \\| b"),
            (
                "markup", "<script>alert(1)</script>, \"Smith\" & Co",
                "&lt;script&gt;alert(1)&lt;/script&gt;, \"Smith\" &amp; Co"
            ),
            ("emphasis and code", "*bold* _it_ `code`", "\\*bold\\* \\_it\\_ \\`code\\`"),
            ("link", "[x](http://e.g)", "\\[x\\](http://e.g)"),
            ("line breaks", "one\ntwo\r\nthree", "one<br>two<br>three"),
            ("backslash", "a\\b", "a\\\\b"),
            ("surrounding space", "  x  ", "x"),
        ])
    func escaping(name: String, value: String, escaped: String) {
        #expect(PlanMarkdown.escaped(value) == escaped, "case: \(name)")
    }

    @Test("the table has a header, a rule and one row per action, each with the same number of cells")
    func table() throws {
        var plan = F.plan
        plan.actions[2].owner = "Smith | Jones\nand <b>Co</b>"
        let text = PlanMarkdown.text(of: plan, asOf: F.today)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[0] == "# Action plan: Cumbria County Council")
        #expect(lines[2] == "Ofsted inspection. As at 1 July 2013.")
        #expect(lines[4] == "| ID | No. | Section | Action | Lead/Owner | Due | Status | RAG | Progress |")
        #expect(lines[5] == "| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
        #expect(
            lines[6]
                == "| 1 | 1 |  | ensure that strategy discussions are held promptly | Head of Safeguarding | "
                + "4 June 2013 | in progress | Red: 27 days overdue (due 4 June 2013) | "
                + "Strategy meetings now daily |"
        )
        let rows = lines.filter { $0.hasPrefix("|") }
        #expect(rows.count == 6)
        for row in rows {
            #expect(cellCount(row) == 9, "row: \(row)")
        }
        #expect(text.contains("| Smith \\| Jones<br>and &lt;b&gt;Co&lt;/b&gt; |"))
        #expect(text.hasSuffix("|\n"))
    }

    /// The number of cells in a table row: the pipes not escaped with a backslash, less one.
    private func cellCount(_ row: Substring) -> Int {
        var pipes = 0
        var escaped = false
        for character in row {
            if character == "|" && !escaped { pipes += 1 }
            escaped = character == "\\" && !escaped
        }
        return pipes - 1
    }
}
