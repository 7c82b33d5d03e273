// The built-in template `style.html`; `Templates/style.html.mustache` holds the editable copy.
// Edit both together: a test holds them byte-identical.

extension DefaultTemplates {
    /// The source of the built-in `style.html` template.
    static let styleHtml = #"""
        {{! Shared CSS for the HTML reports: screen and A4 landscape print. Included as the partial style.html. }}
        <style>
          @page { size: A4 landscape; margin: 12mm; }
          :root { --red: #b3261e; --amber: #b86e00; --green: #2e7d32; --blue: #1f5fa8; --none: #6b6b6b; }
          body { font: 14px/1.4 "Segoe UI", Arial, Helvetica, sans-serif; color: #1a1a1a; margin: 24px; }
          h1 { font-size: 22px; margin: 0 0 4px; }
          h2 { font-size: 17px; margin: 24px 0 8px; border-bottom: 2px solid #d0d0d0; padding-bottom: 2px; }
          h3 { font-size: 15px; margin: 16px 0 6px; }
          p.meta { margin: 2px 0; color: #444; }
          p.council { font-size: 16px; font-weight: 700; margin: 0 0 6px; }
          table.paper-header { width: auto; margin: 8px 0 12px; }
          table.paper-header th { background: none; font-weight: 600; padding-right: 16px; }
          p.recommendation { margin: 4px 0 6px; }
          td.progress { min-width: 14em; }
          table { border-collapse: collapse; width: 100%; margin: 4px 0 12px; }
          th, td { border: 1px solid #c8c8c8; padding: 4px 6px; text-align: left; vertical-align: top; }
          th { background: #eef0f3; }
          td.num, th.num { text-align: right; white-space: nowrap; }
          td.date, td.plan, span.date { white-space: nowrap; }
          table.summary { width: auto; min-width: 280px; }
          .rag { display: inline-block; min-width: 4.5em; padding: 1px 6px; border-radius: 3px; color: #fff;
            font-weight: 600; text-align: center; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          .rag-red { background: var(--red); }
          .rag-amber { background: var(--amber); }
          .rag-green { background: var(--green); }
          .rag-blue { background: var(--blue); }
          .rag-none { background: var(--none); }
          .reason { display: block; color: #444; font-size: 12px; }
          td.rag-cell { min-width: 13em; }
          p.caption { margin: 12px 0 0; font-weight: 600; }
          .none { color: #666; font-style: italic; }
          .chart { margin: 8px 0 4px; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          .chart text { font: 12px Arial, Helvetica, sans-serif; fill: #1a1a1a; }
          .chart text.count { fill: #fff; font-weight: 600; }
          footer { margin-top: 24px; color: #666; font-size: 12px; }
          @media print {
            body { margin: 0; font-size: 11px; }
            h2 { break-after: avoid; }
            thead { display: table-header-group; }
            tr, .chart { break-inside: avoid; }
          }
        </style>

        """#
}
