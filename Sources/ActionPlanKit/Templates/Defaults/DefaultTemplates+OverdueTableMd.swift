// The built-in template `overdue-table.md`; `Templates/overdue-table.md.mustache` holds the editable copy.
// Edit both together: a test holds them byte-identical.

extension DefaultTemplates {
    /// The source of the built-in `overdue-table.md` template.
    static let overdueTableMd = #"""
        {{! The overdue actions of a list as a Markdown table; used inside a list's section. }}
        {{#any}}
        | {{#multiplePlans}}Plan | {{/multiplePlans}}ID | Action | Owner | Due | Days overdue | Status | Latest update |
        | {{#multiplePlans}}--- | {{/multiplePlans}}---: | --- | --- | --- | ---: | --- | --- |
        {{#rows}}
        | {{#multiplePlans}}{{plan}} | {{/multiplePlans}}{{id}} | {{#urgent}}**Urgent:** {{/urgent}}{{shortAction}} | {{#owner}}{{.}}{{/owner}}{{^owner}}—{{/owner}} | {{due}} | {{daysOverdue}} | {{statusLabel}} | {{#latestNote}}{{latestNoteOn}}: {{.}}{{/latestNote}}{{^latestNote}}—{{/latestNote}} |
        {{/rows}}
        {{/any}}
        {{^any}}
        None.
        {{/any}}

        """#
}
