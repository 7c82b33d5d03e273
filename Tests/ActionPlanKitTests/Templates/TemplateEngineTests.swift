import ActionPlanKit
import Testing

/// Renders one template source with `data`, no partials, escaping as asked.
private func render(
    _ source: String, _ data: TemplateValue, escaping: TemplateEscaping = .none,
    partials: [String: String] = [:]
) throws -> String {
    var sources = partials
    sources["main"] = source
    return try TemplateSet(sources, escaping: escaping).render("main", with: data)
}

struct TemplateRenderingCase: CustomTestStringConvertible, Sendable {
    var name: String
    var source: String
    var data: TemplateValue
    var expected: String
    var testDescription: String { name }
}

private let data: TemplateValue = [
    "title": "Plan", "empty": "", "yes": true, "no": false, "none": .null,
    "plan": ["name": "dudley", "authority": ["short": "Dudley"]],
    "items": [["id": "1", "owner": "Ann"], ["id": "2"]],
    "nothing": [], "words": ["a", "b", "c"],
]

@Suite struct TemplateEngineTests {
    static let renderingCases: [TemplateRenderingCase] = [
        .init(name: "plain text passes through", source: "no tags\n", data: data, expected: "no tags\n"),
        .init(name: "variable", source: "# {{title}}!", data: data, expected: "# Plan!"),
        .init(name: "blanks inside a tag", source: "{{  title  }}", data: data, expected: "Plan"),
        .init(name: "missing name prints nothing", source: "[{{missing}}]", data: data, expected: "[]"),
        .init(name: "null prints nothing", source: "[{{none}}]", data: data, expected: "[]"),
        .init(name: "flag prints as a word", source: "{{yes}}/{{no}}", data: data, expected: "true/false"),
        .init(name: "dotted name", source: "{{plan.authority.short}}", data: data, expected: "Dudley"),
        .init(name: "dotted name, missing tail", source: "[{{plan.nope.x}}]", data: data, expected: "[]"),
        .init(
            name: "section over a list", source: "{{#items}}<{{id}}>{{/items}}", data: data,
            expected: "<1><2>"),
        .init(
            name: "inner names fall back to outer contexts", source: "{{#items}}{{id}}:{{title}} {{/items}}",
            data: data, expected: "1:Plan 2:Plan "),
        .init(
            name: "inner context hides outer", source: "{{#items}}{{owner}},{{/items}}",
            data: ["owner": "Outer", "items": [["owner": "Ann"], ["id": "2"]]], expected: "Ann,Outer,"),
        .init(name: "current item", source: "{{#words}}{{.}}{{/words}}", data: data, expected: "abc"),
        .init(name: "section over true", source: "{{#yes}}shown{{/yes}}", data: data, expected: "shown"),
        .init(name: "section over false", source: "{{#no}}shown{{/no}}", data: data, expected: ""),
        .init(
            name: "section over an empty list", source: "{{#nothing}}x{{/nothing}}", data: data, expected: ""),
        .init(name: "section over empty text", source: "{{#empty}}x{{/empty}}", data: data, expected: ""),
        .init(
            name: "section over an object", source: "{{#plan}}{{name}}{{/plan}}", data: data,
            expected: "dudley"),
        .init(
            name: "section over text", source: "{{#title}}[{{.}}]{{/title}}", data: data, expected: "[Plan]"),
        .init(
            name: "dotted section", source: "{{#plan.authority}}{{short}}{{/plan.authority}}", data: data,
            expected: "Dudley"),
        .init(name: "inverted over false", source: "{{^no}}none{{/no}}", data: data, expected: "none"),
        .init(
            name: "inverted over empty list", source: "{{^nothing}}none{{/nothing}}", data: data,
            expected: "none"),
        .init(
            name: "inverted over missing", source: "{{^missing}}none{{/missing}}", data: data,
            expected: "none"),
        .init(name: "inverted over a list", source: "{{^items}}none{{/items}}", data: data, expected: ""),
        .init(name: "comment", source: "a{{! anything } at all }}b", data: data, expected: "ab"),
        .init(
            name: "comment over several lines holding braces", source: "a\n{{! one {{x}\n two }}\nb",
            data: data,
            expected: "a\nb"),
        .init(
            name: "standalone section lines leave no blank lines",
            source: "start\n{{#items}}\n- {{id}}\n{{/items}}\nend\n", data: data,
            expected: "start\n- 1\n- 2\nend\n"),
        .init(
            name: "indented standalone tags", source: "start\n  {{#yes}}  \n  in\n  {{/yes}}\nend",
            data: data,
            expected: "start\n  in\nend"),
        .init(
            name: "standalone comment line", source: "a\n  {{! note }}\nb\n", data: data, expected: "a\nb\n"),
        .init(
            name: "standalone tag on the last line", source: "a\n{{#yes}}b{{/yes}}\n{{! end }}", data: data,
            expected: "a\nb\n"),
        .init(
            name: "two tags on a line are not standalone", source: "{{#yes}}{{/yes}}\nx", data: data,
            expected: "\nx"),
        .init(
            name: "text beside a tag is kept", source: "a {{#yes}}\nb{{/yes}} c", data: data,
            expected: "a \nb c"),
        .init(
            name: "variable lines are never standalone", source: "{{none}}\nx", data: data, expected: "\nx"),
        .init(
            name: "CRLF line ends", source: "a\r\n{{#yes}}\r\nb\r\n{{/yes}}\r\n", data: data,
            expected: "a\r\nb\r\n"),
    ]

    @Test("Rendering", arguments: renderingCases)
    func rendering(_ example: TemplateRenderingCase) throws {
        #expect(try render(example.source, example.data) == example.expected)
    }

    @Test func partialsSeeTheCallersContextAndCanNest() throws {
        let partials = ["row": "{{id}}{{> mark}}\n", "mark": "{{#owner}}*{{/owner}}"]
        let output = try render("{{#items}}\n{{> row}}\n{{/items}}\n", data, partials: partials)
        #expect(output == "1*\n2\n")
    }

    @Test func standalonePartialLineLeavesNoBlankLine() throws {
        let output = try render("a\n  {{> p}}\nb\n", data, partials: ["p": "P\n"])
        #expect(output == "a\nP\nb\n")
    }

    @Test func onlyTheTemplatesARootIncludesAreParsed() throws {
        let sources = ["main": "[{{> a}}]", "a": "A{{> b}}", "b": "B", "broken": "{{#x}}"]
        let templates = try TemplateSet(sources, roots: ["main"], escaping: .none)
        #expect(try templates.render("main", with: data) == "[AB]")
        let error = #expect(throws: TemplateError.self) {
            try TemplateSet(sources, roots: ["main", "broken"], escaping: .none)
        }
        #expect(error?.template == "broken")
        #expect(error?.kind == .unclosedSection("x"))
    }

    @Test func aMissingPartialIsReportedWhereItIsIncluded() throws {
        let sources = ["main": "{{> a}}", "a": "x\n  {{> gone}}"]
        let error = #expect(throws: TemplateError.self) {
            try TemplateSet(sources, roots: ["main"], escaping: .none)
        }
        #expect(error?.template == "a")
        #expect(error?.line == 2)
        #expect(error?.column == 3)
        #expect(error?.kind == .unknownPartial("gone"))
    }

    @Test func aPartialIncludingItselfStopsWithAnError() throws {
        #expect(throws: TemplateError.self) {
            try render("{{> loop}}", data, partials: ["loop": "x{{> loop}}"])
        }
    }

    @Test(
        "Escaping",
        arguments: [
            (
                TemplateEscaping.html, #"<script>alert(1)</script>, "Smith" & Co's"#,
                "&lt;script&gt;alert(1)&lt;/script&gt;, &quot;Smith&quot; &amp; Co&#39;s"
            ),
            (.none, #"<b> & "x""#, #"<b> & "x""#),
            (.markdown, "a | b", #"a \| b"#),
            (.markdown, "<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
            (
                .markdown, "*bold* _it_ `code` [link](x) ~del~ back\\slash",
                #"\*bold\* \_it\_ \`code\` \[link\](x) \~del\~ back\\slash"#
            ),
            (.markdown, "Smith & Co &amp; &#39;", "Smith & Co &amp;amp; &amp;#39;"),
            (.markdown, "line one\nline two\r\nthree", "line one line two three"),
            (.markdown, "# not a heading", ##"\# not a heading"##),
            (.markdown, "- not a list", #"\- not a list"#),
            (.markdown, "1. not a list", #"1\. not a list"#),
            (.markdown, "2013-04-01", "2013-04-01"),
            (.markdown, "Café & Co &é; &😀 12) done", "Café & Co &amp;é; &😀 12) done"),
            (.markdown, "1) — «rapport» [1]\r", #"1\) — «rapport» \[1\] "#),
            (.markdown, "=SUM(A1) ends with &", #"\=SUM(A1) ends with &"#),
            (.markdown, "v1.2 - draft, 3 p.m. + tea = 10)", "v1.2 - draft, 3 p.m. + tea = 10)"),
            (.markdown, "12.5% done", #"12\.5% done"#),
            (.markdown, "Café_menu: ends with *", #"Café\_menu: ends with \*"#),
            (.markdown, "\nstarts\n\nwith breaks\r\n", " starts  with breaks "),
            (.markdown, "", ""),
        ])
    func escaping(_ escaping: TemplateEscaping, _ value: String, _ expected: String) throws {
        #expect(try render("{{v}}", ["v": .text(value)], escaping: escaping) == expected)
        #expect(
            try render("{{#s}}{{v}}{{/s}}", ["s": true, "v": .text(value)], escaping: escaping) == expected)
    }

    /// Each character an escaping changes, alone in the middle of a value, with what it becomes; and
    /// characters that change only elsewhere (Markdown's block openers, at the start) staying as they are.
    @Test(
        "Each character escaped on its own",
        arguments: [
            (TemplateEscaping.markdown, "\\", #"\\"#), (.markdown, "`", #"\`"#), (.markdown, "*", #"\*"#),
            (.markdown, "_", #"\_"#), (.markdown, "[", #"\["#), (.markdown, "]", #"\]"#),
            (.markdown, "|", #"\|"#),
            (.markdown, "~", #"\~"#), (.markdown, "<", "&lt;"), (.markdown, ">", "&gt;"),
            (.markdown, "&x", "&amp;x"),
            (.markdown, "& ", "& "), (.markdown, "\n", " "), (.markdown, "\r", " "), (.markdown, "\r\n", " "),
            (.markdown, "#", "#"), (.markdown, "-", "-"), (.markdown, "+", "+"), (.markdown, "=", "="),
            (.markdown, ".", "."), (.markdown, ")", ")"), (.markdown, "é", "é"), (.html, "&", "&amp;"),
            (.html, "<", "&lt;"), (.html, ">", "&gt;"), (.html, "\"", "&quot;"), (.html, "'", "&#39;"),
            (.html, "é|*\n", "é|*\n"),
        ])
    func eachCharacter(_ escaping: TemplateEscaping, _ character: String, _ expected: String) throws {
        let output = try render("{{v}}", ["v": .text("a" + character + "b")], escaping: escaping)
        #expect(output == "a" + expected + "b")
    }

    @Test func templateTextIsNeverEscaped() throws {
        #expect(try render("<b>{{v}}</b> & more", ["v": "<i>"], escaping: .html) == "<b>&lt;i&gt;</b> & more")
    }

    struct ErrorCase: CustomTestStringConvertible, Sendable {
        var name: String
        var source: String
        var line: Int
        var column: Int
        var kind: TemplateError.Kind
        var testDescription: String { name }
    }

    static let errorCases: [ErrorCase] = [
        .init(
            name: "unclosed section", source: "a\n  {{#items}}\nb", line: 2, column: 3,
            kind: .unclosedSection("items")),
        .init(
            name: "unclosed inner section", source: "{{#a}}\n{{#b}}x\n{{/a}}", line: 3, column: 1,
            kind: .mismatchedClose(expected: "b", found: "a")),
        .init(
            name: "close with nothing open", source: "x\nyz {{/items}}", line: 2, column: 4,
            kind: .mismatchedClose(expected: nil, found: "items")),
        .init(
            name: "mismatched close", source: "{{#a}}\n\n   {{/b}}", line: 3, column: 4,
            kind: .mismatchedClose(expected: "a", found: "b")),
        .init(
            name: "unknown partial", source: "one\ntwo {{> nowhere}}", line: 2, column: 5,
            kind: .unknownPartial("nowhere")),
        .init(
            name: "unterminated tag", source: "ab\ncd {{name\nmore", line: 2, column: 4,
            kind: .badTag("'{{' is never closed by '}}'")),
        .init(name: "empty tag", source: "x{{}}", line: 1, column: 2, kind: .badTag("the tag names nothing")),
        .init(
            name: "empty section name", source: "{{# }}", line: 1, column: 1,
            kind: .badTag("the tag names nothing")),
        .init(
            name: "space inside a name", source: "{{a b}}", line: 1, column: 1,
            kind: .badTag("'a b' is not a name (letters, digits, '_', '-', dots between)")),
        .init(
            name: "doubled dot", source: "{{a..b}}", line: 1, column: 1,
            kind: .badTag("'a..b' is not a name (letters, digits, '_', '-', dots between)")),
        .init(
            name: "unescaped triple", source: "é {{{raw}}}", line: 1, column: 3,
            kind: .badTag("unescaped output ('{{{') is not supported; values are always escaped")),
        .init(
            name: "unescaped ampersand", source: "{{& raw}}", line: 1, column: 1,
            kind: .badTag("unescaped output ('{{&') is not supported; values are always escaped")),
        .init(
            name: "set delimiters", source: "{{=<% %>=}}", line: 1, column: 1,
            kind: .badTag("changing delimiters ('{{=') is not supported")),
    ]

    @Test("Errors name the template, line and column", arguments: errorCases)
    func errors(_ example: ErrorCase) throws {
        let error = #expect(throws: TemplateError.self) { try render(example.source, data) }
        #expect(error?.template == "main")
        #expect(error?.line == example.line)
        #expect(error?.column == example.column)
        #expect(error?.kind == example.kind)
        #expect(error?.description.hasPrefix("main:\(example.line):\(example.column): ") == true)
    }
}
