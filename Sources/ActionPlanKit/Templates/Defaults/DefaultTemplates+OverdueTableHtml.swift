// The built-in template `overdue-table.html`; `Templates/overdue-table.html.mustache` holds the editable copy.
// Edit both together: a test holds them byte-identical.

extension DefaultTemplates {
    /// The source of the built-in `overdue-table.html` template.
    static let overdueTableHtml = #"""
        {{! The overdue actions of a list as an HTML table; used inside a list's section. }}
        {{#any}}
        <table>
          <thead><tr>{{#multiplePlans}}<th>Plan</th>{{/multiplePlans}}<th class="num">ID</th><th>Action</th><th>Owner</th><th>Due</th><th class="num">Days overdue</th><th>Status</th><th>RAG</th><th>Latest update</th></tr></thead>
          <tbody>
        {{#rows}}
            <tr>{{#multiplePlans}}<td class="plan">{{plan}}</td>{{/multiplePlans}}<td class="num">{{id}}</td><td title="{{action}}">{{#urgent}}<strong>Urgent:</strong> {{/urgent}}{{shortAction}}</td><td>{{#owner}}{{.}}{{/owner}}{{^owner}}<span class="none">no owner</span>{{/owner}}</td><td class="date">{{due}}</td><td class="num">{{daysOverdue}}</td><td>{{statusLabel}}</td><td><span class="rag rag-{{rag}}">{{ragWord}}</span></td><td>{{#latestNote}}<span class="date">{{latestNoteOn}}</span>: {{.}}{{/latestNote}}{{^latestNote}}<span class="none">none</span>{{/latestNote}}</td></tr>
        {{/rows}}
          </tbody>
        </table>
        {{/any}}
        {{^any}}
        <p class="none">None.</p>
        {{/any}}

        """#
}
