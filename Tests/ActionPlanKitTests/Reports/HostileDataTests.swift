import ActionPlanKit
import Foundation
import Testing

/// Data with markup, quotes and separators must come out well-formed in every format.
@Suite struct HostileDataTests {
    static let owner = #"<script>alert(1)</script>, "Smith" & Co"#
    static let plan = SamplePlans.hostile(owner)
    static let asOf = SamplePlans.day("2013-04-01")

    static func outputs(_ format: OutputFormat) throws -> [String] {
        [
            try OverdueReport(plans: [plan], asOf: asOf).render(RenderOptions(format: format)),
            try OverdueReport(plans: [plan], asOf: asOf, byOwner: true).render(RenderOptions(format: format)),
            try ProgressReport(plan: plan, asOf: asOf).render(RenderOptions(format: format)),
        ]
    }

    @Test func htmlEscapesEveryValue() throws {
        for html in try HostileDataTests.outputs(.html) {
            #expect(!html.contains("<script>"))
            #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;, &quot;Smith&quot; &amp; Co"))
            #expect(!html.contains("\"Smith\""))
            #expect(HTMLShape.tagsBalance(html), "every opened tag is closed in order")
        }
    }

    @Test func markdownCarriesNoRawTagsAndKeepsTablesWhole() throws {
        for markdown in try HostileDataTests.outputs(.markdown) {
            #expect(!markdown.contains("<script"))
            #expect(!markdown.contains("</script"))
            #expect(markdown.contains("&lt;script&gt;alert(1)&lt;/script&gt;, \"Smith\" & Co"))
            // Every table row has as many unescaped cell separators as its table's header.
            var columns: Int?
            for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
                guard line.hasPrefix("|") else {
                    columns = nil
                    continue
                }
                let separators = HostileDataTests.unescapedPipes(line)
                if let columns {
                    #expect(separators == columns, "row: \(line)")
                } else {
                    columns = separators
                }
            }
        }
    }

    @Test func csvRoundTripsTheOwnerExactly() throws {
        for csv in try HostileDataTests.outputs(.csv) {
            #expect(csv.hasPrefix("\u{FEFF}"))
            let records = try #require(CSVReader.records(String(csv.dropFirst())))
            let header = try #require(records.first)
            let ownerColumn = try #require(header.firstIndex(of: "Owner"))
            #expect(records.count > 1)
            for record in records.dropFirst() {
                #expect(record.count == header.count)
                #expect(record[ownerColumn] == HostileDataTests.owner)
            }
        }
    }

    @Test func jsonParsesAndCarriesTheOwnerExactly() throws {
        for json in try HostileDataTests.outputs(.json) {
            let object = try JSONSerialization.jsonObject(with: Data(json.utf8))
            #expect(object is [String: Any])
            #expect(json.contains(#""owner" : "<script>alert(1)</script>, \"Smith\" & Co""#))
        }
    }

    @Test func textShowsTheOwnerAsWritten() throws {
        let text = try OverdueReport(plans: [HostileDataTests.plan], asOf: HostileDataTests.asOf)
            .render(RenderOptions(format: .text, width: 200))
        #expect(text.contains(HostileDataTests.owner))
    }

    @Test func aLineBreakInAHandEditedOwnerKeepsTheDetailsLabelsInTheirColumn() throws {
        let plan = SamplePlans.hostile("Head of\nSafeguarding")
        let lines = ActionDetail(plan.actions[0], of: plan, on: HostileDataTests.asOf, policy: RAGPolicy())
            .text(width: 100).split(separator: "\n", omittingEmptySubsequences: false)
        let owner = try #require(lines.firstIndex { $0.hasPrefix("Owner:") })
        #expect(lines[owner] == "Owner:          Head of")
        #expect(lines[owner + 1] == String(repeating: " ", count: 16) + "Safeguarding")
        // Every other line starts with a label or is indented under one.
        for line in lines.prefix(while: { !$0.isEmpty }) {
            #expect(line.hasPrefix(" ") || line.contains(":"), "\(line)")
        }
    }

    static func unescapedPipes(_ line: Substring) -> Int {
        var count = 0
        var escaped = false
        for character in line {
            if character == "|" && !escaped { count += 1 }
            escaped = character == "\\" && !escaped
        }
        return count
    }
}

/// A small RFC 4180 reader, to check that what the CSV writer writes reads back the same.
enum CSVReader {
    /// The records of `text`, or `nil` when it is not valid RFC 4180 (CRLF line ends, quotes doubled).
    static func records(_ text: String) -> [[String]]? {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var index = text.unicodeScalars.startIndex
        let scalars = text.unicodeScalars
        var fieldStarted = false
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            if quoted {
                if scalar == "\"" {
                    if next < scalars.endIndex && scalars[next] == "\"" {
                        field.unicodeScalars.append("\"")
                        index = scalars.index(after: next)
                        continue
                    }
                    quoted = false
                } else {
                    field.unicodeScalars.append(scalar)
                }
            } else {
                switch scalar {
                case "\"":
                    guard !fieldStarted && field.isEmpty else { return nil }
                    quoted = true
                case ",":
                    record.append(field)
                    field = ""
                    fieldStarted = false
                    index = next
                    continue
                case "\r":
                    guard next < scalars.endIndex, scalars[next] == "\n" else { return nil }
                    record.append(field)
                    records.append(record)
                    record = []
                    field = ""
                    fieldStarted = false
                    index = scalars.index(after: next)
                    continue
                case "\n":
                    return nil  // a bare LF outside quotes is not RFC 4180
                default:
                    field.unicodeScalars.append(scalar)
                }
            }
            fieldStarted = true
            index = next
        }
        guard !quoted else { return nil }
        if fieldStarted || !record.isEmpty {
            record.append(field)
            records.append(record)
        }
        return records
    }
}

/// Just enough HTML structure checking to catch data that broke out of its element.
enum HTMLShape {
    static let voidElements: Set<String> = ["meta", "br", "!doctype"]

    /// Whether every start tag is closed, innermost first (void and self-closing tags aside).
    static func tagsBalance(_ html: String) -> Bool {
        var stack: [String] = []
        var rest = Substring(html)
        while let open = rest.firstIndex(of: "<") {
            guard let close = rest[open...].firstIndex(of: ">") else { return false }
            let tag = rest[rest.index(after: open)..<close]
            rest = rest[rest.index(after: close)...]
            let closing = tag.hasPrefix("/")
            let name = (closing ? tag.dropFirst() : tag).prefix { !$0.isWhitespace && $0 != "/" }.lowercased()
            if closing {
                guard stack.popLast() == name else { return false }
            } else if !tag.hasSuffix("/") && !voidElements.contains(name) {
                stack.append(name)
            }
        }
        return stack.isEmpty
    }
}
