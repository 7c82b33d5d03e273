import Foundation

extension ThemeTally {
    /// The counts as a table for the terminal, with a bar of the recommendations per theme.
    public func text() -> String {
        var lines = [
            "Themes of \(rows.count) recommendation\(rows.count == 1 ? "" : "s") in \(planCount) plan\(planCount == 1 ? "" : "s")"
        ]
        if let groups {
            for group in groups {
                lines.append("")
                lines.append("\(group.name) (\(group.recommendations) recommendations)")
                lines += table(group.counts)
            }
        } else {
            lines.append("")
            lines += table(counts)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func table(_ counts: [Count]) -> [String] {
        let width = max(Theme.allCases.map(\.title.count).max() ?? 0, 5)
        let most = counts.map(\.recommendations).max() ?? 1
        var lines = [
            "  " + "Theme".padding(toLength: width, withPad: " ", startingAt: 0) + "  Recs  Plans  Councils"
        ]
        for count in counts {
            let title = Theme(rawValue: count.theme)?.title ?? count.theme
            let bar = String(repeating: "█", count: max(1, count.recommendations * 20 / max(most, 1)))
            lines.append(
                "  " + title.padding(toLength: width, withPad: " ", startingAt: 0)
                    + String(
                        format: "  %4d  %5d  %8d  ", count.recommendations, count.plans, count.authorities)
                    + bar)
        }
        return lines
    }

    /// The counts as JSON: `{"recommendations": [...], "themes": [...]}`, and `"groups"` when grouped.
    public func json() -> String {
        struct Grouped: Encodable {
            var council: String?
            var year: String?
            var recommendations: Int
            var themes: [Count]
        }
        struct Document: Encodable {
            var recommendations: [Row]
            var themes: [Count]
            var groups: [Grouped]?
        }
        let document = Document(
            recommendations: rows, themes: counts,
            groups: groups?.map {
                Grouped(
                    council: grouping == .council ? $0.name : nil, year: grouping == .year ? $0.name : nil,
                    recommendations: $0.recommendations, themes: $0.counts)
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(document)) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// The counts as CSV for a spreadsheet, one row per theme (per group when grouped).
    public func csv() -> String {
        var records: [[String]] = []
        let groupHeading = grouping == .year ? "Year" : "Council"
        records.append(
            (grouping == nil ? [] : [groupHeading]) + [
                "Theme", "Slug", "Recommendations", "Plans", "Councils",
            ])
        let sets = groups.map { $0.map { ($0.name, $0.counts) } } ?? [("", counts)]
        for (name, counts) in sets {
            for count in counts {
                records.append(
                    (grouping == nil ? [] : [name])
                        + [
                            Theme(rawValue: count.theme)?.title ?? count.theme, count.theme,
                            String(count.recommendations), String(count.plans), String(count.authorities),
                        ])
            }
        }
        return records.map { $0.map(Self.csvField).joined(separator: ",") + "\r\n" }.joined()
    }

    private static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else {
            return text
        }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A printable HTML page: a bar chart (SVG) and a table of the counts, per group when grouped.
    public func html() -> String {
        var body = [
            "<h1>Themes of inspection recommendations</h1>",
            "<p>\(rows.count) recommendations in \(planCount) plans.</p>",
        ]
        let sets = groups.map { $0.map { ($0.name, $0.counts) } } ?? [("", counts)]
        for (name, counts) in sets {
            if !name.isEmpty { body.append("<h2>\(Self.escaped(name))</h2>") }
            body.append(Self.chart(counts))
            body.append(
                "<table><thead><tr><th>Theme</th><th>Recommendations</th><th>Plans</th><th>Councils</th></tr></thead><tbody>"
            )
            for count in counts {
                let title = Theme(rawValue: count.theme)?.title ?? count.theme
                body.append(
                    "<tr><td>\(Self.escaped(title))</td><td>\(count.recommendations)</td><td>\(count.plans)</td><td>\(count.authorities)</td></tr>"
                )
            }
            body.append("</tbody></table>")
        }
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>Themes of inspection recommendations</title>
            <style>
            body { font-family: Arial, Helvetica, sans-serif; margin: 2em; color: #111; }
            table { border-collapse: collapse; margin: 1em 0 2em; }
            th, td { border: 1px solid #999; padding: 4px 8px; text-align: left; }
            td + td, th + th { text-align: right; }
            svg text { font-family: Arial, Helvetica, sans-serif; font-size: 12px; }
            </style>
            </head>
            <body>
            \(body.joined(separator: "\n"))
            </body>
            </html>

            """
    }

    /// A horizontal bar chart of recommendations per theme.
    static func chart(_ counts: [Count]) -> String {
        let labelWidth = 290
        let barArea = 400
        let rowHeight = 22
        let most = max(counts.map(\.recommendations).max() ?? 1, 1)
        let height = counts.count * rowHeight + 10
        var parts = [
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(labelWidth + barArea + 60)\" height=\"\(height)\" role=\"img\" aria-label=\"Recommendations per theme\">"
        ]
        for (index, count) in counts.enumerated() {
            let y = index * rowHeight + 5
            let width = max(1, count.recommendations * barArea / most)
            let title = Theme(rawValue: count.theme)?.title ?? count.theme
            parts.append(
                "<text x=\"\(labelWidth - 6)\" y=\"\(y + 15)\" text-anchor=\"end\">\(escaped(title))</text>"
                    + "<rect x=\"\(labelWidth)\" y=\"\(y + 2)\" width=\"\(width)\" height=\"\(rowHeight - 6)\" fill=\"#1d70b8\"><title>\(escaped(title)): \(count.recommendations)</title></rect>"
                    + "<text x=\"\(labelWidth + width + 5)\" y=\"\(y + 15)\">\(count.recommendations)</text>")
        }
        parts.append("</svg>")
        return parts.joined(separator: "\n")
    }

    static func escaped(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(character)
            }
        }
        return out
    }
}
