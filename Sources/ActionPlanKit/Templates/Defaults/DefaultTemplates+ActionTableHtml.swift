// The built-in template `action-table.html`; `Templates/action-table.html.mustache` holds the editable copy.
// Edit both together: a test holds them byte-identical.

extension DefaultTemplates {
    /// The source of the built-in `action-table.html` template.
    static let actionTableHtml = #"""
        {{! A list of actions as an HTML table with their RAG and its reason; used inside a list's section. }}
        {{#any}}
        <table>
          <thead><tr>{{#multiplePlans}}<th>Plan</th>{{/multiplePlans}}<th class="num">ID</th><th>Action</th><th>Owner</th><th>Due</th><th>Status</th><th>RAG</th></tr></thead>
          <tbody>
        {{#rows}}
            <tr>{{#multiplePlans}}<td class="plan">{{plan}}</td>{{/multiplePlans}}<td class="num">{{id}}</td><td title="{{action}}">{{#urgent}}<strong>Urgent:</strong> {{/urgent}}{{shortAction}}</td><td>{{#owner}}{{.}}{{/owner}}{{^owner}}<span class="none">no owner</span>{{/owner}}</td><td class="date">{{#due}}{{.}}{{/due}}{{^due}}<span class="none">no due date</span>{{/due}}</td><td>{{statusLabel}}</td><td class="rag-cell"><span class="rag rag-{{rag}}">{{ragWord}}</span><span class="reason">{{ragReason}}</span></td></tr>
        {{/rows}}
          </tbody>
        </table>
        {{/any}}
        {{^any}}
        <p class="none">None.</p>
        {{/any}}

        """#
}
