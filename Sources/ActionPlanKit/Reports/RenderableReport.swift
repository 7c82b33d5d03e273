/// A report view that renders in every ``OutputFormat``: laid out in code, or through its templates.
///
/// Markdown and HTML go through templates (the built-in one, or `options.template`); text, CSV and
/// JSON are laid out in code, since their shape is fixed by terminals, spreadsheets and other tools.
protocol RenderableReport: Sendable {
    /// The name of the report's built-in templates, e.g. "overdue".
    static var templateName: String { get }
    /// The report as a terminal table `width` columns wide.
    func text(width: Int, colour: Bool) -> String
    /// ``text(width:colour:)`` as runs of UTF-8 that follow one another, each of whole lines.
    func textUTF8(width: Int, colour: Bool) -> [[UInt8]]
    /// The report as one JSON document.
    func json() -> String
    /// ``json()`` as runs of UTF-8 that follow one another.
    func jsonUTF8() -> [[UInt8]]
    /// The report as CSV for Excel.
    func csv() -> String
    /// ``csv()`` as runs of UTF-8 that follow one another.
    func csvUTF8() -> [[UInt8]]
    /// The names its templates may use, and how each value is found.
    static var templateFields: TemplateFields<Self> { get }
}

extension RenderableReport {
    func textUTF8(width: Int, colour: Bool) -> [[UInt8]] { [Array(text(width: width, colour: colour).utf8)] }
    func jsonUTF8() -> [[UInt8]] { [Array(json().utf8)] }
    func csvUTF8() -> [[UInt8]] { [Array(csv().utf8)] }

    /// ``rendered(_:)`` as runs of UTF-8 that follow one another: a long report is handed over as it
    /// was laid out, never copied into one buffer or made a string.
    func renderedUTF8(_ options: RenderOptions) throws(TemplateError) -> [[UInt8]] {
        switch options.format {
        case .text:
            try ReportTemplates.refuseTemplate(options)
            return textUTF8(width: options.width, colour: options.colour)
        case .json:
            try ReportTemplates.refuseTemplate(options)
            return jsonUTF8()
        case .csv:
            try ReportTemplates.refuseTemplate(options)
            return csvUTF8()
        case .markdown, .html:
            return try templatedUTF8(options)
        }
    }

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
            return String(decoding: Array(try templatedUTF8(options).joined()), as: UTF8.self)
        }
    }

    /// The report through its template (Markdown or HTML), as runs of UTF-8.
    private func templatedUTF8(_ options: RenderOptions) throws(TemplateError) -> [[UInt8]] {
        try ReportTemplates.renderUTF8(
            Self.templateName, format: options.format, data: Self.templateFields.value(self),
            shape: Self.templateFields.shape, userSource: options.template)
    }
}
