import ActionPlanKit
import Foundation

/// `actionplan export PLAN`: the plan as a spreadsheet, a calendar, a Markdown table or its JSON.
enum ExportCommand: Command {
    static let spec = CommandSpec(
        name: "export",
        summary: "export a plan for Excel (xlsx, csv), Outlook (ics), committee papers (markdown) or as json",
        arguments: [
            ArgumentSpec(
                name: "PLAN",
                help: "the plan's name (with --owner-sheets: plans to include, default every plan)",
                count: .many, completion: .plan)
        ],
        options: [
            OptionSpec(
                name: "--format", value: "FORMAT",
                help: "what to write; else taken from --output's extension",
                defaultValue: "csv", choices: ExportFormat.allCases.map(\.rawValue)),
            OptionSpec(
                name: "--as-of", value: "DATE", help: "the day RAG ratings are worked out for, YYYY-MM-DD",
                defaultValue: "today"),
            OptionSpec(
                name: "--output", value: "FILE",
                help: "write to FILE, a new or regular file; - is standard output",
                defaultValue: "standard output",
                completion: .file),
            OptionSpec(
                name: "--owner-sheets", value: "DIR",
                help: "write one workbook per owner of their open actions across the plans into DIR",
                completion: .directory),
        ],
        examples: [
            "actionplan export --owner-sheets returns --as-of 2012-06-30",
            "actionplan export cumbria-2013 --output tracker.xlsx",
            "actionplan export cumbria-2013 --output tracker.csv",
            "actionplan export cumbria-2013 --format ics --output due-dates.ics",
            "actionplan export cumbria-2013 --format markdown",
        ],
        discussion: """
            The workbook (xlsx) and the CSV have one row per action, empty Reason and Note columns and the \
            plan's revision; edit either in Excel and read it back with 'actionplan import'. The workbook \
            holds real dates, RAG cells filled in their colours and a drop-down of the statuses; it is \
            written only to a file or a pipe, never to a terminal. The calendar has one all-day event per due date; importing a \
            later export into Outlook updates those events instead of adding new ones. With --owner-sheets, \
            each owner gets a workbook of their open actions in every plan, the ID column naming plan and \
            action (dudley-2012/3), to send out for the monthly returns; the round is recorded as sent on the \
            --as-of day in the plans folder (rounds/DAY.json), and 'actionplan import FILE.xlsx' of a returned \
            workbook records its owner's return.
            """)

    static func run(_ context: CommandContext) throws {
        let arguments = context.arguments
        if let folder = arguments.value("--owner-sheets") {
            try ownerSheets(into: folder, context)
            return
        }
        guard arguments.positionals.count == 1 else {
            throw UsageError(
                arguments.positionals.isEmpty ? "missing PLAN" : "export takes one PLAN",
                hint: "name one plan, or use --owner-sheets DIR for several", command: spec.name)
        }
        let name = try context.planName(arguments.positionals[0])
        let plan = try context.store.load(name)
        let format = try format(context)
        let exported = try PlanExport.data(
            of: plan, as: format, asOf: try context.asOfDay(), stamp: stamp(context.environment.now))
        let count = format == .ics ? plan.actions.filter { $0.due != nil }.count : plan.actions.count
        let unit = format == .ics ? "due date" : "action"
        let summary = "\(count) \(unit)\(count == 1 ? "" : "s")"
        if format == .xlsx {
            try context.emit(binary: exported, as: .xlsx, summary: summary, command: spec.name)
            return
        }
        // Every other format is text: no control character in the plan reaches a terminal showing it.
        let data =
            exported.withUnsafeBytes { ControlCharacters.neutralised($0, keepingColour: false) }.map {
                Data($0)
            }
            ?? exported
        guard let path = context.outputPath else {
            context.environment.standardOutputUTF8([UInt8](data))
            return
        }
        try context.write(data, to: path, describing: ": \(summary)")
    }

    /// Writes one workbook per owner into `folder`, creating it if needed.
    private static func ownerSheets(into folder: String, _ context: CommandContext) throws {
        if context.arguments.value("--output") != nil || context.arguments.value("--format") != nil {
            throw UsageError(
                "--owner-sheets writes workbooks into its folder; leave out --output and --format",
                command: spec.name)
        }
        let plans = try context.mapPlans(context.arguments.positionals) { $0 }
        let day = try context.asOfDay()
        let sheets = OwnerSheets.sheets(of: plans, asOf: day)
        // A round file for the day that cannot be read would refuse the round only after every sheet
        // went out; refuse before any is written.
        _ = try context.store.round(sentOn: day)
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), !isFolder.boolValue {
            throw StoreError.io(
                path: folder, operation: "create the folder",
                reason: "a file of that name is there, not a folder")
        }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw StoreError.io(
                path: folder, operation: "create the folder", reason: error.localizedDescription)
        }
        for sheet in sheets {
            let count = sheet.workbook.sheets[0].rows.count
            try context.write(
                try sheet.workbook.data(), to: folder + "/" + sheet.fileName,
                describing: ": \(sheet.owner), \(count) open action\(count == 1 ? "" : "s")")
        }
        if sheets.isEmpty {
            context.environment.standardError("no open actions have an owner; nothing written\n")
            return
        }
        // The round is recorded once every sheet is written, so 'overdue --by-owner' can tell who answers.
        let by = context.environment.userName
        let path = try context.store.recordRound(
            sheets.map {
                ReturnsRound.Sheet(
                    owner: $0.owner, file: $0.fileName, actions: $0.actions,
                    recorded: context.environment.now,
                    by: by)
            }, sentOn: day)
        context.print(
            "Recorded the round sent on \(day.written) to \(sheets.count) owner\(sheets.count == 1 ? "" : "s") "
                + "in \(path); 'actionplan overdue --by-owner' shows who has sent nothing since")
    }

    /// `--format`, else the format `--output`'s extension names, else CSV.
    ///
    /// A workbook named as anything but `.xlsx`, or text named `.xlsx`, is refused: the file would not
    /// open as its name says.
    static func format(_ context: CommandContext) throws -> ExportFormat {
        let fileExtension = context.outputExtension
        let fromName = ExportFormat.allCases.first { $0.fileExtension == fileExtension }
        guard let value = context.arguments.value("--format"), let format = ExportFormat(rawValue: value)
        else {
            return fromName ?? .csv
        }
        if let path = context.outputPath, let fileExtension,
            fileExtension != format.fileExtension,
            format.isBinary || fromName?.isBinary == true || OfficeFormat(rawValue: fileExtension) != nil
        {
            throw CommandContext.mismatch(
                path: path, format: value, expected: format.fileExtension, command: spec.name)
        }
        return format
    }

    /// The instant the environment says it is, for the calendar's `DTSTAMP`.
    private static func stamp(_ now: String) -> Date {
        (try? Date(now, strategy: .iso8601)) ?? Date(timeIntervalSince1970: 0)
    }
}
