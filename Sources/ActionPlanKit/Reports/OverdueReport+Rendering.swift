extension OverdueReport: RenderableReport {
    static var templateName: String { "overdue" }

    /// The report in the format `options` asks for.
    public func render(_ options: RenderOptions) throws(TemplateError) -> String {
        try rendered(options)
    }
}
