import Foundation

/// The JSON forms of the reports: stable key order, `YYYY-MM-DD` dates, and `null` for empty fields.
enum ReportJSON {
    /// `value` as pretty JSON with sorted keys and a final newline.
    static func encode(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
        } catch {
            // Only strings, whole numbers and dates as strings are encoded, none of which can fail.
            preconditionFailure("report JSON could not be encoded: \(error)")
        }
    }

    /// An action with the fields a person sees, named as in the plan file, plus its reading on the day.
    struct ActionObject: Encodable {
        var line: ActionLine

        private enum Keys: String, CodingKey {
            case id, action, recommendation, section, timescale, owner, lead, due, originalDue, status, rag
            case ragReason, measure, evidence, cost, daysOverdue, latestNote, latestNoteOn
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            let action = line.action
            try container.encode(action.id, forKey: .id)
            try container.encode(action.action, forKey: .action)
            try container.encode(action.recommendation, forKey: .recommendation)
            try container.encode(action.section, forKey: .section)
            try container.encode(action.timescale, forKey: .timescale)
            try container.encode(action.owner, forKey: .owner)
            try container.encode(action.lead, forKey: .lead)
            try container.encode(action.due, forKey: .due)
            try container.encode(action.originalDue, forKey: .originalDue)
            try container.encode(action.status, forKey: .status)
            try container.encode(line.colour, forKey: .rag)
            try container.encode(line.rating.reason, forKey: .ragReason)
            try container.encode(action.measure, forKey: .measure)
            try container.encode(action.evidence, forKey: .evidence)
            try container.encode(action.cost, forKey: .cost)
            try container.encode(line.daysOverdue, forKey: .daysOverdue)
            try container.encode(line.latestNote, forKey: .latestNote)
            try container.encode(line.latestNoteOn, forKey: .latestNoteOn)
        }
    }
}

extension OverdueReport {
    /// The report as one JSON object: the summary, then each plan's lists under its `name`.
    func json() -> String {
        ReportJSON.encode(Document(report: self))
    }

    private struct Document: Encodable {
        var report: OverdueReport

        private enum Keys: String, CodingKey { case report, asOf, amberWindowDays, summary, plans, owners }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode("overdue", forKey: .report)
            try container.encode(report.asOf, forKey: .asOf)
            try container.encode(report.policy.amberWindow, forKey: .amberWindowDays)
            try container.encode(Summary(report: report), forKey: .summary)
            var groups = [PlanName: PlanLists]()
            for heading in report.plans { groups[heading.name] = PlanLists(heading: heading) }
            for line in report.overdue { groups[line.plan]?.overdue.append(line) }
            for line in report.dueSoon { groups[line.plan]?.dueSoon.append(line) }
            for line in report.noDueDate { groups[line.plan]?.noDueDate.append(line) }
            for line in report.noOwner { groups[line.plan]?.noOwner.append(line) }
            try container.encode(report.plans.compactMap { groups[$0.name] }, forKey: .plans)
            if report.byOwner {
                try container.encode(report.ownerGroups.map(OwnerObject.init), forKey: .owners)
            }
        }
    }

    private struct Summary: Encodable {
        var report: OverdueReport

        private enum Keys: String, CodingKey { case actions, overdue, rag, ageing }
        private enum BucketKeys: String, CodingKey { case label, fromDays, toDays, count }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(report.totalActions, forKey: .actions)
            try container.encode(report.overdue.count, forKey: .overdue)
            try container.encode(report.ragCounts, forKey: .rag)
            var ageing = container.nestedUnkeyedContainer(forKey: .ageing)
            for bucket in report.ageing {
                var item = ageing.nestedContainer(keyedBy: BucketKeys.self)
                try item.encode(bucket.label, forKey: .label)
                try item.encode(bucket.fromDays, forKey: .fromDays)
                try item.encode(bucket.toDays, forKey: .toDays)
                try item.encode(bucket.count, forKey: .count)
            }
        }
    }

    private struct PlanLists: Encodable {
        var heading: PlanHeading
        var overdue: [ActionLine] = []
        var dueSoon: [ActionLine] = []
        var noDueDate: [ActionLine] = []
        var noOwner: [ActionLine] = []

        private enum Keys: String, CodingKey {
            case name, authority, actions, overdue, dueSoon, noDueDate, noOwner
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(heading.name, forKey: .name)
            try container.encode(heading.authority, forKey: .authority)
            try container.encode(heading.actionCount, forKey: .actions)
            try container.encode(overdue.map(ReportJSON.ActionObject.init), forKey: .overdue)
            try container.encode(dueSoon.map(ReportJSON.ActionObject.init), forKey: .dueSoon)
            try container.encode(noDueDate.map(ReportJSON.ActionObject.init), forKey: .noDueDate)
            try container.encode(noOwner.map(ReportJSON.ActionObject.init), forKey: .noOwner)
        }
    }

    private struct OwnerObject: Encodable {
        var group: OwnerGroup

        private enum Keys: String, CodingKey { case owner, overdue }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(group.owner, forKey: .owner)
            try container.encode(
                group.actions.map { PlanAction(plan: $0.plan, id: $0.action.id) }, forKey: .overdue)
        }
    }

    /// A reference to an action listed in full under its plan.
    private struct PlanAction: Encodable {
        var plan: PlanName
        var id: ActionID
    }
}
