import ActionPlanKit
import Foundation

/// One row of `peer-metadata.csv`: what another project's parser read from a report.
struct PeerRow {
    var name: String
    var published: CalendarDay?
    var leadInspector: String?
    var inspectionStart: CalendarDay?
    var inspectionEnd: CalendarDay?
    /// The peer's grades by its column name, only where it gives a grade.
    var grades: [String: String]

    /// The peer's judgement columns, with the words of our area names that pick the same judgement.
    static let gradeColumns: [(column: String, matches: @Sendable (String) -> Bool)] = [
        ("overall_effectiveness_grade", { $0.contains("overall effectiveness") }),
        ("impact_of_leaders_grade", { $0.contains("impact of leaders") }),
        ("help_and_protection_grade", { $0.contains("help and protection") }),
        ("in_care_grade", { $0.contains("in care") || $0.contains("looked after") }),
        ("care_leavers_grade", { $0.contains("care leavers") && !$0.contains("in care") }),
    ]

    /// Reads the CSV (a header line, then quoted-where-needed fields).
    static func load(_ path: String) -> [String: PeerRow] {
        guard let data = FileManager.default.contents(atPath: path) else { return [:] }
        let records = csvRecords(String(decoding: data, as: UTF8.self))
        guard let header = records.first else { return [:] }
        var rows: [String: PeerRow] = [:]
        for record in records.dropFirst() where record.count == header.count {
            let field = Dictionary(uniqueKeysWithValues: zip(header, record))
            var grades: [String: String] = [:]
            for (column, _) in gradeColumns {
                if let grade = field[column], PeerGrade.isGrade(grade) { grades[column] = grade }
            }
            let name = field["name"] ?? ""
            rows[name] = PeerRow(
                name: name, published: peerDay(field["publication_date"]),
                leadInspector: field["inspector_name"].flatMap { $0.isEmpty ? nil : $0 },
                inspectionStart: peerDay(field["inspection_start_date"]),
                inspectionEnd: peerDay(field["inspection_end_date"]), grades: grades)
        }
        return rows
    }

    /// Parses the peer's DD/MM/YYYY and DD/MM/YY dates.
    static func peerDay(_ text: String?) -> CalendarDay? {
        guard let parts = text?.split(separator: "/").compactMap({ Int($0) }), parts.count == 3 else {
            return nil
        }
        return CalendarDay(year: parts[2] < 100 ? 2000 + parts[2] : parts[2], month: parts[1], day: parts[0])
    }

    private static func csvRecords(_ text: String) -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var iterator = text.makeIterator()
        while let character = iterator.next() {
            switch (quoted, character) {
            case (true, "\""):
                quoted = false
            case (true, _):
                field.append(character)
            case (false, "\""):
                if field.isEmpty { quoted = true } else { field.append(character) }
            case (false, ","):
                record.append(field)
                field = ""
            case (false, "\n"), (false, "\r\n"):
                record.append(field)
                records.append(record)
                record = []
                field = ""
            default:
                field.append(character)
            }
        }
        if !field.isEmpty || !record.isEmpty { records.append(record + [field]) }
        return records
    }
}

/// Grade wording shared by both sides of a comparison.
enum PeerGrade {
    /// Whether the peer's cell holds a grade rather than a note such as "data_unreadable".
    static func isGrade(_ text: String) -> Bool {
        ["outstanding", "good", "adequate", "inadequate", "requires improvement"].contains(text)
    }

    /// "Requires improvement to be good" and "requires improvement" compare equal.
    static func comparable(_ text: String) -> String {
        let lower = text.lowercased()
        return lower.hasPrefix("requires improvement") ? "requires improvement" : lower
    }
}
