extension OverdueReport {
    /// The report in the format `options` asks for.
    ///
    /// Markdown and HTML go through templates (the built-in one, or `options.template`); text, CSV and
    /// JSON are laid out in code, since their shape is fixed by terminals, spreadsheets and other tools.
    public func render(_ options: RenderOptions) throws(TemplateError) -> String {
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
                "overdue", format: options.format, data: templateValue, userSource: options.template)
        }
    }
}
