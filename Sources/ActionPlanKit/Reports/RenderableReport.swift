/// A report view that renders in every ``OutputFormat``: laid out in code, or through its templates.
///
/// Markdown and HTML go through templates (the built-in one, or `options.template`); text, CSV and
/// JSON are laid out in code, since their shape is fixed by terminals, spreadsheets and other tools.
protocol RenderableReport {
    /// The name of the report's built-in templates, e.g. "overdue".
    static var templateName: String { get }
    /// The report as a terminal table `width` columns wide.
    func text(width: Int, colour: Bool) -> String
    /// The report as one JSON document.
    func json() -> String
    /// The report as CSV for Excel.
    func csv() -> String
    /// The values its templates see.
    var templateValue: TemplateValue { get }
}

extension RenderableReport {
    /// The report in the format `options` asks for; a user's template is refused where none applies.
    func rendered(_ options: RenderOptions) throws(TemplateError) -> String {
        switch options.format {
        case .text:
            try ReportTemplates.refuseTemplate(options)
            return text(width: options.width, colour: options.colour)
        case .json:
            try ReportTemplates.refuseTemplate(options)
            return json()
        case .csv:
            try ReportTemplates.refuseTemplate(options)
            return csv()
        case .markdown, .html:
            return try ReportTemplates.render(
                Self.templateName, format: options.format, data: templateValue, userSource: options.template)
        }
    }
}
