import Testing

@testable import ActionPlanKit

/// How the national view places a plan under its council, and which regions `--region` knows.
@Suite("councils of plans")
struct CouncilTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var label: String
        var authority: String?
        var code: String?
        var name: String
        var key: String
        var region: String?
        var testDescription: String { label }
    }

    static let cases = [
        Case(
            label: "a stored code gives the canonical name", authority: "Dudley Metropolitan Borough Council",
            code: "E08000027", name: "Dudley", key: "E08000027", region: "West Midlands"),
        Case(
            label: "a former code joins the council's current one",
            authority: "Buckinghamshire County Council",
            code: "E10000002", name: "Buckinghamshire", key: "E06000060", region: "South East"),
        Case(
            label: "no code: a printed name that resolves", authority: "London Borough of Sutton", code: nil,
            name: "Sutton", key: "E09000029", region: "London"),
        Case(
            label: "no code: a printed name that does not resolve stays as printed",
            authority: "Borsetshire County Council", code: nil, name: "Borsetshire County Council",
            key: "name:borsetshire county council", region: nil),
        Case(
            label: "a code the table lacks keeps its plans together", authority: "Atlantis",
            code: "E99999999",
            name: "Atlantis", key: "E99999999", region: nil),
        Case(
            label: "no council at all", authority: nil, code: nil, name: "Council not named", key: "",
            region: nil),
    ]

    @Test("a plan's council", arguments: cases)
    func council(_ example: Case) {
        let council = Council(
            of: SourceReport(
                fileName: "x.txt", sha256: String(repeating: "0", count: 64), authority: example.authority,
                authorityCode: example.code))
        #expect(council.name == example.name)
        #expect(council.key == example.key)
        #expect(council.region == example.region)
    }

    @Test(
        "regions are named as people type them",
        arguments: [
            ("london", "London"), ("North  West", "North West"),
            ("yorkshire & the humber", "Yorkshire and the Humber"),
            ("the East of England", "East of England"),
        ])
    func region(_ typed: String, _ region: String) {
        #expect(CouncilFilter.region(named: typed) == region)
    }

    @Test("a mistyped region has a suggestion and is not taken for one")
    func regionSuggestion() {
        #expect(CouncilFilter.region(named: "Midlands") == nil)
        #expect(CouncilFilter.regionSuggestion(for: "Nort East") == "North East")
        #expect(CouncilFilter.regions.count == 9)
    }

    @Test("a filter on a council admits its plans under a former code, and a region only its councils")
    func filter() {
        let buckinghamshire = SourceReport(
            fileName: "x.txt", sha256: String(repeating: "0", count: 64), authorityCode: "E10000002")
        let sutton = SourceReport(
            fileName: "y.txt", sha256: String(repeating: "0", count: 64), authorityCode: "E09000029")
        let council = CouncilFilter(authority: Authorities.resolve("Buckinghamshire Council"))
        #expect(council.admits(buckinghamshire) && !council.admits(sutton))
        let london = CouncilFilter(region: "London")
        #expect(london.admits(sutton) && !london.admits(buckinghamshire))
        #expect(CouncilFilter().admits(sutton))
    }
}
