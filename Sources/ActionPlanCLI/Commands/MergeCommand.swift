import ActionPlanKit
import Foundation

/// `actionplan merge BASE OURS THEIRS [PATH]`: git's merge driver for plan files.
enum MergeCommand: Command {
    static let spec = CommandSpec(
        name: "merge",
        summary: "merge two changed copies of a plan file; git runs it as a merge driver",
        arguments: [
            ArgumentSpec(name: "BASE", help: "the version both changes started from (git's %O)"),
            ArgumentSpec(name: "OURS", help: "this clone's version, replaced by the merged plan (git's %A)"),
            ArgumentSpec(name: "THEIRS", help: "the other clone's version (git's %B)"),
            ArgumentSpec(
                name: "PATH", help: "the plan file's path in the repository, for messages (git's %P)",
                count: .optional),
        ],
        options: [],
        examples: ["actionplan merge %O %A %B %P"],
        discussion:
            "Set it up once in the repository that holds the plans folder: "
            + "git config merge.actionplan.driver \"actionplan merge %O %A %B %P\", and a line "
            + "\"*.json merge=actionplan\" in Plans/.gitattributes. Each side's recorded changes are kept, "
            + "renumbered after the common version's last revision in the order they were recorded. "
            + "Only a field changed two different ways is a conflict: OURS is then left with git-style "
            + "conflict markers around each such field, the conflicts are listed, and the exit status is 1."
    )

    static func run(_ context: CommandContext) throws {
        let paths = Array(context.arguments.positionals.prefix(3))
        let shown = context.arguments.positionals.count > 3 ? context.arguments.positionals[3] : paths[1]
        let files = try paths.map(read)
        let outcome = try PlanMerge.merge(
            base: files[0], ours: files[1], theirs: files[2], paths: [paths[0], shown, paths[2]],
            labels: ("\(shown) here", "the other change"))
        try PlanMerge.write(outcome, over: paths[1], shownAs: shown)
        guard outcome.conflicts.isEmpty else {
            var lines = [
                "\(outcome.conflicts.count) field\(outcome.conflicts.count == 1 ? "" : "s") changed two ways:"
            ]
            lines += outcome.conflicts.map { "  \($0)" }
            lines.append(
                "Choose one value between the <<<<<<< and >>>>>>> lines in \(shown), then 'git add' it.")
            throw CLIFailure(where: shown, what: lines.joined(separator: "\n"), status: .failure)
        }
        context.environment.standardError(
            "merged \(shown): \(outcome.commands.ours) change\(outcome.commands.ours == 1 ? "" : "s") here, "
                + "\(outcome.commands.theirs) from the other side\n")
    }

    /// The bytes of one of the three versions.
    private static func read(_ path: String) throws -> Data {
        do {
            return try RegularFile.read(path, limit: RegularFile.planLimit)
        } catch {
            throw CLIFailure(
                where: path, what: error == .missing ? "no such file" : "cannot read it: \(error.reason)",
                status: error == .missing ? .noInput : .ioError)
        }
    }
}
