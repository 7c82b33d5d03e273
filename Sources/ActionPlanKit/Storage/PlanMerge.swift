import Foundation

/// Three-way merge of one plan file changed in two clones: what `actionplan merge` does for git.
///
/// Git sees two edited JSON files; the merge sees two sets of recorded commands. Each side's commands
/// since the common ancestor are kept and renumbered after the ancestor's last revision, in the order
/// they were recorded (so both clones reach the same file); a field changed on one side takes that
/// side's value; only a field changed two different ways is a conflict. The merge works on the file's
/// JSON, field by field, so a field added to the plan later is merged without a change here.
public enum PlanMerge {
    /// A field changed two different ways: where, and the two values.
    public struct Conflict: Hashable, Sendable, CustomStringConvertible {
        /// Where, in words: e.g. "action 3.2: owner" or "plan: source.title".
        public var place: String
        /// The value in the file being merged into (git's "ours").
        public var ours: String
        /// The value in the other change (git's "theirs").
        public var theirs: String

        /// The conflict in one line.
        public var description: String {
            "\(place): \"\(ours)\" here, \"\(theirs)\" in the other change"
        }
    }

    /// What a merge made.
    public struct Outcome: Sendable {
        /// The merged plan file; with conflicts, git-style conflict markers around each two-way change,
        /// so the file is refused until a person chooses.
        public var data: Data
        /// The fields changed two ways, in file order; empty when the merge is clean.
        public var conflicts: [Conflict]
        /// How many recorded commands each side added since the common ancestor, after removing ones
        /// both sides share.
        public var commands: (ours: Int, theirs: Int)
    }

    /// Merges `ours` and `theirs`, two versions of one plan file descended from `base`; `paths` name
    /// the three in messages, `labels` the two sides on conflict markers.
    ///
    /// Each file is decoded with every check a plan file gets (older schemas are migrated first), and
    /// so is the result: a merge never writes a file the tool would refuse, except for the markers.
    public static func merge(
        base: Data, ours: Data, theirs: Data, paths: [String] = ["base", "ours", "theirs"],
        labels: (ours: String, theirs: String) = ("ours", "theirs")
    ) throws(StoreError) -> Outcome {
        let names = paths.count == 3 ? paths : ["base", "ours", "theirs"]
        let trees = [
            try canonicalTree(base, path: names[0]), try canonicalTree(ours, path: names[1]),
            try canonicalTree(theirs, path: names[2]),
        ]
        let renumbering = Renumbering(base: trees[0], ours: trees[1], theirs: trees[2])
        let sides = (
            ours: renumbering.rewrite(trees[1], side: .ours),
            theirs: renumbering.rewrite(trees[2], side: .theirs)
        )
        var merger = Merger()
        let mergedOurs = merger.merge(trees[0], sides.ours, sides.theirs, at: [], prefer: .ours)
        let conflicts = merger.conflicts
        let revision = renumbering.mergedRevision
        let oursFile = try planText(mergedOurs, revision: revision, path: names[1])
        guard !conflicts.isEmpty else {
            return Outcome(data: Data(oursFile.utf8), conflicts: [], commands: renumbering.added)
        }
        var other = Merger()
        let mergedTheirs = other.merge(trees[0], sides.ours, sides.theirs, at: [], prefer: .theirs)
        let theirsFile = try planText(mergedTheirs, revision: revision, path: names[2])
        let marked = ConflictMarkers.join(
            ours: oursFile, theirs: theirsFile, labels: (labels.ours, labels.theirs))
        return Outcome(data: Data(marked.utf8), conflicts: conflicts, commands: renumbering.added)
    }

    /// Writes the merged file over `path` (git's "ours") atomically, as plan files are written.
    public static func write(_ outcome: Outcome, over path: String, shownAs shown: String) throws(StoreError)
    {
        try AtomicFile.writeUnlocked(outcome.data, to: path, shownAs: shown)
    }

    /// One of the two changed versions.
    enum Side: Sendable {
        case ours, theirs
    }

    /// The file decoded (checked, migrated) and encoded again, as a tree: three files in one form.
    private static func canonicalTree(_ data: Data, path: String) throws(StoreError) -> Value {
        let plan = try PlanCoding.decode(data, path: path)
        let bytes: [UInt8]
        do {
            bytes = [UInt8](try PlanCoding.encode(plan))
        } catch {
            throw .corruptPlan(path: path, detail: "cannot be written again: \(error)")
        }
        do {
            return Value(try JSONOutline(bytes).root)
        } catch {
            throw .corruptPlan(path: path, detail: "cannot be read again: \(error.problem)")
        }
    }

    /// The merged tree as a plan file, checked by decoding it as any plan file is.
    private static func planText(_ tree: Value?, revision: Int, path: String) throws(StoreError) -> String {
        guard let tree else { throw .corruptPlan(path: path, detail: "the merge left no plan") }
        let withRevision = tree.setting("revision", to: .scalar(String(revision)))
        let plan = try PlanCoding.decode(Data(withRevision.json.utf8), path: "the merged plan")
        do {
            return String(decoding: try PlanCoding.encode(plan), as: UTF8.self)
        } catch {
            throw .corruptPlan(path: path, detail: "the merged plan cannot be written: \(error)")
        }
    }
}
