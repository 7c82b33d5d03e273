// The built-in template `overdue.md`; `Templates/overdue.md.mustache` holds the editable copy.
// Edit both together: a test holds them byte-identical.

extension DefaultTemplates {
    /// The source of the built-in `overdue.md` template.
    static let overdueMd = #"""
        {{! The overdue report as Markdown for a committee paper. Every value is escaped for Markdown. }}
        {{#header.council}}
        **{{.}}**

        {{/header.council}}
        # {{title}}

        {{#header.any}}
        {{#header.rows}}
        - **{{label}}:** {{value}}
        {{/header.rows}}

        {{/header.any}}
        {{#plans}}
        - {{#authority}}**{{.}}**{{#multiplePlans}} ({{name}}){{/multiplePlans}}{{/authority}}{{^authority}}**Plan {{name}}**{{/authority}}: {{actionsWords}}, {{overdue}} overdue
        {{/plans}}
        {{#leftOut}}
        - {{sentence}}
        {{/leftOut}}

        ## Summary of {{totalActionsWords}} by RAG

        | RAG | Actions | Share |
        | --- | ---: | ---: |
        {{#rag}}
        | {{word}} | {{count}} | {{percentage}}% |
        {{/rag}}

        ## Overdue: {{overdue.words}}

        {{#byOwner}}
        {{#owners}}
        ### {{owner}}: {{overdue.words}}{{#sinceRound}} ({{.}}){{/sinceRound}}

        {{#overdue}}
        {{> overdue-table.md}}
        {{/overdue}}

        {{/owners}}
        {{^owners}}
        None.

        {{/owners}}
        {{#returns}}
        ## Returns

        {{summary}}

        {{#anyOwners}}
        | Owner | Actions sent | Since the round |
        | --- | ---: | --- |
        {{#owners}}
        | {{owner}} | {{actionsSent}} | {{sinceRound}} |
        {{/owners}}

        {{/anyOwners}}
        {{/returns}}
        {{/byOwner}}
        {{^byOwner}}
        {{#overdue}}
        {{> overdue-table.md}}
        {{/overdue}}

        {{/byOwner}}
        {{#undatedPastDeadline.any}}
        ## No due date set by the statement deadline: {{undatedPastDeadline.words}}

        {{#undatedPastDeadline}}
        {{> action-table.md}}
        {{/undatedPastDeadline}}

        {{/undatedPastDeadline.any}}
        {{#overdue.any}}
        ## Ageing of overdue actions

        | Days overdue | Actions |
        | --- | ---: |
        {{#ageing}}
        | {{label}} | {{count}} |
        {{/ageing}}
        {{/overdue.any}}

        ## Due in the next {{amberWindow}} days: {{dueSoon.words}}

        {{#dueSoon}}
        {{> action-table.md}}
        {{/dueSoon}}

        ## No due date: {{noDueDate.words}}

        {{#noDueDate}}
        {{> action-table.md}}
        {{/noDueDate}}

        ## No owner: {{noOwner.words}}

        {{#noOwner}}
        {{> action-table.md}}
        {{/noOwner}}

        """#
}
