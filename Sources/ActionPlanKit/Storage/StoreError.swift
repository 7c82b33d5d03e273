/// Why the plans folder could not be read or written; nothing was changed.
public enum StoreError: Error, Hashable, Sendable {
    /// No plan of this name; `suggestion` is the nearest existing name.
    case planNotFound(PlanName, directory: String, suggestion: PlanName?)
    /// A plan already has the name a command would give a plan (`generate` without `--force`, `rename`,
    /// `archive --restore`, `undo` of a rename); what to do about it depends on the command.
    case planExists(PlanName, path: String)
    /// `generate --force` would replace a plan whose history records `revisions` changes, without
    /// `--discard-history`.
    case historyWouldBeLost(PlanName, path: String, revisions: Int)
    /// The text given cannot be a plan name (empty, or a path).
    case invalidPlanName(String)
    /// The file is not a valid plan: `detail` names the field and what is wrong with it.
    case corruptPlan(path: String, detail: String)
    /// A returns round's file (`rounds/DAY.json`) cannot be read: `detail` names the field and what is wrong.
    case corruptRound(path: String, detail: String)
    /// The file was written by a newer actionplan and is left untouched.
    case newerSchema(path: String, version: Int, supported: Int)
    /// A system call failed.
    case io(path: String, operation: String, reason: String)
}

extension StoreError: CustomStringConvertible {
    /// What went wrong, naming the file.
    public var description: String {
        switch self {
        case .planNotFound(let name, let directory, let suggestion):
            "\(directory)/\(name.fileName): no such plan"
                + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
        case .planExists(_, let path):
            "\(path): a plan of this name already exists"
        case .historyWouldBeLost(_, let path, let revisions):
            "\(path): the plan has \(revisions) recorded change\(revisions == 1 ? "" : "s") that replacing it would "
                + "discard; add --discard-history to replace it (the old file is kept in the archive folder), "
                + "or --name to generate beside it"
        case .invalidPlanName(let text):
            "'\(text)' is not a plan name: use letters, digits, '-', '_' and '.', not a path"
        case .corruptPlan(let path, let detail):
            "\(path): not a valid plan file: \(detail)"
        case .corruptRound(let path, let detail):
            "\(path): not a valid returns round file: \(detail)"
        case .newerSchema(let path, let version, let supported):
            "\(path): written by a newer actionplan (schema version \(version); "
                + "this one reads up to \(supported)); upgrade actionplan"
        case .io(let path, let operation, let reason):
            "\(path): cannot \(operation): \(reason)"
        }
    }
}
