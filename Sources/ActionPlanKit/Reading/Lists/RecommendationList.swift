/// A recommendations list found in a report, its items still as the lines they were printed on.
public struct RecommendationList: Hashable, Sendable {
    /// One item: the lines it spans, in order, and what applies to it.
    public struct Item: Hashable, Sendable {
        /// Indexes into the classified lines: the item's first line, then every continuation line.
        public var lines: [Int]
        /// The number printed before the item, if any.
        public var printedNumber: Int?
        /// The timescale heading the item sits under (`.unspecified` when there is none).
        public var timescale: Timescale
        /// The lines that start a sub-item: a bullet under a numbered item, kept apart when joined.
        public var subItemStarts: Set<Int> = []
        /// The lines whose number is a word of the sentence ("…at the age of" then "17."), not a marker.
        public var numberedWords: Set<Int> = []
    }

    /// The heading that opened the list.
    public var heading: ListHeading
    /// The index of the heading line in the classified lines.
    public var headingIndex: Int
    /// The index of the first line after the list.
    public var endIndex: Int
    /// Whether a heading names the list as the safeguarding board's ("What does the LSCB need to improve?").
    public var isBoardList: Bool
    /// The items, in order.
    public var items: [Item]
}
