// The built-in template `progress.md`; `Templates/progress.md.mustache` holds the editable copy.
// Edit both together: a test holds them byte-identical.

extension DefaultTemplates {
    /// The source of the built-in `progress.md` template.
    static let progressMd = #"""
        {{! The progress report on one plan as Markdown for a committee paper. Every value is escaped. }}
        {{#header.council}}
        **{{.}}**

        {{/header.council}}
        # {{title}}

        {{#header.any}}
        {{#header.rows}}
        - **{{label}}:** {{value}}
        {{/header.rows}}

        {{/header.any}}
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

        {{#sections}}
        {{#name}}
        ## {{.}}

        {{/name}}
        {{#groups}}
        ### {{heading}}

        {{#urgent}}**Urgent:** {{/urgent}}{{recommendation}}{{#lead}} The report names {{.}} to lead.{{/lead}}

        {{#themes}}
        *Themes: {{.}}*

        {{/themes}}
        {{#repeats}}
        *Repeats {{words}}: {{status}}.*

        {{/repeats}}
        {{words}}, {{percentComplete}}% complete.

        {{#any}}
        | ID | Action | Owner | Due | Status | RAG | Progress | Success measure |{{#hasCosts}} Cost |{{/hasCosts}}
        | ---: | --- | --- | --- | --- | --- | --- | --- |{{#hasCosts}} ---: |{{/hasCosts}}
        {{#rows}}
        | {{id}} | {{#restatesRecommendation}}*As recommended*{{/restatesRecommendation}}{{^restatesRecommendation}}{{action}}{{/restatesRecommendation}} | {{#owner}}{{.}}{{/owner}}{{^owner}}—{{/owner}} | {{#due}}{{.}}{{/due}}{{^due}}—{{/due}} | {{statusLabel}} | **{{ragWord}}**: {{ragReason}} | {{#latestNote}}{{latestNoteOn}}: {{.}}{{/latestNote}}{{^latestNote}}—{{/latestNote}} | {{#measure}}{{.}}{{/measure}}{{^measure}}—{{/measure}} |{{#hasCosts}} {{cost}} |{{/hasCosts}}
        {{/rows}}
        {{/any}}
        {{^any}}
        No action planned yet.
        {{/any}}

        {{/groups}}
        {{/sections}}
        {{#searchedEarlier}}
        ## {{repeatsHeading}}

        {{repeatsIntro}}

        {{#repeated}}
        {{#repeats}}
        - Recommendation {{number}} repeats {{words}}: {{status}}.
        {{/repeats}}
        {{/repeated}}
        {{^repeated}}
        None.
        {{/repeated}}

        {{/searchedEarlier}}
        ## {{changesHeading}}: {{changesWords}}

        {{#changes}}
        - {{on}}, action {{id}}, by {{by}}{{#what}}: {{.}}{{/what}}{{#reason}} (reason: {{.}}){{/reason}}{{#note}}. Note: {{.}}{{/note}}
        {{/changes}}
        {{^changes}}
        None.
        {{/changes}}

        """#
}
