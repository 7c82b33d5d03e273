import ActionPlanKit
import Foundation
import Testing

@testable import ActionPlanCLI

/// A text and what it must become on the way out.
struct Neutralising: CustomTestStringConvertible, Sendable {
    var name: String
    var text: String
    var colour: Bool = false
    var shown: String
    var testDescription: String { name }
}

let neutralisings: [Neutralising] = [
    Neutralising(
        name: "plain text is untouched", text: "Zoë Ng, Head of Service\n", shown: "Zoë Ng, Head of Service\n"
    ),
    Neutralising(name: "tab and CRLF stay", text: "a\tb\r\n", shown: "a\tb\r\n"),
    Neutralising(name: "title escape", text: "\u{1B}]0;pwned\u{07}", shown: "␛]0;pwned␇"),
    Neutralising(name: "clear screen", text: "\u{1B}[2J", shown: "␛[2J"),
    Neutralising(name: "lone carriage return", text: "safe\rEVIL", shown: "safe␍EVIL"),
    Neutralising(name: "backspace and DEL", text: "a\u{08}\u{7F}", shown: "a␈␡"),
    Neutralising(name: "DEL alone", text: "a\u{7F}b", shown: "a␡b"),
    Neutralising(name: "C1 control sequence introducer", text: "x\u{9B}31m", shown: "x\u{FFFD}31m"),
    Neutralising(name: "NUL", text: "a\u{0}b", shown: "a␀b"),
    Neutralising(
        name: "colour kept when writing in colour", text: "\u{1B}[31mred\u{1B}[0m", colour: true,
        shown: "\u{1B}[31mred\u{1B}[0m"),
    Neutralising(name: "colour refused when not", text: "\u{1B}[31mred", shown: "␛[31mred"),
    Neutralising(
        name: "other sequences refused even in colour", text: "\u{1B}[2J\u{1B}]0;x\u{07}", colour: true,
        shown: "␛[2J␛]0;x␇"),
    Neutralising(name: "escape at the end", text: "end\u{1B}", colour: true, shown: "end␛"),
]

@Suite("Proofs: control characters")
struct ControlCharacterTests {
    @Test("every control character a terminal would obey is shown, not obeyed", arguments: neutralisings)
    func neutralised(_ case: Neutralising) {
        #expect(ControlCharacters.neutralised(`case`.text, keepingColour: `case`.colour) == `case`.shown)
    }

    /// The output is scanned eight bytes at a time, words of printable ASCII one way and words with line
    /// breaks, tabs or other characters another, so each case is tried at every place in a long line of
    /// each kind: at the start or end of a word, or straddling two.
    @Test("a control character is found wherever it falls in a long output", arguments: neutralisings)
    func neutralisedAnywhere(_ case: Neutralising) {
        for filler in ["abcdefgh", "ab é—\n\tcd", "£a"] {
            let units = Array(filler)
            for offset in 0..<40 {
                let before = String((0..<offset).map { units[$0 % units.count] })
                let after = String(repeating: "b", count: 37) + "\n"
                let shown = ControlCharacters.neutralised(
                    before + `case`.text + after, keepingColour: `case`.colour)
                #expect(shown == before + `case`.shown + after, "after \(before.debugDescription)")
            }
        }
    }

    @Test(
        "a typed value with a control character is refused, naming the option",
        arguments: [
            (
                ["update", "dudley", "1", "--owner", "\u{1B}]0;pwned\u{07}"],
                "--owner contains an escape character"
            ),
            (["update", "dudley", "1", "--owner", "Ann\nSmith"], "--owner contains a line break"),
            (["update", "dudley", "1", "--note", "\u{1B}[2J"], "--note contains an escape character"),
            (["update", "dudley", "1", "--by", "x\u{9B}"], "--by contains a control character (U+009B)"),
            (["generate", "r.txt", "--owner", "a\u{07}"], "--owner contains a control character (U+0007)"),
            (["list", "--owner", "a\rb"], "--owner contains a control character (U+000D)"),
            (["show", "dudley\u{1B}[2J"], "the argument 'dudley␛[2J' contains an escape character"),
        ])
    func typed(_ arguments: [String], _ message: String) throws {
        let workspace = try Workspace()
        try workspace.add(sampleReport(), name: "dudley")
        let before = workspace.snapshot()
        let run = workspace.run(arguments)
        #expect(run.status == 64)
        #expect(run.error.contains(message), "\(run.error)")
        #expect(!run.error.contains("\u{1B}"))
        #expect(workspace.snapshot() == before)
    }

    @Test("a note may run over several lines")
    func multilineNote() throws {
        let workspace = try Workspace()
        try workspace.add(sampleReport(), name: "dudley")
        let run = workspace.run(["update", "dudley", "1", "--note", "first\nsecond"])
        #expect(run.status == 0, "\(run.error)")
    }

    /// A plan whose owners, wording and notes hold escape sequences and line breaks, as a hand edit or an
    /// imported sheet could leave them.
    static func hostilePlan() throws -> Workspace {
        let workspace = try Workspace()
        try workspace.add(sampleReport(), name: "dudley")
        let path = workspace.plans + "/dudley.json"
        var text = try String(contentsOfFile: path, encoding: .utf8)
        text = text.replacingOccurrences(
            of: "\"owner\" : null", with: #""owner" : "\u001b]0;pwned\u0007Ann\nSmith""#)
        text = text.replacingOccurrences(
            of: "\"action\" : \"Agree the health action plan\"",
            with: #""action" : "\u001b[2JAgree\u009b31m""#)
        try #require(
            text.contains("pwned") && text.contains("u009b31m"), "the plan's fields were not replaced")
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return workspace
    }

    @Test(
        "no view lets a control character from a plan through, and a line break in a cell keeps the table whole",
        arguments: [
            ["list"], ["overdue"], ["overdue", "--format", "markdown"], ["overdue", "--format", "html"],
            ["overdue", "--format", "csv"], ["report", "dudley"], ["show", "dudley"],
            ["show", "dudley", "1"],
            ["history", "dudley"], ["export", "dudley"], ["export", "dudley", "--format", "markdown"],
            ["export", "dudley", "--format", "ics"], ["check"],
        ])
    func views(_ arguments: [String]) throws {
        let workspace = try Self.hostilePlan()
        let run = workspace.run(arguments, today: "2012-06-01")
        #expect([0, 65].contains(run.status), "\(run.error)")
        for text in [run.output, run.error] {
            #expect(
                !text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x9B })
        }
        if arguments == ["list"] || arguments == ["overdue"] {
            // Every line of a table starts with its indent or a cell: a broken cell would start "Smith".
            #expect(!run.output.split(separator: "\n").contains { $0.hasPrefix("Smith") }, "\(run.output)")
        }
    }

    @Test("a workbook written to standard output keeps its bytes: only text is neutralised")
    func workbookBytes() throws {
        try #require(BuiltTool.exists)
        let sandbox = try Sandbox()
        try sandbox.addPlan("dudley")
        let file = sandbox.directory + "/out.xlsx"
        #expect(FileManager.default.createFile(atPath: file, contents: nil))
        let handle = try #require(FileHandle(forWritingAtPath: file))
        let run = try DeadlineRun.run(
            ["export", "dudley", "--format", "xlsx"], in: sandbox.directory, output: handle)
        try handle.close()
        #expect(run.status == 0, "\(run.error)")
        let bytes = try #require(FileManager.default.contents(atPath: file))
        #expect(bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]))
        // A zip is full of zero bytes; neutralised, each would have become "␀".
        #expect(bytes.contains(0))
    }

    @Test(
        "a CSV cell that begins with spaces and then a formula is neutralised, and read back as it was",
        arguments: ["  =HYPERLINK(\"x\")", " +1", "\u{A0}@SUM(A1)", "   -2", "'  =1"])
    func spacedFormula(_ value: String) throws {
        let field = CSV.field(value)
        #expect(field.hasPrefix("'") || field.hasPrefix("\"'"), "\(field)")
        let records = try CSV.records(in: CSV.data([["a"], [value]]))
        #expect(records.last?.fields == [value])
    }
}
