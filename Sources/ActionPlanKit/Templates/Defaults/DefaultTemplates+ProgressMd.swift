// The built-in template `progress.md`; `Templates/progress.md.mustache` holds the editable copy.
// Edit both together: a test holds them byte-identical.

extension DefaultTemplates {
    /// The source of the built-in `progress.md` template.
    static let progressMd = #"""
        {{! The progress report on one plan as Markdown for a committee paper. Every value is escaped. }}
        # {{title}}

        {{#authority}}
        **{{.}}**

        {{/authority}}
        - {{inspection}}
        - Timescales run from {{startDate}}.
        - {{percentComplete}}% complete (completed or signed off, leaving out dropped actions).
        {{#hasCosts}}
        - Total cost {{totalCost}} across {{costedActionsWords}}.
        {{/hasCosts}}

        ## Judgements

        {{#judgements}}
        - {{area}}: **{{grade}}**
        {{/judgements}}
        {{^judgements}}
        None recorded.
        {{/judgements}}

        ## Summary of {{totalActionsWords}} by RAG

        | RAG | Actions | Share |
        | --- | ---: | ---: |
        {{#rag}}
        | {{word}} | {{count}} | {{percentage}}% |
        {{/rag}}

        {{#groups}}
        ## {{heading}}

        {{words}}, {{percentComplete}}% complete.

        | ID | Action | Owner | Due | Status | RAG | Success measure |{{#hasCosts}} Cost |{{/hasCosts}}
        | ---: | --- | --- | --- | --- | --- | --- |{{#hasCosts}} ---: |{{/hasCosts}}
        {{#rows}}
        | {{id}} | {{action}} | {{#owner}}{{.}}{{/owner}}{{^owner}}—{{/owner}} | {{#due}}{{.}}{{/due}}{{^due}}—{{/due}} | {{statusLabel}} | **{{ragWord}}**: {{ragReason}} | {{#measure}}{{.}}{{/measure}}{{^measure}}—{{/measure}} |{{#hasCosts}} {{cost}} |{{/hasCosts}}
        {{/rows}}

        {{/groups}}
        ## {{changesHeading}}: {{changesWords}}

        {{#changes}}
        - {{on}}, action {{id}}, by {{by}}{{#what}}: {{.}}{{/what}}{{#reason}} (reason: {{.}}){{/reason}}{{#note}}. Note: {{.}}{{/note}}
        {{/changes}}
        {{^changes}}
        None.
        {{/changes}}

        """#
}
