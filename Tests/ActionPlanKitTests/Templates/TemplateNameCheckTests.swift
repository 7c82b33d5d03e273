import Testing

@testable import ActionPlanKit

/// A user's template that names something the report does not offer is refused when it is loaded,
/// naming the line and column, instead of rendering as empty text.
@Suite struct TemplateNameCheckTests {
    static let report = OverdueReport(plans: [SamplePlans.dudley], asOf: SamplePlans.day("2013-04-01"))
    static let progress = ProgressReport(plan: SamplePlans.dudley, asOf: SamplePlans.day("2013-04-01"))

    struct Misspelling: CustomTestStringConvertible, Sendable {
        var name: String
        var template: String
        var expected: String
        var testDescription: String { name }
    }

    static let misspellings: [Misspelling] = [
        .init(
            name: "misspelt variable", template: "# {{title}}\n\nAs at {{asof}}\n",
            expected: "--template:3:7: the report has no value named 'asof' here; did you mean 'asOf'?"),
        .init(
            name: "misspelt section", template: "{{#overdu.rows}}\n{{id}}\n{{/overdu.rows}}\n",
            expected: "--template:1:1: the report has no value named 'overdu' here; did you mean 'overdue'?"),
        .init(
            name: "misspelt inverted section", template: "{{^noOwnr.any}}none{{/noOwnr.any}}",
            expected: "--template:1:1: the report has no value named 'noOwnr' here; did you mean 'noOwner'?"),
        .init(
            name: "misspelt field after a dot", template: "{{#overdue.rws}}{{id}}{{/overdue.rws}}",
            expected: "--template:1:1: 'overdue' has no field 'rws'; did you mean 'overdue.rows'?"),
        .init(
            name: "misspelt variable inside a row",
            template: "{{#overdue.rows}}\n  {{id}} {{ownr}}\n{{/overdue.rows}}",
            expected: "--template:2:10: the report has no value named 'ownr' here; did you mean 'owner'?"),
        .init(
            name: "a row's field used outside its rows", template: "{{title}}: {{ragReason}}",
            expected:
                "--template:1:12: the report has no value named 'ragReason' here; Templates/README.md lists the names"
        ),
        .init(
            name: "a field of text", template: "{{title.length}}",
            expected: "--template:1:1: 'title' has no field 'length'; Templates/README.md lists the names"),
    ]

    @Test("A misspelt name is an error at load time", arguments: misspellings)
    func misspeltName(_ misspelling: Misspelling) throws {
        for format in [OutputFormat.markdown, .html] {
            let error = #expect(throws: TemplateError.self) {
                try TemplateNameCheckTests.report.render(
                    RenderOptions(format: format, template: misspelling.template))
            }
            #expect(error?.description == misspelling.expected)
        }
    }

    @Test func namesFromOuterScopesAndPartialsAreAccepted() throws {
        let output = try TemplateNameCheckTests.report.render(
            RenderOptions(
                format: .markdown,
                template:
                    "{{#overdue.rows}}{{id}} {{title}} {{.}}{{/overdue.rows}}{{#chart}}{{width}}{{/chart}}"
                    + "\n{{#overdue}}{{> overdue-table.md}}{{/overdue}}"))
        #expect(output.contains("Overdue"))
    }

    @Test func aPartialIsCheckedWhereItIsIncluded() throws {
        // The built-in table reads a row's fields: included outside the rows it names nothing it can see.
        let error = #expect(throws: TemplateError.self) {
            try TemplateNameCheckTests.report.render(
                RenderOptions(format: .markdown, template: "{{#rag}}{{> action-table.md}}{{/rag}}"))
        }
        #expect(error?.template == "action-table.md")
    }

    struct BuiltIn: CustomTestStringConvertible, Sendable {
        var template: String
        var shape: TemplateShape
        var testDescription: String { template }
    }

    static let builtIns: [BuiltIn] = [
        .init(template: "overdue.md", shape: OverdueReport.templateFields.shape),
        .init(template: "overdue.html", shape: OverdueReport.templateFields.shape),
        .init(template: "progress.md", shape: ProgressReport.templateFields.shape),
        .init(template: "progress.html", shape: ProgressReport.templateFields.shape),
    ]

    /// The built-in templates use every kind of name; if a view stops declaring one they use, this fails.
    @Test("Each built-in template uses only names its report declares", arguments: builtIns)
    func builtInTemplateChecks(_ builtIn: BuiltIn) throws {
        let suffix = builtIn.template.hasSuffix(".md") ? ".md" : ".html"
        let templates = try TemplateSet(
            DefaultTemplates.all.filter { $0.key.hasSuffix(suffix) },
            escaping: suffix == ".md" ? .markdown : .html)
        try templates.check(builtIn.template, against: builtIn.shape)
    }

    @Test func theValuesGivenAreTheNamesDeclared() throws {
        let line = try #require(TemplateNameCheckTests.report.overdue.first)
        let value = ActionLine.templateFields.value(line)
        for name in ActionLine.templateFields.shape.names {
            #expect(value[name] != nil, "\(name) is declared but gives no value")
        }
        #expect(value["owner"] == .optional(line.action.owner))
        #expect(value["no-such-name"] == nil)
    }
}
