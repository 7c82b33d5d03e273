extension PlanMerge {
    /// The commands each side recorded since the common ancestor, put in one order and numbered after
    /// the ancestor's last revision.
    ///
    /// Both clones numbered their new commands from the same place, so their numbers collide. The
    /// commands are ordered by when they were recorded (then by who, then by content), which both
    /// clones see alike, so merging either way round gives the same file.
    struct Renumbering {
        /// The merged plan's revision.
        private(set) var mergedRevision: Int
        /// How many commands each side added, a command both sides hold counted on each.
        private(set) var added: (ours: Int, theirs: Int)
        private let baseRevision: Int
        private var numbers: [Side: [Int: Int]] = [:]

        /// The renumbering of the commands `ours` and `theirs` added to `base`.
        init(base: Value, ours: Value, theirs: Value) {
            baseRevision = Self.revision(of: base)
            let oursCommands = Self.commands(in: ours, after: baseRevision)
            let theirsCommands = Self.commands(in: theirs, after: baseRevision)
            added = (oursCommands.count, theirsCommands.count)
            var unique: [String: Command] = [:]
            for command in oursCommands + theirsCommands { unique[command.identity] = command }
            let ordered = unique.values.sorted {
                ($0.recorded, $0.by, $0.identity) < ($1.recorded, $1.by, $1.identity)
            }
            var newNumber: [String: Int] = [:]
            for (index, command) in ordered.enumerated() {
                newNumber[command.identity] = baseRevision + 1 + index
            }
            for (side, commands) in [(Side.ours, oursCommands), (.theirs, theirsCommands)] {
                for command in commands {
                    numbers[side, default: [:]][command.revision] = newNumber[command.identity]
                }
            }
            // Revisions with no entry anywhere (a file edited by hand, or written before the plan had
            // a history of its own) still count.
            let oursOther = max(0, Self.revision(of: ours) - baseRevision - oursCommands.count)
            let theirsOther = max(0, Self.revision(of: theirs) - baseRevision - theirsCommands.count)
            mergedRevision = baseRevision + ordered.count + oursOther + theirsOther
        }

        /// `tree` with its new history entries renumbered.
        func rewrite(_ tree: Value, side: Side) -> Value {
            let numbers = self.numbers[side] ?? [:]
            return Self.mapHistory(in: tree) { entry in
                var entry = entry
                // An undo names the revision it reverts: renumbered with it when that was renumbered.
                if let undone = entry["undoes"]?.text.flatMap({ Int($0) }), undone > baseRevision,
                    let new = numbers[undone]
                {
                    entry = entry.setting("undoes", to: .scalar(String(new)))
                }
                guard let old = Self.revision(ofEntry: entry), old > baseRevision, let new = numbers[old]
                else {
                    return entry
                }
                return entry.setting("revision", to: .scalar(String(new)))
            }
        }

        /// One command: the history entries one revision added, with the action (or the plan) each belongs to.
        private struct Command {
            var revision: Int
            var recorded: String
            var by: String
            /// The entries without their revision, as JSON: equal for the same command on both sides.
            var identity: String
        }

        private static func commands(in tree: Value, after base: Int) -> [Command] {
            var entries: [Int: [Value]] = [:]
            // The plan's own entries first, marked as the plan's rather than an action's.
            for entry in tree["history"]?.elements ?? [] {
                guard let revision = revision(ofEntry: entry), revision > base else { continue }
                let unnumbered = entry.setting("revision", to: .scalar("0"))
                entries[revision, default: []].append(.array([.scalar("\"plan\""), unnumbered]))
            }
            for recommendation in tree["recommendations"]?.elements ?? [] {
                for action in recommendation["actions"]?.elements ?? [] {
                    let id = action["id"] ?? .scalar("null")
                    for entry in action["history"]?.elements ?? [] {
                        guard let revision = revision(ofEntry: entry), revision > base else { continue }
                        let unnumbered = entry.setting("revision", to: .scalar("0"))
                        entries[revision, default: []].append(.array([id, unnumbered]))
                    }
                }
            }
            return entries.map { revision, entries in
                Command(
                    revision: revision, recorded: entries.first?[1]?["recorded"]?.text ?? "",
                    by: entries.first?[1]?["by"]?.text ?? "", identity: Value.array(entries).json)
            }
        }

        private static func revision(of plan: Value) -> Int {
            plan["revision"]?.text.flatMap { Int($0) } ?? 0
        }

        private static func revision(ofEntry entry: Value) -> Int? {
            entry["revision"]?.text.flatMap { Int($0) }
        }

        /// `tree` with `transform` applied to every entry of the plan's own history and of every action's.
        private static func mapHistory(in tree: Value, _ transform: (Value) -> Value) -> Value {
            var tree = tree
            if let history = tree["history"] {
                tree = tree.setting("history", to: .array(history.elements.map(transform)))
            }
            guard let recommendations = tree["recommendations"] else { return tree }
            let mapped = recommendations.elements.map { recommendation -> Value in
                guard let actions = recommendation["actions"] else { return recommendation }
                return recommendation.setting(
                    "actions",
                    to: .array(
                        actions.elements.map { action in
                            guard let history = action["history"] else { return action }
                            return action.setting("history", to: .array(history.elements.map(transform)))
                        }))
            }
            return tree.setting("recommendations", to: .array(mapped))
        }
    }
}

extension PlanMerge.Value {
    /// The element at `index` of an array, else `nil`.
    subscript(index: Int) -> PlanMerge.Value? {
        let elements = elements
        return elements.indices.contains(index) ? elements[index] : nil
    }
}
