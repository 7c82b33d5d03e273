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

    /// The chart as template data: overall size, legend and positioned rectangles.
    var templateValue: TemplateValue {
        let most = max(bars.map(\.total).max() ?? 1, 1)
        var rows: [TemplateValue] = []
        for (index, bar) in bars.enumerated() {
            let y = ReportChart.top + index * ReportChart.rowHeight
            var x = ReportChart.labelWidth
            var segments: [TemplateValue] = []
            for rag in RAG.allCases {
                let count = bar.counts[rag, default: 0]
                guard count > 0 else { continue }
                let width = max(2, count * ReportChart.barArea / most)
                segments.append([
                    "x": .text(String(x)), "width": .text(String(width)), "fill": .text(rag.htmlColour),
                    "count": .text(String(count)), "rag": .text(ReportWords.ragWord(rag)),
                    "textX": .text(String(x + width / 2)),
                    "showCount": .bool(width >= 10 * String(count).count + 8),
                ])
                x += width
            }
            rows.append([
                "label": .text(bar.label), "y": .text(String(y)), "textY": .text(String(y + 17)),
                "height": .text(String(ReportChart.rowHeight - 8)), "segments": .list(segments),
                "total": .text(String(bar.total)), "totalX": .text(String(x + 6)),
            ])
        }
        var legend: [TemplateValue] = []
        for (index, rag) in RAG.allCases.enumerated() {
            let x = ReportChart.labelWidth + index * 100
            legend.append([
                "x": .text(String(x)), "textX": .text(String(x + 18)), "fill": .text(rag.htmlColour),
                "word": .text(ReportWords.ragWord(rag)),
            ])
        }
        let height = ReportChart.top + max(bars.count, 1) * ReportChart.rowHeight + 4
        return [
            "width": .text(String(ReportChart.labelWidth + ReportChart.barArea + 60)),
            "height": .text(String(height)), "rows": .list(rows), "legend": .list(legend),
            "labelX": .text(String(ReportChart.labelWidth - 8)),
        ]
    }
}

extension Timescale {
    /// Days a timescale allows, roughly, for ordering only: immediate first, none last.
    var urgency: Int {
        switch self {
        case .immediately: 0
        case .withinWeeks(let count): count * 7
        case .withinMonths(let count): count * 31
        case .unspecified: Int.max
        }
    }
}
