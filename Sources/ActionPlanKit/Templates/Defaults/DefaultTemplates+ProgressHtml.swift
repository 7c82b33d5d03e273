// The built-in template `progress.html`; `Templates/progress.html.mustache` holds the editable copy.
// Edit both together: a test holds them byte-identical.

extension DefaultTemplates {
    /// The source of the built-in `progress.html` template.
    static let progressHtml = #"""
        {{! The progress report on one plan as one printable HTML page. Every value is HTML-escaped. }}
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
        <p class="meta">{{inspection}}</p>
        <p class="meta">Timescales run from {{startDate}}. <strong>{{percentComplete}}% complete</strong> (completed or signed off, leaving out dropped actions).{{#hasCosts}} Total cost <strong>{{totalCost}}</strong> across {{costedActionsWords}}.{{/hasCosts}}</p>

        <h2>Judgements</h2>
        <table class="summary">
          <thead><tr><th>Area</th><th>Grade</th></tr></thead>
          <tbody>
        {{#judgements}}
            <tr><td>{{area}}</td><td>{{grade}}</td></tr>
        {{/judgements}}
        {{^judgements}}
            <tr><td colspan="2" class="none">None recorded.</td></tr>
        {{/judgements}}
          </tbody>
        </table>

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
        {{#sections}}
        {{#name}}

        <h2>{{.}}</h2>
        {{/name}}
        {{#groups}}

        <h3>{{heading}}</h3>
        <p class="recommendation">{{#urgent}}<strong>Urgent:</strong> {{/urgent}}{{recommendation}}{{#lead}} The report names {{.}} to lead.{{/lead}}</p>
        {{#themes}}
        <p class="meta">Themes: {{.}}</p>
        {{/themes}}
        {{#repeats}}
        <p class="meta">Repeats {{words}}: {{status}}.</p>
        {{/repeats}}
        <p class="meta">{{words}}, {{percentComplete}}% complete.</p>
        {{#any}}
        <table>
          <thead><tr><th class="num">ID</th><th>Action</th><th>Owner</th><th>Due</th><th>Status</th><th>RAG</th><th>Progress</th><th>Success measure</th>{{#hasCosts}}<th class="num">Cost</th>{{/hasCosts}}</tr></thead>
          <tbody>
        {{#rows}}
            <tr><td class="num">{{id}}</td><td>{{#restatesRecommendation}}<span class="none">As recommended</span>{{/restatesRecommendation}}{{^restatesRecommendation}}{{action}}{{/restatesRecommendation}}</td><td>{{#owner}}{{.}}{{/owner}}{{^owner}}<span class="none">no owner</span>{{/owner}}</td><td class="date">{{#due}}{{.}}{{/due}}{{^due}}<span class="none">no due date</span>{{/due}}</td><td>{{statusLabel}}</td><td class="rag-cell"><span class="rag rag-{{rag}}">{{ragWord}}</span><span class="reason">{{ragReason}}</span></td><td class="progress">{{#latestNote}}<span class="date">{{latestNoteOn}}</span>: {{.}}{{/latestNote}}{{^latestNote}}<span class="none">none yet</span>{{/latestNote}}</td><td>{{#measure}}{{.}}{{/measure}}{{^measure}}<span class="none">none set</span>{{/measure}}</td>{{#hasCosts}}<td class="num">{{cost}}</td>{{/hasCosts}}</tr>
        {{/rows}}
          </tbody>
        </table>
        {{/any}}
        {{^any}}
        <p class="none">No action planned yet.</p>
        {{/any}}
        {{/groups}}
        {{/sections}}
        {{#searchedEarlier}}

        <h2>{{repeatsHeading}}</h2>
        <p>{{repeatsIntro}}</p>
        <ul>
        {{#repeated}}
        {{#repeats}}
          <li>Recommendation {{number}} repeats {{words}}: {{status}}.</li>
        {{/repeats}}
        {{/repeated}}
        {{^repeated}}
          <li class="none">None.</li>
        {{/repeated}}
        </ul>
        {{/searchedEarlier}}

        <h2>{{changesHeading}}: {{changesWords}}</h2>
        <table>
          <thead><tr><th>Date</th><th class="num">Action</th><th>By</th><th>What changed</th><th>Note</th></tr></thead>
          <tbody>
        {{#changes}}
            <tr><td class="date">{{on}}</td><td class="num">{{id}}</td><td>{{by}}</td><td>{{what}}{{#reason}} <span class="reason">Reason: {{.}}</span>{{/reason}}</td><td>{{note}}</td></tr>
        {{/changes}}
        {{^changes}}
            <tr><td colspan="5" class="none">None.</td></tr>
        {{/changes}}
          </tbody>
        </table>

        <footer>Produced by actionplan. Each RAG rating is shown by colour and word.</footer>
        </body>
        </html>

        """#
}
