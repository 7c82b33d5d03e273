// The built-in template `overdue.html`; `Templates/overdue.html.mustache` holds the editable copy.
// Edit both together: a test holds them byte-identical.

extension DefaultTemplates {
    /// The source of the built-in `overdue.html` template.
    static let overdueHtml = #"""
        {{! The overdue report as one printable HTML page. Every value is HTML-escaped. }}
        <!DOCTYPE html>
        <html lang="en-GB">
        <head>
        <meta charset="utf-8">
        <title>{{title}}</title>
        {{> style.html}}
        </head>
        <body>
        {{#header.council}}
        <p class="council">{{.}}</p>
        {{/header.council}}
        <h1>{{title}}</h1>
        {{#header.any}}
        <table class="paper-header">
          <tbody>
        {{#header.rows}}
            <tr><th scope="row">{{label}}</th><td>{{value}}</td></tr>
        {{/header.rows}}
          </tbody>
        </table>
        {{/header.any}}
        {{#plans}}
        <p class="meta">{{#authority}}<strong>{{.}}</strong>{{#multiplePlans}} ({{name}}){{/multiplePlans}}{{/authority}}{{^authority}}<strong>Plan {{name}}</strong>{{/authority}}: {{actionsWords}}, {{overdue}} overdue.</p>
        {{/plans}}
        {{#leftOut}}
        <p class="meta">{{sentence}}</p>
        {{/leftOut}}

        <h2>Summary of {{totalActionsWords}} by RAG</h2>
        <table class="summary">
          <thead><tr><th>RAG</th><th class="num">Actions</th><th class="num">Share</th></tr></thead>
          <tbody>
        {{#rag}}
            <tr><td><span class="rag rag-{{rag}}">{{word}}</span></td><td class="num">{{count}}</td><td class="num">{{percentage}}%</td></tr>
        {{/rag}}
          </tbody>
        </table>
        {{> chart.html}}

        <h2>Overdue: {{overdue.words}}</h2>
        {{#byOwner}}
        {{#owners}}
        <h3>{{owner}}: {{overdue.words}}{{#sinceRound}} ({{.}}){{/sinceRound}}</h3>
        {{#overdue}}
        {{> overdue-table.html}}
        {{/overdue}}
        {{/owners}}
        {{^owners}}
        <p class="none">None.</p>
        {{/owners}}
        {{#returns}}
        <h2>Returns</h2>
        <p>{{summary}}</p>
        {{#anyOwners}}
        <table class="summary">
          <thead><tr><th>Owner</th><th class="num">Actions sent</th><th>Since the round</th></tr></thead>
          <tbody>
        {{#owners}}
            <tr><td>{{owner}}</td><td class="num">{{actionsSent}}</td><td>{{sinceRound}}</td></tr>
        {{/owners}}
          </tbody>
        </table>
        {{/anyOwners}}
        {{/returns}}
        {{/byOwner}}
        {{^byOwner}}
        {{#overdue}}
        {{> overdue-table.html}}
        {{/overdue}}
        {{/byOwner}}

        {{#undatedPastDeadline.any}}
        <h2>No due date set by the statement deadline: {{undatedPastDeadline.words}}</h2>
        {{#undatedPastDeadline}}
        {{> action-table.html}}
        {{/undatedPastDeadline}}

        {{/undatedPastDeadline.any}}
        {{#overdue.any}}
        <h2>Ageing of overdue actions</h2>
        <table class="summary">
          <thead><tr><th>Days overdue</th><th class="num">Actions</th></tr></thead>
          <tbody>
        {{#ageing}}
            <tr><td>{{label}}</td><td class="num">{{count}}</td></tr>
        {{/ageing}}
          </tbody>
        </table>
        {{/overdue.any}}

        <h2>Due in the next {{amberWindow}} days: {{dueSoon.words}}</h2>
        {{#dueSoon}}
        {{> action-table.html}}
        {{/dueSoon}}

        <h2>No due date: {{noDueDate.words}}</h2>
        {{#noDueDate}}
        {{> action-table.html}}
        {{/noDueDate}}

        <h2>No owner: {{noOwner.words}}</h2>
        {{#noOwner}}
        {{> action-table.html}}
        {{/noOwner}}

        <footer>Produced by actionplan. Each RAG rating is shown by colour and word.</footer>
        </body>
        </html>

        """#
}
