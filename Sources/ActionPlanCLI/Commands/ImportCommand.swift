import ActionPlanKit
import Foundation

/// `actionplan import PLAN FILE.xlsx|FILE.csv`: reads back a sheet edited in Excel as one recorded revision.
enum ImportCommand: Command {
    static let spec = CommandSpec(
        name: "import",
        summary: "apply a sheet edited in Excel (from 'actionplan export') to a plan, as one revision",
        arguments: [
            ArgumentSpec(
                name: "PLAN", help: "the plan's name; left out for an owner's returned workbook",
                count: .optional, completion: .plan),
            ArgumentSpec(name: "FILE", help: "the edited .xlsx or .csv file", completion: .file),
        ],
        options: [
            OptionSpec(name: "--dry-run", value: nil, help: "show what would change, and write nothing"),
            OptionSpec(
                name: "--by", value: "NAME", help: "who is making the changes",
                defaultValue: "your login name"),
            OptionSpec(
                name: "--on", value: "DATE", help: "the day the changes took effect, YYYY-MM-DD",
                defaultValue: "today"),
        ],
        examples: [
            "actionplan import cumbria-2013 tracker.csv --dry-run",
            "actionplan import cumbria-2013 tracker.csv --by \"Jane Smith\" --on 2013-09-30",
        ],
        discussion: """
            The file is an Excel workbook (.xlsx, as saved by Excel or LibreOffice; its first sheet is read) or \
            CSV. Rows are matched to actions by the ID column; columns are found by their headers in any order. \
            Owner, due date, status, action, measure, evidence and cost are applied where they differ; \
            Reason explains a moved due date or a dropped action; Note adds a progress note. Edits to the \
            Recommendation, RAG and other read-only columns are ignored with a warning. Changes made to the \
            plan since the sheet was exported (its Revision column) are kept: a cell still as exported does \
            not undo them, and a cell edited on both sides is refused. A sheet with any bad cell is refused \
            as a whole, with every problem listed by row and column. An owner's returned workbook (from \
            'actionplan export --owner-sheets', imported with no PLAN) also records that owner's return to \
            the latest round that sent its actions, as 'actionplan overdue --by-owner' shows.
            """)

    static func run(_ context: CommandContext) throws {
        let arguments = context.arguments
        if arguments.positionals.count == 1 {
            try importReturn(context)
            return
        }
        let name = try context.planName(arguments.positionals[0])
        let path = arguments.positionals[1]
        let data = try read(path)
        let day = context.environment.today
        if arguments.has("--dry-run") {
            let sheet = try importing(data, path: path, into: try context.store.load(name), on: day)
            report(sheet, context: context)
            context.print(
                sheet.isEmpty
                    ? "Dry run: no changes; nothing was written"
                    : "Dry run: \(describe(sheet)) would be recorded; nothing was written")
            return
        }
        let author = ChangeAuthor(
            by: try arguments.text("--by") ?? context.environment.userName,
            on: try arguments.day("--on") ?? day, recorded: context.environment.now)
        // The sheet is checked against the plan as it is under the lock, so no concurrent update is lost.
        let (sheet, entries) = try context.store.modify(name) { plan in
            try plan.checkChangeDay(author.on, today: day)
            let sheet = try importing(data, path: path, into: plan, on: day)
            return (sheet, try plan.apply(sheet, author: author))
        }
        report(sheet, context: context)
        guard let revision = entries.first?.revision else {
            context.print("No changes: the sheet matches the plan; nothing was written")
            return
        }
        context.print(
            "Recorded \(describe(sheet)) in \(context.store.path(of: name)) as revision \(revision), "
                + "by \(author.by) on \(author.on)")
    }

    /// `import FILE`: an owner's returned workbook (IDs such as `dudley-2012/3`), applied to every plan
    /// it touches as one revision per plan; every plan's rows are checked before any is written.
    private static func importReturn(_ context: CommandContext) throws {
        let arguments = context.arguments
        let path = arguments.positionals[0]
        // `import PLAN` alone is a plan with its file forgotten, not an owner's workbook named PLAN.
        if !FileManager.default.fileExists(atPath: path), let name = PlanName(path),
            FileManager.default.fileExists(atPath: context.store.path(of: name))
        {
            throw UsageError("missing FILE", command: spec.name)
        }
        let data = try read(path)
        let day = context.environment.today
        let parts: [(plan: PlanName, records: [CSVRecord])]
        do {
            parts = try OwnerSheets.split(PlanSheet.records(in: data))
        } catch {
            throw FileFault(path: path, error: error)
        }
        func check(_ records: [CSVRecord], _ plan: ActionPlan) throws -> SheetImport {
            do {
                return try PlanSheet.importing(records: records, into: plan, asOf: day, policy: RAGPolicy())
            } catch {
                throw FileFault(path: "\(path) (\(plan.name))", error: error)
            }
        }
        let author = ChangeAuthor(
            by: try arguments.text("--by") ?? context.environment.userName,
            on: try arguments.day("--on") ?? day, recorded: context.environment.now)
        var sheets: [(PlanName, SheetImport)] = []
        for part in parts {
            // A plan the sheet names but the folder lacks is explained before anything is read further.
            guard context.store.contains(part.plan) else {
                throw missing(part.plan, sheet: path, context.store)
            }
            let plan = try context.store.load(part.plan)
            // Every plan is checked before any is written: a day one plan refuses must not leave the
            // others changed and the return unrecorded.
            try plan.checkChangeDay(author.on, today: day)
            sheets.append((part.plan, try check(part.records, plan)))
        }
        for (plan, sheet) in sheets {
            for warning in sheet.warnings where !warning.message.contains("not in the sheet") {
                context.environment.standardError("warning: \(plan): \(warning)\n")
            }
            if !sheet.diff.isEmpty {
                context.print(sheet.diff.map { "\(plan): \($0)" }.joined(separator: "\n"))
            }
        }
        if arguments.has("--dry-run") {
            let changed = sheets.filter { !$0.1.isEmpty }.count
            context.print(
                "Dry run: changes to \(changed) of \(sheets.count) plan\(sheets.count == 1 ? "" : "s") would be recorded; nothing was written"
            )
            return
        }
        // The rounds are read before any plan is written: one that cannot be read would refuse the
        // return after the plans had taken the sheet.
        _ = try context.store.rounds()
        for part in parts {
            let (sheet, entries) = try context.store.modify(part.plan) { plan in
                try plan.checkChangeDay(author.on, today: day)
                let sheet = try check(part.records, plan)
                return (sheet, try plan.apply(sheet, author: author))
            }
            if let revision = entries.first?.revision {
                context.print(
                    "Recorded \(describe(sheet)) in \(context.store.path(of: part.plan)) as revision \(revision)"
                )
            } else {
                context.print("No changes to \(part.plan)")
            }
        }
        // Even a sheet returned with nothing changed is its owner's answer to the round.
        if let (round, owners) = try context.store.recordReturn(
            of: OwnerSheets.actions(in: parts), on: author.on, recorded: author.recorded, by: author.by,
            file: path), !owners.isEmpty
        {
            context.print(
                "Recorded the return of \(owners.joined(separator: ", ")) for the round sent on \(round.sent.written)"
            )
        }
    }

    /// Why the plan `name` a returned sheet's IDs give is not there: archived, renamed since the sheet
    /// went out, or gone; the sheet is named, since the plan is what the officer did not type.
    private static func missing(_ name: PlanName, sheet: String, _ store: PlanStore) -> CLIFailure {
        let said = "its rows name plan '\(name)', "
        if store.archive.contains(name) {
            return CLIFailure(
                where: sheet, what: said + "which is archived",
                hint: "restore it with 'actionplan archive --restore \(name)', then import the sheet again",
                status: .noInput)
        }
        let renamed = ((try? store.names()) ?? []).first { other in
            guard let plan = try? store.load(other) else { return false }
            return plan.history.contains {
                $0.changes.contains { $0.field == .name && $0.from == name.rawValue }
            }
        }
        if let renamed {
            return CLIFailure(
                where: sheet, what: said + "which has been renamed '\(renamed)'",
                hint: "change '\(name)/' to '\(renamed)/' in the sheet's ID column, then import it again",
                status: .noInput)
        }
        return CLIFailure(
            where: sheet, what: said + "which is not in the plans folder",
            hint: "'actionplan list' shows the plans there are", status: .noInput)
    }

    /// The bytes of the sheet at `path`.
    private static func read(_ path: String) throws -> Data {
        do {
            return try RegularFile.read(path, limit: RegularFile.inputLimit)
        } catch {
            let exists = error != .missing
            throw CLIFailure(
                where: path, what: exists ? "cannot read the sheet: \(error.reason)" : "no such file",
                hint: exists ? nil : "export a sheet to edit with 'actionplan export PLAN --output FILE.csv'",
                status: exists ? .ioError : .noInput)
        }
    }

    /// The sheet read against `plan`, a faulty sheet reported as bad input naming the file.
    private static func importing(_ data: Data, path: String, into plan: ActionPlan, on day: CalendarDay)
        throws
        -> SheetImport
    {
        do {
            return try PlanSheet.importing(data, into: plan, asOf: day)
        } catch {
            throw FileFault(path: path, error: error)
        }
    }

    /// Writes the warnings to standard error and the changes, one per line, to standard output.
    private static func report(_ sheet: SheetImport, context: CommandContext) {
        for warning in sheet.warnings {
            context.environment.standardError("warning: \(warning)\n")
        }
        if !sheet.diff.isEmpty { context.print(sheet.diff.joined(separator: "\n")) }
    }

    /// "3 changes to 2 actions".
    private static func describe(_ sheet: SheetImport) -> String {
        let changes = sheet.diff.count
        let actions = sheet.changes.count
        return "\(changes) change\(changes == 1 ? "" : "s") to \(actions) action\(actions == 1 ? "" : "s")"
    }
}
