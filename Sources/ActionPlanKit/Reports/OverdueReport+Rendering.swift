extension OverdueReport: RenderableReport {
    static var templateName: String { "overdue" }

    /// The report in the format `options` asks for.
    public func render(_ options: RenderOptions) throws(TemplateError) -> String {
        try rendered(options)
    }

    /// ``render(_:)`` as runs of UTF-8 that follow one another, as the text of a national portfolio
    /// is laid out: parts made on several cores, each of whole lines.
    public func renderUTF8(_ options: RenderOptions) throws(TemplateError) -> [[UInt8]] {
        try renderedUTF8(options)
    }
}
