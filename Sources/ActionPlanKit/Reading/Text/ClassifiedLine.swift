/// What starts a list item: a bullet glyph, a number, or both ("- 1.").
public enum ListMarker: Hashable, Sendable {
    /// A bullet glyph such as `-`, `•`, `■`, `◼` or a private-use symbol-font glyph (U+F0B7).
    case bullet
    /// A number with a full stop or bracket ("12." or "12)"), possibly after a bullet ("- 12.").
    case number(Int)

    /// Bulleted and numbered lists are told apart: a numbered paragraph never continues a bulleted list.
    public var isNumbered: Bool {
        if case .number = self { return true }
        return false
    }

    /// The number the marker carries, if any.
    public var number: Int? {
        if case .number(let value) = self { return value }
        return nil
    }
}

/// A heading that opens a recommendations list, or a timescale heading inside one.
public enum ListHeading: Hashable, Sendable {
    /// "Areas for improvement" (2009–2013 inspections, and SIF reports of 2014–2015).
    case areasForImprovement
    /// "Recommendations" (SIF reports, 2014–2017).
    case recommendations
    /// "What needs to improve?" or "What needs to improve in this local authority?" (ILACS, 2018 on).
    case whatNeedsToImprove
    /// "What does the local authority need to improve?" or the LSCB's: a SIF heading over the lists.
    case whatDoesItNeedToImprove(board: Bool)
    /// A timescale heading: "Immediately:", "Within three months:", "Priority and immediate action".
    case timescale(Timescale)
}

/// One line after the classify stage: its marker, its words without mark-up, and any heading it is.
public struct ClassifiedLine: Hashable, Sendable {
    /// The 1-based line number in the original text.
    public var number: Int
    /// The 0-based page.
    public var page: Int
    /// Columns of leading whitespace (a tab counts as four).
    public var indent: Int
    /// The words of the line: mark-up, marker and surrounding whitespace removed.
    public var text: String
    /// The list marker the line starts with, if any.
    public var marker: ListMarker?
    /// Whether the marker stands alone on its line ("12." with the words on the next line).
    public var isBareMarker: Bool
    /// Whether mark-up made the line a heading (`#`, a wholly bold line).
    public var isMarkedHeading: Bool
    /// The recommendations or timescale heading the line is, if any (never a contents-page entry).
    public var heading: ListHeading?
    /// Whether the line is a timescale heading with an item's words after it ("Immediately: ensure …").
    public var carriesItem = false

    /// Whether the line holds no words.
    public var isBlank: Bool { text.isEmpty && marker == nil }
}
