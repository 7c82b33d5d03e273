import Foundation

/// The fields a plan file may hold where people edit by hand: the plan, its actions and their history.
///
/// The sets come from encoding a filled-in sample and from the types' stored properties, so they follow
/// the model without a second list to keep in step.
enum PlanSchema {
    /// The keys of the plan object, of an action, of a history entry and of a field change.
    private static let known:
        (plan: Set<String>, action: Set<String>, entry: Set<String>, change: Set<String>) = {
            let day = CalendarDay(year: 2000, month: 1, day: 1)!
            let entry = HistoryEntry(
                revision: 1, on: day, recorded: "2000-01-01T00:00:00Z", by: "x",
                changes: [FieldChange(field: .owner, from: "a", to: "b")], note: "n", reason: "r")
            let action = Action(
                id: ActionID(1)!, recommendation: "r", section: "s", timescale: .immediately, number: 1,
                owner: "o",
                lead: "l", due: day, status: .inProgress, measure: "m", evidence: "e", cost: Money(pence: 1),
                history: [entry])
            let plan = ActionPlan(
                name: PlanName("x")!, source: SourceReport(fileName: "x", sha256: ""), startDate: day,
                actions: [action], revision: 1)
            guard let data = try? PlanCoding.encode(plan), let outline = try? JSONOutline([UInt8](data))
            else {
                return ([], [], [], [])
            }
            // The stored properties too, so an optional field a sample leaves out is still known.
            func keys(_ node: JSONOutline.Node, of value: Any) -> Set<String> {
                let properties = Mirror(reflecting: value).children.compactMap(\.label)
                guard case .object(_, let members) = node else { return Set(properties) }
                return Set(members.map(\.key)).union(properties)
            }
            let actionNode = outline.node(at: [PathKey("actions"), PathKey(0)])
            let entryNode = outline.node(at: [PathKey("actions"), PathKey(0), PathKey("history"), PathKey(0)])
            let changeNode = outline.node(at: [
                PathKey("actions"), PathKey(0), PathKey("history"), PathKey(0), PathKey("changes"),
                PathKey(0),
            ])
            return (
                keys(outline.root, of: plan), keys(actionNode, of: action), keys(entryNode, of: entry),
                keys(changeNode, of: entry.changes[0])
            )
        }()

    /// The first field the model does not know, as "line L, column C: where: unknown field 'x'", if any.
    static func unknownField(in outline: JSONOutline) -> String? {
        guard !known.plan.isEmpty, case .object(_, let members) = outline.root else { return nil }
        if let fault = unknown(members, allowed: known.plan, at: "the top level", outline) { return fault }
        guard let actions = members.first(where: { $0.key == "actions" }),
            case .array(_, let actionNodes) = actions.value
        else { return nil }
        for (a, actionNode) in actionNodes.enumerated() {
            guard case .object(_, let actionMembers) = actionNode else { continue }
            if let fault = unknown(actionMembers, allowed: known.action, at: "actions[\(a)]", outline) {
                return fault
            }
            guard let history = actionMembers.first(where: { $0.key == "history" }),
                case .array(_, let entries) = history.value
            else { continue }
            for (h, entryNode) in entries.enumerated() {
                guard case .object(_, let entryMembers) = entryNode else { continue }
                let place = "actions[\(a)].history[\(h)]"
                if let fault = unknown(entryMembers, allowed: known.entry, at: place, outline) {
                    return fault
                }
                guard let changes = entryMembers.first(where: { $0.key == "changes" }),
                    case .array(_, let changeNodes) = changes.value
                else { continue }
                for (c, changeNode) in changeNodes.enumerated() {
                    guard case .object(_, let changeMembers) = changeNode else { continue }
                    let changePlace = "\(place).changes[\(c)]"
                    if let fault = unknown(changeMembers, allowed: known.change, at: changePlace, outline) {
                        return fault
                    }
                }
            }
        }
        return nil
    }

    private static func unknown(
        _ members: [(key: String, keyOffset: Int, value: JSONOutline.Node)], allowed: Set<String>,
        at place: String,
        _ outline: JSONOutline
    ) -> String? {
        guard let member = members.first(where: { !allowed.contains($0.key) }) else { return nil }
        let (line, column) = outline.position(of: member.keyOffset)
        let hint = EditDistance.suggestion(for: member.key, among: allowed.sorted()).map {
            " (did you mean '\($0)'?)"
        }
        return "line \(line), column \(column): \(place): unknown field '\(member.key)'\(hint ?? "")"
    }
}

/// A coding key made from a name or an index, to look values up by path.
struct PathKey: CodingKey {
    var stringValue: String
    var intValue: Int?

    init(_ name: String) {
        stringValue = name
        intValue = nil
    }

    init(_ index: Int) {
        stringValue = "Index \(index)"
        intValue = index
    }

    init?(stringValue: String) { self.init(stringValue) }

    init?(intValue: Int) { self.init(intValue) }
}
