import ActionPlanKit
import Foundation
import Testing

@testable import ActionPlanCLI

/// The command line as people type it: values in their own forms, help that fits the terminal.
@Suite struct CommandLineFormsTests {
    struct ChoiceCase: CustomTestStringConvertible, Sendable {
        var typed: String
        var stored: String
        var testDescription: String { "'\(typed)'" }
    }

    @Test(
        "A status is understood as people type it",
        arguments: [
            ChoiceCase(typed: "In Progress", stored: "in-progress"),
            ChoiceCase(typed: "in progress", stored: "in-progress"),
            ChoiceCase(typed: "IN_PROGRESS", stored: "in-progress"),
            ChoiceCase(typed: "Completed", stored: "completed"),
            ChoiceCase(typed: "Blocked", stored: "blocked"),
            ChoiceCase(typed: "not started", stored: "not-started"),
        ])
    func statusForms(_ example: ChoiceCase) throws {
        let workspace = try Workspace()
        try workspace.add(sampleReport(), name: "dudley")
        let update = workspace.run(["update", "dudley", "1", "--status", example.typed, "--on", "2012-03-01"])
        #expect(update.status == 0, "\(update.error)")
        let plan = try PlanStore(directory: workspace.plans).load(PlanName("dudley")!)
        #expect(plan.actions[0].status.rawValue == example.stored)
        let list = workspace.run(["list", "--status", example.typed, "--format", "json"])
        #expect(list.status == 0, "\(list.error)")
        #expect(list.output.contains("\"status\" : \"\(example.stored)\""))
    }

    @Test("Other enumerated values take any case and spacing: formats")
    func formatForms() throws {
        let workspace = try Workspace()
        try workspace.add(sampleReport(), name: "dudley")
        let run = workspace.run(["overdue", "--format", "JSON"])
        #expect(run.status == 0, "\(run.error)")
        #expect(run.output.hasPrefix("{"))
    }

    @Test("A value that names no choice lists every choice, and suggests the nearest when one is near")
    func unknownChoice() throws {
        let workspace = try Workspace()
        let far = workspace.run(["update", "p", "1", "--status", "finished"])
        #expect(far.status == 64)
        #expect(
            far.error.contains(
                "expected one of: not-started, in-progress, blocked, completed, signed-off, dropped"))
        let near = workspace.run(["update", "p", "1", "--status", "In Progres"])
        #expect(near.error.contains("did you mean 'in-progress'?"))
    }

    @Test("Help fits the width it is given: the terminal's, else 80 columns", arguments: [50, 80, 120])
    func helpWraps(_ width: Int) throws {
        for command in CommandLineTool.commands {
            let help = Help.text(for: command.spec, width: width)
            let examples = Set(command.spec.examples.map { "  " + $0 })
            for line in help.split(separator: "\n") where !examples.contains(String(line)) {
                #expect(line.count <= width, "\(command.spec.name): \(line)")
            }
        }
        for line in Help.overview(CommandLineTool.commands.map { $0.spec }, version: "1", width: width).split(
            separator: "\n")
        {
            #expect(line.count <= width, "overview: \(line)")
        }
    }

    @Test("Help is 80 columns unless the process says otherwise")
    func helpWidthDefault() throws {
        let environment = ToolEnvironment(
            standardOutput: { _ in }, standardError: { _ in }, today: CalendarDay(iso: "2012-04-01")!,
            now: "", userName: "")
        #expect(environment.helpWidth == 80)
        let narrow = Help.text(for: UpdateCommand.spec, width: 60)
        #expect(narrow.contains("Usage: actionplan update PLAN ACTION [--status STATUS]\n"))
    }
}
