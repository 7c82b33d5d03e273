import ActionPlanKit
import Foundation

/// `actionplan archive [PLAN...]`: moves plans out of the way of reports, or back; lists the archive.
enum ArchiveCommand: Command {
    static let spec = CommandSpec(
        name: "archive",
        summary:
            "move plans into the archive folder, where reports leave them out; --restore brings one back",
        arguments: [
            ArgumentSpec(
                name: "PLAN", help: "the plans to archive (none: list the archived plans)", count: .many,
                completion: .plan)
        ],
        options: [
            OptionSpec(
                name: "--restore", value: nil,
                help:
                    "move the archived plan PLAN back into the plans folder (refused if a plan has its name)")
        ],
        examples: [
            "actionplan archive nottinghamshire-2011",
            "actionplan archive",
            "actionplan overdue --all --as-of 2012-01-31",
            "actionplan archive --restore nottinghamshire-2011",
        ],
        discussion:
            "Archived plans are kept whole, history and all, in the archive folder inside the plans folder "
            + "(Plans/archive/). overdue, report, list, themes and check leave them out unless given --all. "
            + "A plan archived under a name the archive already holds is kept as NAME-2, NAME-3, …")

    static func run(_ context: CommandContext) throws {
        let arguments = context.arguments
        let store = context.store
        let names = try arguments.positionals.map(context.planName)
        if arguments.has("--restore") {
            guard names.count == 1 else {
                throw UsageError(
                    names.isEmpty
                        ? "--restore needs the archived plan's name" : "--restore takes one plan at a time",
                    hint: "see the archived plans with: actionplan archive", command: spec.name)
            }
            try store.restore(names[0])
            context.print("Restored \(store.archive.path(of: names[0])) to \(store.path(of: names[0]))")
            return
        }
        guard !names.isEmpty else {
            let archived = try store.archivedPlans()
            context.print(ArchiveListing(plans: archived, folder: store.archiveDirectory).text)
            return
        }
        var seen: Set<PlanName> = []
        let unique = names.filter { seen.insert($0).inserted }
        let archived = try store.archive(unique)
        let lines = zip(unique, archived).map { name, slot in
            "Archived \(store.path(of: name)) as \(store.archive.path(of: slot))"
        }
        context.print(
            (lines + ["Restore with: actionplan archive --restore \(archived[0])"]).joined(separator: "\n"))
    }
}

extension OptionSpec {
    /// `--all`, for commands over every plan: the archived plans are taken in too.
    static let includingArchived = OptionSpec(
        name: "--all", value: nil,
        help: "take in the archived plans too (Plans/archive/), when no PLAN is named")
}
