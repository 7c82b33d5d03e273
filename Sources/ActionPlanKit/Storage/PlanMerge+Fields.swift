extension PlanMerge {
    /// The field-by-field three-way merge of two plan trees, noting each field changed two ways.
    struct Merger {
        /// The fields changed two ways, in the order met.
        private(set) var conflicts: [Conflict] = []

        /// The merge of one value: changed on one side, that side's; on both alike, either; on both
        /// differently, the `prefer` side's, noted as a conflict. Objects are merged member by member,
        /// recommendations by number, actions by ID, histories as the union of their entries.
        mutating func merge(_ base: Value?, _ ours: Value?, _ theirs: Value?, at path: [String], prefer: Side)
            -> Value?
        {
            if ours == theirs { return ours }
            if ours == base { return theirs }
            if theirs == base { return ours }
            switch (ours, theirs) {
            case (.object(let oursMembers), .object(let theirsMembers)):
                var keys = oursMembers.map(\.key)
                for member in theirsMembers where !keys.contains(member.key) { keys.append(member.key) }
                var members: [Value.Member] = []
                for key in keys {
                    // The plan's revision is worked out from the renumbered commands, not merged.
                    if path.isEmpty && key == "revision" {
                        if let value = ours?[key] { members.append(Value.Member(key: key, value: value)) }
                        continue
                    }
                    if let value = merge(
                        base?[key], ours?[key], theirs?[key], at: path + [key], prefer: prefer)
                    {
                        members.append(Value.Member(key: key, value: value))
                    }
                }
                return .object(members)
            case (.array(let oursElements), .array(let theirsElements)):
                let all = (base?.elements ?? []) + oursElements + theirsElements
                if let identity = Identity(of: all) {
                    return mergeKeyed(
                        base?.elements ?? [], oursElements, theirsElements, identity, path, prefer)
                }
                if !all.isEmpty && all.allSatisfy({ $0["revision"] != nil }) {
                    return Merger.union(base?.elements ?? [], oursElements, theirsElements)
                }
            default:
                break
            }
            conflicts.append(
                Conflict(
                    place: Merger.place(path), ours: ours?.shown ?? "(nothing)",
                    theirs: theirs?.shown ?? "(nothing)"))
            return prefer == .ours ? ours : theirs
        }

        /// How the elements of an array are told apart: actions by `id`, recommendations by `number`.
        private enum Identity {
            case action, recommendation

            init?(of elements: [Value]) {
                guard !elements.isEmpty else { return nil }
                if elements.allSatisfy({ $0["id"] != nil }) {
                    self = .action
                } else if elements.allSatisfy({ $0["number"] != nil }) {
                    self = .recommendation
                } else {
                    return nil
                }
            }

            var key: String { self == .action ? "id" : "number" }

            func label(_ key: String) -> String {
                self == .action ? "action \(key)" : "recommendation \(key)"
            }

            /// Report order: recommendations by number, actions by recommendation then sequence.
            func order(_ left: String, _ right: String) -> Bool {
                let parts = { (text: String) in text.split(separator: ".").map { Int($0) ?? Int.max } }
                return parts(left).lexicographicallyPrecedes(parts(right))
            }
        }

        private mutating func mergeKeyed(
            _ base: [Value], _ ours: [Value], _ theirs: [Value], _ identity: Identity, _ path: [String],
            _ prefer: Side
        ) -> Value {
            func keyed(_ elements: [Value]) -> [String: Value] {
                Dictionary(
                    elements.map { ($0[identity.key]?.text ?? "", $0) },
                    uniquingKeysWith: { first, _ in first })
            }
            let (baseByKey, oursByKey, theirsByKey) = (keyed(base), keyed(ours), keyed(theirs))
            let keys = Set(baseByKey.keys).union(oursByKey.keys).union(theirsByKey.keys).sorted(
                by: identity.order)
            var merged: [Value] = []
            for key in keys {
                let value = merge(
                    baseByKey[key], oursByKey[key], theirsByKey[key], at: path + [identity.label(key)],
                    prefer: prefer)
                if let value { merged.append(value) }
            }
            return .array(merged)
        }

        /// Every history entry of the three, once each, in revision order (ties in the order met).
        private static func union(_ base: [Value], _ ours: [Value], _ theirs: [Value]) -> Value {
            var entries: [Value] = []
            for entry in base + ours + theirs where !entries.contains(entry) { entries.append(entry) }
            let revision = { (entry: Value) in entry["revision"]?.text.flatMap { Int($0) } ?? 0 }
            let ordered = entries.enumerated().sorted {
                (revision($0.element), $0.offset) < (revision($1.element), $1.offset)
            }
            return .array(ordered.map(\.element))
        }

        /// A path in words: the innermost action or recommendation, then the field within it.
        private static func place(_ path: [String]) -> String {
            guard
                let index = path.lastIndex(where: {
                    $0.hasPrefix("action ") || $0.hasPrefix("recommendation ")
                })
            else { return "plan: " + path.joined(separator: ".") }
            let field = path[(index + 1)...].joined(separator: ".")
            return path[index] + (field.isEmpty ? "" : ": " + field)
        }
    }
}
