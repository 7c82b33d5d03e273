import ActionPlanKit

extension UpdateCommand {
    /// The options that change an action, which `--themes` (a change to a recommendation) does not take.
    static let actionOptions = [
        "--status", "--owner", "--due", "--action", "--measure", "--evidence", "--cost", "--note",
    ]

    /// `update PLAN REC --themes a,b`: corrects a recommendation's themes, recorded as one plan revision
    /// that `history` lists and `undo` reverts.
    static func setThemes(_ context: CommandContext) throws {
        let arguments = context.arguments
        if let option = actionOptions.first(where: { arguments.value($0) != nil || arguments.has($0) }) {
            throw UsageError(
                "--themes changes a recommendation, \(option) an action",
                hint: "give them in two commands", command: spec.name)
        }
        let name = try context.planName(arguments.positionals[0])
        let text = arguments.positionals[1]
        guard let number = Int(text), number > 0, !text.hasPrefix("0") else {
            throw UsageError(
                "'\(text)' is not a recommendation number; with --themes, give the number its actions' IDs "
                    + "start with, e.g. 3",
                command: spec.name)
        }
        let themes: [Theme]
        switch Theme.list(arguments.value("--themes") ?? "") {
        case .success(let list): themes = list
        case .failure(.unknown(let slug)):
            throw UsageError(
                "--themes: '\(slug)' is not a theme",
                hint: EditDistance.suggestion(for: slug.lowercased(), among: Theme.allCases.map(\.slug))
                    .map { "did you mean '\($0)'? The themes are the slugs in THEMES.md" }
                    ?? "the themes are \(Theme.allCases.map(\.slug).joined(separator: ", "))",
                command: spec.name)
        case .failure(let error): throw UsageError("--themes: \(error)", command: spec.name)
        }
        let author = ChangeAuthor(
            by: try arguments.text("--by") ?? context.environment.userName,
            on: try arguments.day("--on") ?? context.environment.today, recorded: context.environment.now)
        let reason = try arguments.text("--reason")
        let entry = try context.store.modify(name) { plan in
            try plan.checkChangeDay(author.on, today: context.environment.today)
            return try plan.revise(
                [PlanEdit(themes: themes.map(\.slug), of: number)], author: author, reason: reason)
        }
        let titles = themes.map(\.title).joined(separator: "; ")
        guard let entry else {
            context.print(
                "Recommendation \(number): no change (its themes are already \(titles)). No revision recorded."
            )
            return
        }
        context.print(
            (entry.changes.map { "R" + $0.inWords.dropFirst() }
                + [
                    "  now: \(titles)",
                    "Recorded in \(context.store.path(of: name)) as revision \(entry.revision), by \(author.by) "
                        + "on \(author.on.written)",
                ]).joined(separator: "\n"))
    }
}
