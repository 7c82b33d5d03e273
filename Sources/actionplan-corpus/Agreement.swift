import ActionPlanKit
import Foundation

/// Counts, per metadata field, how often our reading agrees with the peer's.
struct Agreement {
    /// One field's tally.
    struct Tally {
        var agree = 0
        var differ = 0
        var peerOnly = 0
        var oursOnly = 0
    }

    /// One report whose field disagrees with the peer.
    struct Disagreement {
        var report: String
        var form: String
        var field: String
        var ours: String
        var peer: String
    }

    static let fields = ["inspection start", "inspection end", "published", "lead inspector", "judgements"]
    var tallies: [String: Tally] = [:]
    var disagreements: [Disagreement] = []

    /// Compares one report's reading with the peer's row.
    mutating func compare(_ report: Report, with peer: PeerRow, name: String, form: String) {
        record(
            "inspection start", report.inspectionStart?.description, peer.inspectionStart?.description, name,
            form)
        record(
            "inspection end", report.inspectionEnd?.description, peer.inspectionEnd?.description, name, form)
        record("published", report.published?.description, peer.published?.description, name, form)
        record(
            "lead inspector", report.leadInspector.map(Self.personKey),
            peer.leadInspector.map(Self.personKey),
            name, form)
        guard !peer.grades.isEmpty else { return }
        var ours: [String] = []
        var theirs: [String] = []
        for (column, matches) in PeerRow.gradeColumns {
            guard let peerGrade = peer.grades[column] else { continue }
            let area = report.judgements.first { matches($0.area.lowercased()) }
            ours.append(
                "\(column.prefix { $0 != "_" })=\(area.map { PeerGrade.comparable($0.grade) } ?? "-")")
            theirs.append("\(column.prefix { $0 != "_" })=\(PeerGrade.comparable(peerGrade))")
        }
        record("judgements", ours.joined(separator: " "), theirs.joined(separator: " "), name, form)
    }

    private mutating func record(
        _ field: String, _ ours: String?, _ peer: String?, _ name: String, _ form: String
    ) {
        var tally = tallies[field] ?? Tally()
        switch (ours, peer) {
        case (nil, nil): break
        case (_?, nil): tally.oursOnly += 1
        case (nil, let peer?):
            tally.peerOnly += 1
            disagreements.append(Disagreement(report: name, form: form, field: field, ours: "-", peer: peer))
        case (let ours?, let peer?) where ours == peer: tally.agree += 1
        case (let ours?, let peer?):
            tally.differ += 1
            disagreements.append(Disagreement(report: name, form: form, field: field, ours: ours, peer: peer))
        }
        tallies[field] = tally
    }

    /// A name compared without case, spacing or the apostrophe's shape.
    static func personKey(_ name: String) -> String {
        name.lowercased().replacingOccurrences(of: "’", with: "'").split(separator: " ").joined(
            separator: " ")
    }
}
