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

    /// Gives `visit` an action's members: the fields a person sees, named as in the plan file, plus
    /// its reading on the day, in sorted order.
    ///
    /// Each is handed over as it is read, with no array of them: a portfolio's JSON holds tens of
    /// thousands of actions.
    static func members(
        of line: ActionLine, _ visit: (StaticString, JSONWriter.Scalar) throws -> Void
    ) rethrows {
        try visit("action", .string(line.action.action))
        try visit("cost", .optional(line.action.cost?.description))
        try visit("daysOverdue", .optional(line.daysOverdue))
        try visit("due", .optional(line.action.due))
        try visit("evidence", .optional(line.action.evidence))
        try visit("id", .string(line.action.id.description))
        try visit("latestNote", .optional(line.latestNote))
        try visit("latestNoteOn", .optional(line.latestNoteOn))
        try visit("lead", .optional(line.recommendation.lead))
        try visit("measure", .optional(line.action.measure))
        try visit("originalDue", .optional(line.action.originalDue))
        try visit("owner", .optional(line.action.owner))
        try visit("rag", .string(line.colour.rawValue))
        try visit("ragReason", .string(line.rating.reason))
        try visit("recommendation", .string(line.recommendation.text))
        try visit("recommendationNumber", .number(line.action.recommendationNumber))
        try visit("section", .optional(line.recommendation.section))
        try visit("status", .string(line.action.status.rawValue))
        try visit("timescale", .string(line.recommendation.timescale.description))
        try visit("urgent", .bool(line.recommendation.urgent))
    }

    /// Writes an action's object (see ``members(of:_:)``).
    static func write(_ line: ActionLine, to writer: inout JSONWriter) {
        writer.object { object in
            members(of: line) { object.member($0, $1) }
        }
    }

    /// An action as an `Encodable` value, for documents still written through `JSONEncoder`.
    struct ActionObject: Encodable {
        var line: ActionLine

        private struct Key: CodingKey {
            var stringValue: String
            var intValue: Int? { nil }
            init(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            try ReportJSON.members(of: line) { name, value in
                let key = Key(stringValue: name.description)
                switch value {
                case .string(let text): try container.encode(text, forKey: key)
                case .number(let number): try container.encode(number, forKey: key)
                case .day(let day): try container.encode(day.isoText, forKey: key)
                case .bool(let flag): try container.encode(flag, forKey: key)
                case .null: try container.encodeNil(forKey: key)
                }
            }
        }
    }
}

extension OverdueReport {
    /// The report as one JSON object: the summary, then each plan's lists under its `name`.
    ///
    /// Written straight into bytes, each plan's part on its own and several at once: over a national
    /// portfolio the document holds tens of thousands of actions.
    func json() -> String {
        String(decoding: jsonUTF8().joined(), as: UTF8.self)
    }

    /// ``json()`` as runs of UTF-8 that follow one another: each plan's part as it was written, never
    /// copied into one buffer or made a string.
    func jsonUTF8() -> [[UInt8]] {
        var writer = JSONWriter()
        writer.object { document in
            document.member("amberWindowDays", .number(policy.amberWindow))
            document.member("asOf", .string(asOf.isoText))
            document.member("author", .optional(header.author))
            document.member("councils")
            document.array { list in
                for group in councils {
                    list.element()
                    list.object { item in
                        item.member("actions", .number(group.actionCount))
                        item.member("authorityCode", .optional(group.council.code))
                        item.member("council", .string(group.council.name))
                        item.member("overdue", .number(group.overdueCount))
                        item.member("plans")
                        item.array { names in
                            for index in group.plans {
                                names.element()
                                names.scalar(.string(plans[index].name.rawValue))
                            }
                        }
                        item.member("region", .optional(group.council.region))
                    }
                }
            }
            document.member("leftOut")
            document.array { list in
                for plan in leftOut {
                    list.element()
                    list.object { item in
                        item.member("plan", .string(plan.name.rawValue))
                        item.member("reason", .string(plan.reason))
                        item.member("startDate", .string(plan.startDate.isoText))
                    }
                }
            }
            document.member("meeting", .optional(header.meeting))
            document.member("meetingDate", .optional(header.meetingDate?.isoText))
            if byOwner {
                document.member("owners")
                document.array { owners in
                    for group in ownerGroups {
                        owners.element()
                        owners.object { owner in
                            owner.member("overdue")
                            owner.array { list in
                                for line in group.actions {
                                    list.element()
                                    list.object { reference in
                                        reference.member("id", .string(line.action.id.description))
                                        reference.member("plan", .string(line.plan.rawValue))
                                    }
                                }
                            }
                            owner.member("owner", .optional(group.owner))
                        }
                    }
                }
            }
            document.member("plans")
            document.array { plansArray in
                let lists = planLists
                let template = plansArray.writerForNextValue
                let parts = JSONWriter.concurrently(lists.count, startingFrom: template) { index, part in
                    lists[index].write(to: &part)
                }
                for part in parts { plansArray.append(part: part) }
            }
            document.member("report", .string("overdue"))
            if byOwner { writeReturnsJSON(to: &document) }
            document.member("summary")
            document.object { summary in
                summary.member("actions", .number(totalActions))
                summary.member("ageing")
                summary.array { buckets in
                    for bucket in ageing {
                        buckets.element()
                        buckets.object { item in
                            item.member("count", .number(bucket.count))
                            item.member("fromDays", .number(bucket.fromDays))
                            item.member("label", .string(bucket.label))
                            item.member("toDays", .optional(bucket.toDays))
                        }
                    }
                }
                summary.member("overdue", .number(overdue.count))
                summary.member("rag")
                summary.array { counts in
                    for count in ragCounts {
                        counts.element()
                        counts.object { item in
                            item.member("count", .number(count.count))
                            item.member("percentage", .number(count.percentage))
                            item.member("rag", .string(count.rag.rawValue))
                        }
                    }
                }
                summary.member("undatedPastDeadline", .number(undatedPastDeadline.count))
            }
        }
        return writer.utf8()
    }

    /// Each plan's heading with its lines, in the report's plan order.
    private var planLists: [PlanLists] {
        var lists = plans.map { PlanLists(heading: $0) }
        var index: [PlanName: Int] = [:]
        for (position, heading) in plans.enumerated() where index[heading.name] == nil {
            index[heading.name] = position
        }
        for line in overdue { lists[index[line.plan]!].overdue.append(line) }
        for line in dueSoon { lists[index[line.plan]!].dueSoon.append(line) }
        for line in undatedPastDeadline { lists[index[line.plan]!].undatedPastDeadline.append(line) }
        for line in noDueDate { lists[index[line.plan]!].noDueDate.append(line) }
        for line in noOwner { lists[index[line.plan]!].noOwner.append(line) }
        return lists
    }

    private struct PlanLists: Sendable {
        var heading: PlanHeading
        var overdue: [ActionLine] = []
        var dueSoon: [ActionLine] = []
        var undatedPastDeadline: [ActionLine] = []
        var noDueDate: [ActionLine] = []
        var noOwner: [ActionLine] = []

        func write(to writer: inout JSONWriter) {
            writer.object { plan in
                plan.member("actions", .number(heading.actionCount))
                plan.member("authority", .optional(heading.authority))
                plan.member("authorityCode", .optional(heading.council.code))
                plan.member("council", .string(heading.council.name))
                PlanLists.write("dueSoon", dueSoon, to: &plan)
                plan.member("name", .string(heading.name.rawValue))
                PlanLists.write("noDueDate", noDueDate, to: &plan)
                PlanLists.write("noOwner", noOwner, to: &plan)
                PlanLists.write("overdue", overdue, to: &plan)
                plan.member("region", .optional(heading.council.region))
                plan.member("statementDue", .optional(heading.statementDue))
                PlanLists.write("undatedPastDeadline", undatedPastDeadline, to: &plan)
            }
        }

        private static func write(_ key: String, _ lines: [ActionLine], to plan: inout JSONWriter) {
            plan.member(key)
            plan.array { list in
                for line in lines {
                    list.element()
                    ReportJSON.write(line, to: &list)
                }
            }
        }
    }
}
