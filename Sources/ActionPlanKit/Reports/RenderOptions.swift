/// The forms a report can be printed in.
public enum OutputFormat: String, CaseIterable, Sendable {
    /// An aligned table for a terminal.
    case text
    /// GitHub-flavoured Markdown, to paste into a committee paper.
    case markdown
    /// One self-contained, printable HTML page.
    case html
    /// RFC 4180 CSV with a byte-order mark, for Excel.
    case csv
    /// Stable JSON with sorted keys, for other tools.
    case json
}

/// How to render a report: the format, the terminal's width and colour, and any user template.
public struct RenderOptions: Sendable {
    /// The output format.
    public var format: OutputFormat
    /// The width of the terminal in columns, for `text`.
    public var width: Int
    /// Whether `text` may use ANSI colour; the caller decides (a terminal, and no `NO_COLOR`).
    public var colour: Bool
    /// A user's template source (`--template FILE`), replacing the built-in one for the format.
    public var template: String?

    /// Creates options; text is 100 columns wide and plain unless told otherwise.
    public init(format: OutputFormat, width: Int = 100, colour: Bool = false, template: String? = nil) {
        self.format = format
        self.width = width
        self.colour = colour
        self.template = template
    }
}
