import ActionPlanKit
import Foundation
import Testing

/// An open action with no due date, in a plan with a statement deadline, says by when it must be dated.
@Suite("date to be set by the statement deadline")
struct UndatedWordsTests {
    /// South Gloucestershire 2017: published 13 February 2017, statement due 25 May 2017, no timescales.
    static func workspace() throws -> Workspace {
        let workspace = try Workspace()
        let generate = workspace.run(
            ["generate", EndToEndTests.fixture("south-gloucestershire-2017-sif.txt")], today: "2017-03-01")
        try #require(generate.status == 0, "\(generate.error)")
        return workspace
    }

    static let plan = "south-gloucestershire-2017"
    static let words = "date to be set by 25 May 2017"

    @Test("list and show say it in the due column; a plan without a deadline still says no due date")
    func listAndShow() throws {
        let workspace = try Self.workspace()
        let list = workspace.run(["list", Self.plan, "--as-of", "2017-03-01"], today: "2017-03-01")
        #expect(list.status == 0, "\(list.error)")
        #expect(list.output.contains(Self.words))
        #expect(!list.output.contains("no due date"))
        let show = workspace.run(["show", Self.plan, "--as-of", "2017-03-01"], today: "2017-03-01")
        #expect(show.output.contains(Self.words))
        let one = workspace.run(["show", Self.plan, "2", "--as-of", "2017-03-01"], today: "2017-03-01")
        #expect(one.output.contains(Self.words))

        try workspace.add(sampleReport(), name: "dudley")
        let dudley = workspace.run(["list", "dudley", "--as-of", "2012-04-01"])
        #expect(dudley.output.contains("no due date"))
        #expect(!dudley.output.contains("date to be set"))
    }

    @Test("the exported CSV and workbook say it in the Due column, and importing them back changes nothing")
    func export() throws {
        let workspace = try Self.workspace()
        for format in ["csv", "xlsx"] {
            let sheet = workspace.directory + "/tracker.\(format)"
            let export = workspace.run(["export", Self.plan, "--output", sheet], today: "2017-03-01")
            #expect(export.status == 0, "\(export.error)")
            let data = try Data(contentsOf: URL(fileURLWithPath: sheet))
            let rows =
                format == "csv"
                ? try CSV.records(in: data).map(\.fields) : try WorkbookReader.rows(data).map(\.fields)
            let due = try #require(rows[0].firstIndex(of: "Due"))
            #expect(rows[1][due] == Self.words, "\(format)")
            let back = workspace.run(["import", Self.plan, sheet], today: "2017-03-01")
            #expect(back.status == 0, "\(format): \(back.error)")
            #expect(back.output.contains("No changes"), "\(format): \(back.output)")
        }
    }
}
