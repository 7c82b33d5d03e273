// The built-in template `action-table.md`; `Templates/action-table.md.mustache` holds the editable copy.
// Edit both together: a test holds them byte-identical.

extension DefaultTemplates {
    /// The source of the built-in `action-table.md` template.
    static let actionTableMd = #"""
        {{! A list of actions as a Markdown table with their RAG; used inside a list's section. }}
        {{#any}}
        | {{#multiplePlans}}Plan | {{/multiplePlans}}ID | Action | Owner | Due | RAG |
        | {{#multiplePlans}}--- | {{/multiplePlans}}---: | --- | --- | --- | --- |
        {{#rows}}
        | {{#multiplePlans}}{{plan}} | {{/multiplePlans}}{{id}} | {{#urgent}}**Urgent:** {{/urgent}}{{shortAction}} | {{#owner}}{{.}}{{/owner}}{{^owner}}—{{/owner}} | {{#due}}{{.}}{{/due}}{{^due}}—{{/due}} | **{{ragWord}}**: {{ragReason}} |
        {{/rows}}
        {{/any}}
        {{^any}}
        None.
        {{/any}}

        """#
}
