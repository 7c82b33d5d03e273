extension OverdueReport: RenderableReport {
    static var templateName: String { "overdue" }

    /// The report in the format `options` asks for.
    public func render(_ options: RenderOptions) throws(TemplateError) -> String {
        try rendered(options)
    }

    /// ``render(_:)`` as UTF-8, which the text of a national portfolio is laid out in.
    public func renderUTF8(_ options: RenderOptions) throws(TemplateError) -> [UInt8] {
        try renderedUTF8(options)
    }
}
