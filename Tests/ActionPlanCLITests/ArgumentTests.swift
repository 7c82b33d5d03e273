import Testing

@testable import ActionPlanCLI

@Suite("Command-line arguments")
struct ArgumentTests {
    @Test(
        "usage mistakes exit 64 with a message and a suggestion",
        arguments: [
            RefusedRun(name: "unknown command", arguments: ["overdu"], message: "did you mean 'overdue'?"),
            RefusedRun(
                name: "unknown option", arguments: ["overdue", "--as-off", "2012-04-01"],
                message: "did you mean '--as-of'?"),
            RefusedRun(
                name: "missing value", arguments: ["overdue", "--as-of"],
                message: "option '--as-of' needs a value"),
            RefusedRun(
                name: "impossible date", arguments: ["overdue", "--as-of", "2012-02-30"],
                message: "'2012-02-30' is not a valid date"),
            RefusedRun(
                name: "bad format", arguments: ["overdue", "--format", "pdf"],
                message: "expected one of: text, markdown, html, csv, json"),
            RefusedRun(
                name: "unknown status", arguments: ["update", "p", "1", "--status", "done"],
                message: "'done' is not a valid value for --status"),
            RefusedRun(
                name: "status typo", arguments: ["update", "p", "1", "--status", "complete"],
                message: "did you mean 'completed'?"),
            RefusedRun(
                name: "option twice", arguments: ["update", "p", "1", "--note", "a", "--note", "b"],
                message: "is given twice"),
            RefusedRun(name: "missing argument", arguments: ["update", "p"], message: "missing ACTION"),
            RefusedRun(
                name: "extra argument", arguments: ["generate", "a.txt", "b.txt"],
                message: "unexpected argument 'b.txt'"),
            RefusedRun(
                name: "flag with value", arguments: ["generate", "r.txt", "--force=yes"],
                message: "takes no value"),
            RefusedRun(
                name: "bad number", arguments: ["generate", "r.txt", "--default-months", "six"],
                message: "expected a whole number"),
            RefusedRun(
                name: "plan name as a path", arguments: ["show", "../etc/passwd"],
                message: "is not a plan name"),
            RefusedRun(
                name: "bad action list", arguments: ["update", "p", "1,x", "--note", "n"],
                message: "is not an action ID"),
            RefusedRun(
                name: "bad cost", arguments: ["update", "p", "1", "--cost", "lots"],
                message: "is not an amount"),
        ])
    func usageMistakes(_ usage: RefusedRun) throws {
        let workspace = try Workspace()
        try workspace.add(sampleReport(), name: "p")
        let before = workspace.snapshot()
        let run = workspace.run(usage.arguments)
        #expect(run.status == 64)
        #expect(run.error.hasPrefix("error: "))
        #expect(run.error.contains(usage.message), "\(run.error)")
        #expect(run.output.isEmpty)
        #expect(workspace.snapshot() == before)
    }

    @Test("--name=value and -- are understood")
    func equalsAndDoubleDash() throws {
        let spec = UpdateCommand.spec
        let parsed = try ParsedArguments(scanning: ["--note=a=b", "--", "p", "--7"], spec: spec)
        #expect(parsed.value("--note") == "a=b")
        #expect(parsed.positionals == ["p", "--7"])
    }

    @Test("help lists every option the scanner accepts, for every command")
    func helpMatchesScanner() throws {
        for command in CommandLineTool.commands {
            let workspace = try Workspace()
            let run = workspace.run([command.spec.name, "--help"])
            #expect(run.status == 0)
            #expect(run.output.contains("Usage: actionplan \(command.spec.name)"))
            for option in command.spec.allOptions {
                #expect(run.output.contains(option.name), "\(command.spec.name) help lacks \(option.name)")
                // Every option the help shows is accepted by the scanner.
                let arguments = option.isFlag ? [option.name] : [option.name, option.choices?.first ?? "x"]
                do {
                    _ = try ParsedArguments(scanning: arguments, spec: command.spec)
                } catch {
                    #expect(!error.message.contains("unknown option"), "\(command.spec.name) \(option.name)")
                }
            }
            #expect(workspace.run(["help", command.spec.name]).output == run.output)
        }
    }

    @Test("--version and --help print to standard output and exit 0")
    func versionAndHelp() throws {
        let workspace = try Workspace()
        #expect(workspace.run(["--version"]).output == "actionplan \(CommandLineTool.version)\n")
        let help = workspace.run(["--help"])
        #expect(help.status == 0)
        for command in CommandLineTool.commands { #expect(help.output.contains(command.spec.name)) }
    }
}
