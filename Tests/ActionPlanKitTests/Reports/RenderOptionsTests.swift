import ActionPlanKit
import Testing

/// What the options change: width, colour, and a user's template in place of the built-in one.
@Suite struct RenderOptionsTests {
    static let report = OverdueReport(plans: [SamplePlans.dudley], asOf: SamplePlans.day("2013-04-01"))
    static let progress = ProgressReport(plan: SamplePlans.dudley, asOf: SamplePlans.day("2013-04-01"))

    @Test("Text fits the width", arguments: [60, 80, 100, 140])
    func textFitsTheWidth(_ width: Int) throws {
        for output in [
            try RenderOptionsTests.report.render(RenderOptions(format: .text, width: width)),
            try RenderOptionsTests.progress.render(RenderOptions(format: .text, width: width)),
        ] {
            let widest = output.split(separator: "\n").map(\.count).max() ?? 0
            #expect(widest <= width, "widest line \(widest) at width \(width)")
        }
    }

    @Test func textHasANSIColourOnlyWhenAskedFor() throws {
        let plain = try RenderOptionsTests.report.render(RenderOptions(format: .text, colour: false))
        let coloured = try RenderOptionsTests.report.render(RenderOptions(format: .text, colour: true))
        #expect(!plain.contains("\u{1B}["))
        #expect(coloured.contains("\u{1B}[31mRed\u{1B}[0m"))
        let stripped = coloured.replacing(/\x{1B}\[[0-9]+m/, with: "")
        #expect(stripped == plain, "colour changes nothing but the escape codes")
    }

    @Test("A user's template replaces the built-in one", arguments: [OutputFormat.markdown, .html])
    func userTemplate(_ format: OutputFormat) throws {
        let template = "{{#overdue.rows}}{{id}}={{owner}};{{/overdue.rows}}\n{{> style.html}}"
        let source = format == .html ? template : template.replacing("{{> style.html}}", with: "")
        let output = try RenderOptionsTests.report.render(RenderOptions(format: format, template: source))
        #expect(output.hasPrefix("7=;2=Principal Social Worker;3=NHS Dudley;8=Head of Safeguarding;\n"))
        if format == .html { #expect(output.contains("@page { size: A4 landscape")) }
    }

    @Test func aUserTemplateForProgressSeesTheProgressData() throws {
        let output = try RenderOptionsTests.progress.render(
            RenderOptions(
                format: .markdown,
                template:
                    "{{name}}: {{percentComplete}}%{{#sections}}{{#groups}} [{{heading}}]{{/groups}}{{/sections}}"
            ))
        #expect(output.hasPrefix("dudley-2012: 13% [Recommendation 1: immediately]"))
    }

    @Test func aBrokenUserTemplateIsReportedByLineAndColumn() throws {
        let error = #expect(throws: TemplateError.self) {
            try RenderOptionsTests.report.render(
                RenderOptions(
                    format: .html, template: "<h1>{{title}}</h1>\n{{#overdue.rows}}\n<p>{{id}}</p>\n"))
        }
        #expect(
            error?.description
                == "--template:2:1: section 'overdue.rows' is never closed; add {{/overdue.rows}}")
    }

    @Test("Formats laid out in code refuse a template", arguments: [OutputFormat.text, .csv, .json])
    func templateRefused(_ format: OutputFormat) throws {
        let error = #expect(throws: TemplateError.self) {
            try RenderOptionsTests.report.render(RenderOptions(format: format, template: "{{title}}"))
        }
        #expect(error?.kind == .formatHasNoTemplate(format.rawValue))
        #expect(throws: TemplateError.self) {
            try RenderOptionsTests.progress.render(RenderOptions(format: format, template: "{{title}}"))
        }
    }

    @Test(
        "CSV fields",
        arguments: [
            ("plain", "plain"),
            ("a, b", "\"a, b\""),
            ("say \"hi\"", "\"say \"\"hi\"\"\""),
            ("two\nlines", "\"two\nlines\""),
            ("cr\rhere", "\"cr\rhere\""),
            ("=SUM(A1:A9)", "'=SUM(A1:A9)"),
            ("+44 20", "'+44 20"),
            ("-1", "'-1"),
            ("@cmd", "'@cmd"),
            ("=HYPERLINK(\"x\",\"y\")", "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\""),
            ("Zoë Ñúñez", "Zoë Ñúñez"),
        ])
    func csvField(_ value: String, _ expected: String) throws {
        var plan = SamplePlans.sutton
        plan.actions[0].owner = value
        let csv = try OverdueReport(plans: [plan], asOf: SamplePlans.day("2013-04-01")).render(
            RenderOptions(format: .csv))
        #expect(csv.hasPrefix("\u{FEFF}List,Plan,ID,Action,Owner,"))
        #expect(csv.contains(",Head of Safeguarding,") == false)
        #expect(csv.contains("workers.,\(expected),2013-01-31,"))
        let body = csv.dropFirst()
        #expect(
            body.replacing("\r\n", with: "").contains("\n") == value.contains("\n"), "every record ends CRLF")
    }
}
