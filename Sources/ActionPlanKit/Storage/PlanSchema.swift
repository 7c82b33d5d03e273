import Foundation

/// The fields a plan file may hold where people edit by hand, taken from each record's `CodingKeys`,
/// so there is no second list to keep in step with the model.
enum PlanSchema {
    /// The keys allowed in one kind of object, and the kinds of the objects and lists under it.
    private struct Shape {
        var keys: Set<String>
        var objects: [String: Shape] = [:]
        var lists: [String: Shape] = [:]
    }

    private static func keys<Key: CodingKey & CaseIterable>(_: Key.Type) -> Set<String> {
        Set(Key.allCases.map(\.stringValue))
    }

    private static let change = Shape(keys: keys(FieldChange.CodingKeys.self))
    private static let entry = Shape(keys: keys(HistoryEntry.CodingKeys.self), lists: ["changes": change])
    private static let action = Shape(keys: keys(Action.CodingKeys.self), lists: ["history": entry])
    private static let source = Shape(keys: keys(SourceReport.CodingKeys.self))
    private static let settings = Shape(keys: keys(PlanSettings.CodingKeys.self))
    private static let planEntry = Shape(
        keys: keys(PlanHistoryEntry.CodingKeys.self),
        lists: ["changes": Shape(keys: keys(PlanFieldChange.CodingKeys.self))])

    /// A schema-2 plan: recommendations with their actions nested.
    private static let plan = Shape(
        keys: keys(ActionPlan.CodingKeys.self), objects: ["source": source, "settings": settings],
        lists: [
            "recommendations": Shape(
                keys: keys(Recommendation.CodingKeys.self).union(keys(ActionPlan.NestedKeys.self)),
                lists: ["actions": action]),
            "history": planEntry,
        ])

    /// A schema-1 plan: one flat list of actions, each with its recommendation's words.
    private static let plan1 = Shape(
        keys: keys(ActionPlan.Schema1.PlanKeys.self), objects: ["source": source],
        lists: [
            "actions": Shape(keys: keys(ActionPlan.Schema1.ActionKeys.self), lists: ["history": entry])
        ])

    /// The first field the model does not know, as "line L, column C: where: unknown field 'x'", if any.
    static func unknownField(in outline: JSONOutline, schemaVersion: Int?) -> String? {
        unknown(outline.root, shape: schemaVersion == 1 ? plan1 : plan, at: "", outline)
    }

    private static func unknown(
        _ node: JSONOutline.Node, shape: Shape, at place: String, _ outline: JSONOutline
    )
        -> String?
    {
        guard case .object(_, let members) = node else { return nil }
        if let member = members.first(where: { !shape.keys.contains($0.key) }) {
            let (line, column) = outline.position(of: member.keyOffset)
            let hint = EditDistance.suggestion(for: member.key, among: shape.keys.sorted()).map {
                " (did you mean '\($0)'?)"
            }
            let location = place.isEmpty ? "the top level" : place
            return "line \(line), column \(column): \(location): unknown field '\(member.key)'\(hint ?? "")"
        }
        for member in members {
            let path = place.isEmpty ? member.key : "\(place).\(member.key)"
            if let inner = shape.objects[member.key],
                let fault = unknown(member.value, shape: inner, at: path, outline)
            {
                return fault
            }
            if let inner = shape.lists[member.key], case .array(_, let elements) = member.value {
                for (index, element) in elements.enumerated() {
                    if let fault = unknown(element, shape: inner, at: "\(path)[\(index)]", outline) {
                        return fault
                    }
                }
            }
        }
        return nil
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
