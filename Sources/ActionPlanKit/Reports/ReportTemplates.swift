/// Renders a report's data through its built-in template, or through the user's in its place.
enum ReportTemplates {
    /// The name a user's `--template` source carries in errors.
    static let userTemplateName = "--template"

    /// Renders `data` with the template `report.extension` (e.g. `overdue.md`) or `userSource`, which
    /// is first checked to use only names that data of `shape` offers.
    ///
    /// Only the built-in templates of the same format are available as partials, so a Markdown
    /// partial can never end up inside an HTML page with the wrong escaping.
    static func renderUTF8(
        _ report: String, format: OutputFormat, data: @autoclosure () -> TemplateValue, shape: TemplateShape,
        userSource: String?
    ) throws(TemplateError) -> [[UInt8]] {
        let suffix: String
        let escaping: TemplateEscaping
        switch format {
        case .markdown: (suffix, escaping) = (".md", .markdown)
        case .html: (suffix, escaping) = (".html", .html)
        case .text, .csv, .json:
            throw TemplateError(
                template: userTemplateName, line: 1, column: 1, kind: .formatHasNoTemplate(format.rawValue))
        }
        var sources = DefaultTemplates.all.filter { $0.key.hasSuffix(suffix) }
        var main = report + suffix
        if let userSource {
            main = userTemplateName
            sources[main] = userSource
        }
        // Only the report's template and the partials it includes are parsed.
        let templates = try TemplateSet(sources, roots: [main], escaping: escaping)
        if userSource != nil { try templates.check(main, against: shape) }
        return try templates.renderUTF8(main, with: data())
    }

    /// Throws when the user gave a template for a format that is not rendered through one.
    static func refuseTemplate(_ options: RenderOptions) throws(TemplateError) {
        guard options.template != nil else { return }
        throw TemplateError(
            template: userTemplateName, line: 1, column: 1,
            kind: .formatHasNoTemplate(options.format.rawValue))
    }
}
