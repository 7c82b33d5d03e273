// The built-in template `chart.html`; `Templates/chart.html.mustache` holds the editable copy.
// Edit both together: a test holds them byte-identical.

extension DefaultTemplates {
    /// The source of the built-in `chart.html` template.
    static let chartHtml = #"""
        {{! An SVG bar chart of actions by timescale and RAG; the layout comes from the report's "chart" data. }}
        {{#chart}}
        <p class="caption">Actions by timescale and RAG</p>
        <svg class="chart" role="img" aria-labelledby="chart-title" width="{{width}}" height="{{height}}" viewBox="0 0 {{width}} {{height}}" xmlns="http://www.w3.org/2000/svg">
          <title id="chart-title">Actions by timescale and RAG</title>
        {{#legend}}
          <rect x="{{x}}" y="4" width="14" height="14" fill="{{fill}}"/><text x="{{textX}}" y="16">{{word}}</text>
        {{/legend}}
        {{#rows}}
          <text x="{{labelX}}" y="{{textY}}" text-anchor="end">{{label}}</text>
        {{#segments}}
          <rect x="{{x}}" y="{{y}}" width="{{width}}" height="{{height}}" fill="{{fill}}"><title>{{label}}: {{count}} {{rag}}</title></rect>
        {{#showCount}}
          <text class="count" x="{{textX}}" y="{{textY}}" text-anchor="middle">{{count}}</text>
        {{/showCount}}
        {{/segments}}
          <text x="{{totalX}}" y="{{textY}}">{{total}}</text>
        {{/rows}}
        </svg>
        {{/chart}}

        """#
}
