import ActionPlanKit

/// `actionplan plan PLAN`: the plan's header, or a correction of it recorded as one revision.
enum PlanCommand: Command {
    static let spec = CommandSpec(
        name: "plan",
        summary:
            "show a plan's header (council, report, dates, statement deadline), or correct it as a recorded revision",
        arguments: [ArgumentSpec(name: "PLAN", help: "the plan's name", completion: .plan)],
        options: [
            OptionSpec(
                name: "--authority", value: "NAME",
                help: "the council: its name as people write it, an alias or its ONS code (e.g. E08000027)"),
            OptionSpec(name: "--title", value: "TEXT", help: "the report's title (\"\" clears it)"),
            OptionSpec(
                name: "--published", value: "DATE",
                help:
                    "the report's publication date, YYYY-MM-DD; the statement of action deadline is counted again from it"
            ),
            OptionSpec(
                name: "--meeting", value: "NAME",
                help: "the meeting the plan is reported to, e.g. Cabinet (\"\" clears it)"),
            OptionSpec(name: "--meeting-date", value: "DATE", help: "the day of that meeting, YYYY-MM-DD"),
            OptionSpec(
                name: "--author", value: "NAME",
                help: "the officer who writes the plan's reports (\"\" clears it)"),
            OptionSpec(name: "--reason", value: "TEXT", help: "why the header is corrected"),
            OptionSpec(
                name: "--by", value: "NAME", help: "who is correcting it", defaultValue: "your login name"),
            OptionSpec(
                name: "--on", value: "DATE", help: "the day the correction took effect, YYYY-MM-DD",
                defaultValue: "today"),
            OptionSpec(
                name: "--format", value: "FORMAT", help: "output format of the header", defaultValue: "text",
                choices: ["text", "json"]),
        ],
        examples: [
            "actionplan plan sutton-2013",
            "actionplan plan sutton-2013 --published 2013-02-22 --reason \"date on Ofsted's web page\"",
            "actionplan plan dudley-2011 --authority Dudley --meeting Cabinet --meeting-date 2012-03-14",
        ],
        discussion:
            "Without a correction, prints the header. With one or more of --authority, --title, --published, "
            + "--meeting, --meeting-date and --author, changes those fields as one revision, kept in the plan's "
            + "history with who, when and why, so 'undo' reverts it. --authority sets the council's canonical "
            + "name and ONS code; --published also sets the statement of action deadline, 70 working days after "
            + "it. A correction that changes nothing records nothing.")

    /// The options that correct the header, in the order their changes are listed.
    private static let corrections = [
        "--authority", "--title", "--published", "--meeting", "--meeting-date", "--author",
    ]

    static func run(_ context: CommandContext) throws {
        let arguments = context.arguments
        let name = try context.planName(arguments.positionals[0])
        let correction = try HeaderCorrection(
            authority: arguments.text("--authority").map(authority), title: arguments.value("--title"),
            published: arguments.pastDay("--published", what: "a report's publication"),
            meeting: arguments.value("--meeting"),
            meetingDate: arguments.day("--meeting-date"), author: arguments.value("--author"))
        guard !correction.isEmpty else {
            if let stray = ["--reason", "--by", "--on"].first(where: { arguments.value($0) != nil }) {
                throw UsageError(
                    "\(stray) goes with a correction",
                    hint: "give one of " + corrections.joined(separator: ", "), command: spec.name)
            }
            let view = PlanHeaderView(try context.store.load(name))
            context.print(arguments.value("--format") == "json" ? view.json() : view.text())
            return
        }
        let author = ChangeAuthor(
            by: try arguments.text("--by") ?? context.environment.userName,
            on: try arguments.day("--on") ?? context.environment.today, recorded: context.environment.now)
        let reason = try arguments.text("--reason")
        let calendar = try context.calendar()
        let entry = try context.store.modify(name) { plan in
            try plan.checkChangeDay(author.on, today: context.environment.today)
            return try plan.correctHeader(correction, calendar: calendar, author: author, reason: reason)
        }
        guard let entry else {
            context.print("Nothing to change: plan \(name)'s header already says that. No revision recorded.")
            return
        }
        let lines =
            entry.changes.map { "  " + $0.inWords }
            + [
                "Recorded as revision \(entry.revision) of \(context.store.path(of: name)) by \(author.by) "
                    + "on \(author.on.written)"
            ]
        context.print("Corrected the header of plan \(name):\n" + lines.joined(separator: "\n"))
    }

    /// The council `text` names, or a usage error with the nearest name.
    private static func authority(_ text: String) throws -> Authority {
        if let authority = Authorities.resolve(text) { return authority }
        throw UsageError(
            "--authority '\(text)' is not a council actionplan knows",
            hint: Authorities.suggestion(for: text).map { "did you mean '\($0.name)'?" }
                ?? "give the council's name, a common form of it, or its ONS code (e.g. E08000027)",
            command: spec.name)
    }
}
