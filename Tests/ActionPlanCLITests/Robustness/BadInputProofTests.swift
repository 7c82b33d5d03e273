import ActionPlanKit
import Foundation
import Testing

/// One bad command line or bad file, and what the contract says must happen.
struct BadInput: CustomTestStringConvertible, Sendable {
    var name: String
    /// Prepares the sandbox beyond the standard plans (`dudley`, with history, and `fresh`).
    var setup: @Sendable (Sandbox) throws -> Void = { _ in }
    var arguments: [String]
    /// 64 usage, 65 bad data, 66 missing report or plan, 74 I/O.
    var status: Int32
    /// What standard error must name: the file where there is one, else the offending word.
    var names: String
    var testDescription: String { name }
}

/// The stored text of `dudley` with `old` replaced by `new`, as a hand edit would leave it.
func mangledPlan(_ sandbox: Sandbox, as file: String, _ old: String, _ new: String) throws {
    let text = String(
        decoding: try Data(contentsOf: URL(fileURLWithPath: sandbox.plans + "/dudley.json")), as: UTF8.self)
    precondition(text.contains(old), "the plan text has no \(old)")
    sandbox.write("Plans/\(file).json", Data(text.replacingOccurrences(of: old, with: new).utf8))
}

let badInputs: [BadInput] = [
    // 64: the command line is wrong.
    BadInput(
        name: "unknown command", arguments: ["updat", "dudley"], status: 64, names: "did you mean 'update'"),
    BadInput(
        name: "unknown option", arguments: ["update", "dudley", "1", "--stauts", "completed"], status: 64,
        names: "--stauts"),
    BadInput(name: "action missing", arguments: ["update", "dudley"], status: 64, names: "ACTION"),
    BadInput(
        name: "unknown status", arguments: ["update", "dudley", "1", "--status", "finished"], status: 64,
        names: "finished"),
    BadInput(
        name: "empty item in ID list", arguments: ["update", "dudley", "1,,3", "--note", "x"], status: 64,
        names: "1,,3"),
    BadInput(
        name: "reversed range", arguments: ["update", "dudley", "5-3", "--note", "x"], status: 64,
        names: "5-3"),
    BadInput(
        name: "impossible due date",
        arguments: ["update", "dudley", "1", "--due", "2012-02-30", "--reason", "r"], status: 64,
        names: "2012-02-30"),
    BadInput(
        name: "impossible --on date",
        arguments: ["update", "dudley", "1", "--note", "x", "--on", "2012-13-01"], status: 64,
        names: "2012-13-01"),
    BadInput(
        name: "negative cost", arguments: ["update", "dudley", "1", "--cost", "-5"], status: 64, names: "-5"),
    BadInput(
        name: "nothing to update", arguments: ["update", "dudley", "1"], status: 64,
        names: "nothing to update"),
    BadInput(
        name: "reschedule without reason", arguments: ["update", "dudley", "2", "--due", "2013-01-31"],
        status: 64, names: "needs a reason"),
    BadInput(
        name: "drop without reason", arguments: ["update", "dudley", "2", "--status", "dropped"], status: 64,
        names: "needs a reason"),
    BadInput(
        name: "plan name with a path", arguments: ["update", "../dudley", "1", "--note", "x"], status: 64,
        names: "../dudley"),
    BadInput(
        name: "plan given as a file path", arguments: ["show", "Plans/dudley.json"], status: 64,
        names: "Plans/dudley.json"),
    BadInput(
        name: "stale days not a number", arguments: ["check", "--stale-days", "many"], status: 64,
        names: "many"),
    // 65: the data is wrong, or a rule refuses.
    BadInput(
        name: "sign off before completion", arguments: ["update", "dudley", "2", "--status", "signed-off"],
        status: 65, names: "only a completed action"),
    BadInput(name: "undo with nothing recorded", arguments: ["undo", "fresh"], status: 65, names: "fresh"),
    BadInput(
        name: "truncated plan",
        setup: {
            try mangledPlan($0, as: "cut", "\"name\" : \"dudley\"", "\"name\" : \"cut\"\n")
            let path = $0.plans + "/cut.json"
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            $0.write("Plans/cut.json", data.prefix(data.count / 2))
        },
        arguments: ["update", "cut", "1", "--note", "x"], status: 65,
        names: "Plans/cut.json: not a valid plan file: line "),
    BadInput(
        name: "impossible date in the file",
        setup: { try mangledPlan($0, as: "dudley", "\"due\" : \"2012-03-09\"", "\"due\" : \"2012-02-30\"") },
        arguments: ["show", "dudley"], status: 65,
        names:
            "Plans/dudley.json: not a valid plan file: line 139, column 19: recommendations[3].actions[0].due"
    ),
    BadInput(
        name: "unknown status in the file",
        setup: {
            try mangledPlan($0, as: "dudley", "\"status\" : \"in-progress\"", "\"status\" : \"paused\"")
        },
        arguments: ["update", "dudley", "3", "--note", "x"], status: 65,
        names: "Plans/dudley.json: not a valid plan file: line "),
    BadInput(
        name: "action under another recommendation",
        setup: { try mangledPlan($0, as: "dudley", "\"id\" : \"2\"", "\"id\" : \"1\"") },
        arguments: ["list"], status: 65,
        names:
            "recommendations[1].actions: action 1 is under recommendation 2 but its ID or recommendationNumber says 1"
    ),
    BadInput(
        name: "duplicate key",
        setup: {
            try mangledPlan($0, as: "dudley", "\"owner\" : null,", "\"owner\" : null, \"owner\" : \"x\",")
        },
        arguments: ["update", "dudley", "3", "--note", "x"], status: 65,
        names: "the key 'owner' appears twice"),
    BadInput(
        name: "misspelt field",
        setup: { try mangledPlan($0, as: "dudley", "\"measure\" : null", "\"meausre\" : \"x\"") },
        arguments: ["update", "dudley", "3", "--note", "x"], status: 65,
        names: "unknown field 'meausre' (did you mean 'measure'?)"),
    BadInput(
        name: "newer schema",
        setup: { try mangledPlan($0, as: "dudley", "\"schemaVersion\" : 2", "\"schemaVersion\" : 3") },
        arguments: ["update", "dudley", "1", "--note", "x"], status: 65,
        names: "Plans/dudley.json: written by a newer actionplan"),
    BadInput(
        name: "name inside differs",
        setup: { try mangledPlan($0, as: "copy", "\"revision\"", "\"revision\"") },
        arguments: ["update", "copy", "1", "--note", "x"], status: 65, names: "Plans/copy.json"),
    BadInput(
        name: "empty plan file", setup: { $0.write("Plans/empty.json", Data()) },
        arguments: ["update", "empty", "1", "--note", "x"], status: 65,
        names: "Plans/empty.json: not a valid plan file: the file is empty"),
    BadInput(
        name: "binary plan file",
        setup: { $0.write("Plans/bin.json", Data([0x7F, 0x45, 0x4C, 0x46, 0x00, 0xFF])) },
        arguments: ["show", "bin"], status: 65,
        names: "Plans/bin.json: not a valid plan file: line 1, column 1"),
    BadInput(
        name: "history contradicts state",
        setup: {
            try mangledPlan($0, as: "dudley", "\"status\" : \"in-progress\"", "\"status\" : \"blocked\"")
        },
        arguments: ["check", "dudley"], status: 65, names: "Plans"),
    BadInput(
        name: "empty report", setup: { $0.write("empty.txt", Data()) },
        arguments: ["generate", "empty.txt"], status: 65, names: "empty.txt"),
    BadInput(
        name: "report with no recommendations",
        setup: { $0.write("notes.txt", Data("Minutes of the meeting.\n".utf8)) },
        arguments: ["generate", "notes.txt"], status: 65, names: "notes.txt"),
    // 66: a named report, plan or action does not exist.
    BadInput(
        name: "missing plan", arguments: ["update", "dudly", "1", "--note", "x"], status: 66,
        names: "Plans/dudly.json"),
    BadInput(
        name: "missing action", arguments: ["update", "dudley", "9", "--note", "x"], status: 66,
        names: "no action 9"),
    BadInput(name: "missing report", arguments: ["generate", "nosuch.txt"], status: 66, names: "nosuch.txt"),
    BadInput(
        name: "history of a missing plan", arguments: ["history", "nosuch"], status: 66,
        names: "Plans/nosuch.json"),
    BadInput(
        name: "undo of a missing plan", arguments: ["undo", "nosuch"], status: 66,
        names: "Plans/nosuch.json"),
    BadInput(
        name: "check of a missing plan", arguments: ["check", "nosuch"], status: 66,
        names: "Plans/nosuch.json"),
    // 74: the files cannot be read or written.
    BadInput(
        name: "plan file is a folder",
        setup: {
            try FileManager.default.createDirectory(
                atPath: $0.plans + "/box.json", withIntermediateDirectories: false)
        },
        arguments: ["show", "box"], status: 74, names: "Plans/box.json: cannot read: it is a folder"),
    BadInput(
        name: "lock file is a folder",
        setup: {
            try mangledPlan($0, as: "locked", "\"name\" : \"dudley\"", "\"name\" : \"locked\"")
            try FileManager.default.createDirectory(
                atPath: $0.plans + "/.locked.lock", withIntermediateDirectories: false)
        },
        arguments: ["update", "locked", "1", "--note", "x"], status: 74, names: "Plans/.locked.lock"),
    BadInput(
        name: "plans folder is a file", setup: { $0.write("notafolder", Data("x".utf8)) },
        arguments: ["list", "--plans", "notafolder"], status: 74, names: "notafolder"),
]

@Suite("Proofs: bad input")
struct BadInputProofTests {
    @Test(
        "bad input gets the contract's exit status, a message naming the file, and changes nothing",
        arguments: badInputs)
    func badInput(_ input: BadInput) throws {
        try #require(BuiltTool.exists, "build the tool first: \(BuiltTool.path) is missing")
        let sandbox = try Sandbox()
        try sandbox.addPlan("dudley")
        try sandbox.addPlan("fresh")
        for (ids, update) in [
            ("1", ["--status", "completed"]), ("2", ["--due", "2012-04-30", "--reason", "r"]),
            ("3", ["--status", "in-progress"]),
        ] {
            let run = try BuiltTool.run(["update", "dudley", ids] + update, in: sandbox.directory)
            try #require(run.status == 0, "\(run.error)")
        }
        try input.setup(sandbox)
        let before = sandbox.snapshot()
        let run = try BuiltTool.run(input.arguments, in: sandbox.directory)
        #expect(run.status == input.status, "\(run.error)")
        #expect(run.error.hasPrefix("error: "), "\(run.error)")
        #expect(run.error.contains(input.names), "\(run.error)")
        #expect(sandbox.snapshot() == before, "the sandbox must be byte for byte as it was")
    }

    @Test("the table covers every exit status of the contract with at least 30 cases")
    func coverage() {
        #expect(badInputs.count >= 30)
        #expect(Set(badInputs.map(\.status)) == [64, 65, 66, 74])
    }
}
