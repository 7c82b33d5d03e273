import ActionPlanKit

/// The `actionplan` command line, independent of the process it runs in.
///
/// `run` never prints or exits by itself: it writes through the environment's sinks and returns the
/// exit status, so every command can be tested in process.
public struct CommandLineTool {
    /// The tool's version, printed by `--version`.
    public static let version = "0.1.0"

    /// Every command, in the order help lists them.
    static var commands: [any Command.Type] {
        [
            ParseCommand.self, GenerateCommand.self, ListCommand.self, ShowCommand.self, PlanCommand.self,
            UpdateCommand.self,
            HistoryCommand.self, UndoCommand.self, MergeCommand.self, OverdueCommand.self, ReportCommand.self,
            CheckCommand.self, ThemesCommand.self, RepeatsCommand.self,
            AddCommand.self, RenameCommand.self, ArchiveCommand.self,
            ExportCommand.self, ImportCommand.self, CompletionsCommand.self, HelpCommand.self,
        ]
    }

    private let environment: ToolEnvironment

    /// Creates the tool over `environment`; whatever it writes has its control characters neutralised
    /// (see ``ControlCharacters``), so no plan, report or message can drive the terminal.
    public init(environment: ToolEnvironment) {
        var safe = environment
        let colour = environment.wantsColour
        safe.standardOutput = { text in
            environment.standardOutput(ControlCharacters.neutralised(text, keepingColour: colour))
        }
        safe.standardOutputUTF8 = { bytes in
            let changed = bytes.withUnsafeBytes { ControlCharacters.neutralised($0, keepingColour: colour) }
            environment.standardOutputUTF8(changed ?? bytes)
        }
        safe.standardError = { text in
            environment.standardError(ControlCharacters.neutralised(text, keepingColour: false))
        }
        self.environment = safe
    }

    /// Runs the command line `arguments` (without the program name) and returns the exit status.
    public func run(_ arguments: [String]) -> Int32 {
        var command: String?
        var skipped: SkippedPlans?
        do {
            guard let first = arguments.first else {
                environment.standardError(
                    Help.overview(
                        Self.commands.map { $0.spec }, version: Self.version, width: environment.helpWidth))
                return ExitStatus.usage.rawValue
            }
            switch first {
            case "--help", "-h":
                environment.standardOutput(
                    Help.overview(
                        Self.commands.map { $0.spec }, version: Self.version, width: environment.helpWidth))
                return finish(ExitStatus.success.rawValue)
            case "--version":
                environment.standardOutput("actionplan \(Self.version)\n")
                return finish(ExitStatus.success.rawValue)
            default:
                break
            }
            let type = try Self.command(named: first)
            command = type.spec.name
            var parsed = try ParsedArguments(scanning: Array(arguments.dropFirst()), spec: type.spec)
            parsed.today = environment.today
            if parsed.has("--help") {
                environment.standardOutput(Help.text(for: type.spec, width: environment.helpWidth))
                return finish(ExitStatus.success.rawValue)
            }
            let context = CommandContext(environment: environment, arguments: parsed)
            skipped = context.skipped
            try type.run(context)
            return finish(reportSkipped(skipped) ?? ExitStatus.success.rawValue)
        } catch {
            let report = ErrorReport(error, command: command)
            environment.standardError(report.text)
            _ = reportSkipped(skipped)
            return finish(report.status.rawValue)
        }
    }

    /// Names each plan file left out of the output, then the count, after everything else; the status
    /// 65 when there were any, else `nil`.
    private func reportSkipped(_ skipped: SkippedPlans?) -> Int32? {
        guard let failures = skipped?.all, !failures.isEmpty else { return nil }
        for failure in failures { environment.standardError(ErrorReport(failure, command: nil).text) }
        let count =
            failures.count == 1
            ? "1 plan file was left out of the output above: it"
            : "\(failures.count) plan files were left out of the output above: they"
        environment.standardError(
            ErrorReport(
                CLIFailure(
                    where: "actionplan", what: "\(count) could not be read",
                    hint: "fix or move the file; 'actionplan check' lists every problem",
                    status: .dataError),
                command: nil
            ).text)
        return ExitStatus.dataError.rawValue
    }

    /// `status`, unless standard output could not be written: then a script must not take a cut-short
    /// report for a whole one, so the failure is said and the status is 74.
    private func finish(_ status: Int32) -> Int32 {
        guard let failure = environment.outputFailure() else { return status }
        environment.standardError(
            ErrorReport(
                CLIFailure(
                    where: "standard output", what: "cannot write the output: \(failure)",
                    hint: "free some space, or write to a file with --output FILE", status: .ioError),
                command: nil
            ).text)
        return ExitStatus.ioError.rawValue
    }

    /// The command called `name`, or a usage error suggesting the nearest.
    static func command(named name: String) throws(UsageError) -> any Command.Type {
        if let type = commands.first(where: { $0.spec.name == name }) { return type }
        let suggestion = EditDistance.suggestion(for: name, among: commands.map { $0.spec.name })
        throw UsageError(
            "unknown command '\(name)'",
            hint: suggestion.map { "did you mean '\($0)'? ('actionplan --help' lists the commands)" }
                ?? "'actionplan --help' lists the commands")
    }
}

/// `actionplan help [COMMAND]`.
enum HelpCommand: Command {
    static let spec = CommandSpec(
        name: "help", summary: "show help for a command, or list the commands",
        arguments: [ArgumentSpec(name: "COMMAND", help: "the command to explain", count: .optional)],
        examples: ["actionplan help update"])

    static func run(_ context: CommandContext) throws {
        guard let name = context.arguments.positionals.first else {
            context.print(
                Help.overview(
                    CommandLineTool.commands.map { $0.spec }, version: CommandLineTool.version,
                    width: context.environment.helpWidth))
            return
        }
        context.print(
            Help.text(
                for: try CommandLineTool.command(named: name).spec, width: context.environment.helpWidth))
    }
}
