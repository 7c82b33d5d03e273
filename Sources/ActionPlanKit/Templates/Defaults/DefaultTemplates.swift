/// The templates built into the tool, so reports render from any directory.
///
/// `Templates/NAME.mustache` at the top of the repository holds an editable copy of each; pass one
/// to `--template` after changing it.
public enum DefaultTemplates {
    /// Every built-in template's source by name, e.g. `overdue.md` or `progress.html`.
    public static let all: [String: String] = [
        "action-table.html": actionTableHtml,
        "action-table.md": actionTableMd,
        "chart.html": chartHtml,
        "overdue-table.html": overdueTableHtml,
        "overdue-table.md": overdueTableMd,
        "overdue.html": overdueHtml,
        "overdue.md": overdueMd,
        "progress.html": progressHtml,
        "progress.md": progressMd,
        "style.html": styleHtml,
    ]
}
