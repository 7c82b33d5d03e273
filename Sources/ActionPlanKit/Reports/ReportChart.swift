/// A horizontal stacked bar chart of actions by timescale and RAG, laid out here and drawn by templates.
///
/// The geometry is computed in code so a template only places rectangles and labels, and no markup
/// is ever built from data.
struct ReportChart {
    /// One bar: a timescale and its actions split by RAG.
    struct Bar {
        var label: String
        var counts: [RAG: Int]
        var total: Int { counts.values.reduce(0, +) }
    }

    var bars: [Bar]

    /// One bar per timescale (soonest first, "no timescale" last) from counts of actions by RAG.
    init(_ byTimescale: [Timescale: [RAG: Int]]) {
        bars = byTimescale.keys.sorted { $0.urgency < $1.urgency }.map { timescale in
            Bar(label: ReportWords.timescale(timescale), counts: byTimescale[timescale]!)
        }
    }

    static let labelWidth = 150
    static let barArea = 560
    static let rowHeight = 30
    static let top = 34

    /// One bar laid out: where its row is, and its rectangles left to right.
    struct Row {
        var bar: Bar
        var y: Int
        var segments: [Segment]
        /// Where the bar ends, after its last rectangle.
        var end: Int
    }

    /// One rectangle of a bar: the actions of one RAG colour.
    struct Segment {
        var rag: RAG
        var count: Int
        var x: Int
        var width: Int
    }

    /// The bars laid out, each rectangle as wide as its share of the longest bar.
    var rows: [Row] {
        let most = max(bars.map(\.total).max() ?? 1, 1)
        return bars.enumerated().map { index, bar in
            var x = ReportChart.labelWidth
            var segments: [Segment] = []
            for rag in RAG.allCases {
                let count = bar.counts[rag, default: 0]
                guard count > 0 else { continue }
                let width = max(2, count * ReportChart.barArea / most)
                segments.append(Segment(rag: rag, count: count, x: x, width: width))
                x += width
            }
            return Row(
                bar: bar, y: ReportChart.top + index * ReportChart.rowHeight, segments: segments, end: x)
        }
    }

    /// The chart as templates see it: overall size, legend and positioned rectangles.
    static let templateFields = TemplateFields<ReportChart>([
        .text("width") { _ in String(labelWidth + barArea + 60) },
        .text("height") { String(top + max($0.bars.count, 1) * rowHeight + 4) },
        .text("labelX") { _ in String(labelWidth - 8) },
        .list("rows", Row.templateFields) { $0.rows },
        .list("legend", legendFields) { _ in Array(RAG.allCases.enumerated()) },
    ])

    /// One legend entry per colour, in a row along the top.
    private static let legendFields = TemplateFields<(offset: Int, element: RAG)>([
        .text("x") { String(labelWidth + $0.offset * 100) },
        .text("textX") { String(labelWidth + $0.offset * 100 + 18) },
        .text("fill") { $0.element.htmlColour },
        .text("word") { ReportWords.ragWord($0.element) },
    ])
}

extension ReportChart.Row {
    static let templateFields = TemplateFields<Self>([
        .text("label") { $0.bar.label },
        .text("y") { String($0.y) },
        .text("textY") { String($0.y + 17) },
        .text("height") { _ in String(ReportChart.rowHeight - 8) },
        .list("segments", ReportChart.Segment.templateFields) { $0.segments },
        .text("total") { String($0.bar.total) },
        .text("totalX") { String($0.end + 6) },
    ])
}

extension ReportChart.Segment {
    static let templateFields = TemplateFields<Self>([
        .text("x") { String($0.x) },
        .text("width") { String($0.width) },
        .text("fill") { $0.rag.htmlColour },
        .text("count") { String($0.count) },
        .text("rag") { ReportWords.ragWord($0.rag) },
        .text("textX") { String($0.x + $0.width / 2) },
        .flag("showCount") { $0.width >= 10 * String($0.count).count + 8 },
    ])
}

extension Timescale {
    /// Days a timescale allows, roughly, for ordering only: immediate first, none last.
    var urgency: Int {
        switch self {
        case .immediately: 0
        case .withinWeeks(let count): count * 7
        case .withinMonths(let count): count * 31
        case .withinWorkingDays(let count): count * 7 / 5
        // A fixed day has no length from the start; it sorts after every relative timescale, by date.
        case .by(let day): Int.max / 2 + day.daysSinceEpoch
        case .unspecified: Int.max
        }
    }
}
