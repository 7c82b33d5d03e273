import Foundation
import Testing

@testable import ActionPlanCLI

/// `actionplan parse` on one report and on several at once.
@Suite("parse command")
struct ParseCommandTests {
    static let reports = [
        "dudley-2012-cabinet.txt", "sutton-2013-protection.txt", "nottinghamshire-2011-safeguarding.txt",
        "south-gloucestershire-2017-sif.txt", "cumbria-2013-protection.txt",
    ].map(EndToEndTests.fixture)

    /// The JSON text `text` decoded to plain Foundation values.
    static func decode(_ text: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(text.utf8))
    }

    @Test("several reports as JSON: one array in argument order, each object as parse gives it alone")
    func severalAsJSON() throws {
        let workspace = try Workspace()
        let run = workspace.run(["parse"] + Self.reports + ["--format", "json"])
        #expect(run.status == 0, "\(run.error)")
        #expect(run.error.isEmpty)
        let array = try #require(try Self.decode(run.output) as? [[String: Any]])
        #expect(array.map { $0["file"] as? String } == Self.reports)
        for (path, element) in zip(Self.reports, array) {
            let alone = workspace.run(["parse", path, "--format", "json"])
            var withoutFile = element
            withoutFile.removeValue(forKey: "file")
            let expected = try #require(try Self.decode(alone.output) as? NSDictionary)
            #expect(NSDictionary(dictionary: withoutFile) == expected, "\(path)")
        }
    }

    @Test("several reports as text: one block per report, under its name, as parse gives it alone")
    func severalAsText() throws {
        let workspace = try Workspace()
        let paths = Array(Self.reports.prefix(3))
        let run = workspace.run(["parse"] + paths)
        #expect(run.status == 0, "\(run.error)")
        let blocks = paths.map { path in "==> \(path) <==\n" + workspace.run(["parse", path]).output }
        #expect(run.output == blocks.joined(separator: "\n"))
    }

    @Test(
        "the council: its canonical name, its ONS code and the name as the report prints it, in JSON and text",
        arguments: [
            ("sutton-2013-protection.txt", "Sutton", "E09000029", "London Borough of Sutton"),
            ("cumbria-2013-protection.txt", "Cumbria", "E10000006", "Cumbria County Council"),
            ("dudley-2012-cabinet.txt", "Dudley", "E08000027", "Dudley"),
        ])
    func council(report: String, name: String, code: String, printed: String) throws {
        let workspace = try Workspace()
        let path = EndToEndTests.fixture(report)
        let run = workspace.run(["parse", path, "--format", "json"])
        let object = try #require(try Self.decode(run.output) as? [String: Any])
        #expect(object["authority"] as? String == name)
        #expect(object["authorityCode"] as? String == code)
        #expect(object["authorityAsPrinted"] as? String == printed)
        let expectedLine = name == printed ? "\(name) (\(code))" : "\(name) (\(code)), printed \"\(printed)\""
        #expect(workspace.run(["parse", path]).output.contains("Authority:       \(expectedLine)\n"))
    }

    @Test("one report keeps its output: no heading, no array, no file member")
    func oneReportUnchanged() throws {
        let workspace = try Workspace()
        let run = workspace.run(["parse", Self.reports[0], "--format", "json"])
        #expect(run.status == 0)
        let object = try #require(try Self.decode(run.output) as? [String: Any])
        #expect(object["file"] == nil)
        #expect(object["recommendations"] != nil)
        #expect(!workspace.run(["parse", Self.reports[0]]).output.contains("==>"))
    }

    @Test("a report that cannot be read is named, the others are still read, the status is the highest")
    func failuresDoNotStopTheOthers() throws {
        let workspace = try Workspace()
        let empty = workspace.directory + "/empty.txt"
        try Data().write(to: URL(fileURLWithPath: empty))
        let missing = workspace.directory + "/missing.txt"
        let run = workspace.run(["parse", empty, Self.reports[0], missing, "--format", "json"])
        // 66 (a report not found) is higher than 65 (a file that is no report).
        #expect(run.status == 66)
        let array = try #require(try Self.decode(run.output) as? [[String: Any]])
        #expect(array.map { $0["file"] as? String } == [Self.reports[0]])
        #expect(run.error.contains("error: \(empty): the file is empty"))
        #expect(run.error.contains("error: \(missing): no such file"))
        #expect(run.error.contains("2 of 3 reports could not be read"))

        let onlyEmpty = workspace.run(["parse", empty, Self.reports[1]])
        #expect(onlyEmpty.status == 65)
        #expect(onlyEmpty.output.hasPrefix("==> \(Self.reports[1]) <==\n"))
    }

    @Test("when no report can be read, JSON output is an empty array and the message says none was read")
    func noneRead() throws {
        let workspace = try Workspace()
        let missing = ["a", "b"].map { workspace.directory + "/\($0).txt" }
        let run = workspace.run(["parse"] + missing + ["--format", "json"])
        #expect(run.status == 66)
        #expect(run.output == "[]\n")
        #expect(run.error.contains("none of the 2 reports could be read"))
        let text = workspace.run(["parse"] + missing)
        #expect(text.status == 66)
        #expect(text.output.isEmpty)
    }

    @Test("help shows that several reports may be given")
    func help() throws {
        let run = try Workspace().run(["parse", "--help"])
        #expect(run.output.contains("actionplan parse REPORT [REPORT...]"))
        // Help is wrapped to the terminal, so a phrase may break across lines.
        #expect(run.output.replacing("\n", with: " ").contains("'==> REPORT <=='"))
    }
}
