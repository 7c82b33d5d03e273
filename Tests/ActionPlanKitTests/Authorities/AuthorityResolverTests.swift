import Testing

@testable import ActionPlanKit

/// A name as a report or a person prints it, and the council it stands for.
struct PrintedName: CustomTestStringConvertible, Sendable {
    var name: String
    var printed: String
    var expected: String?
    var testDescription: String { name }
}

@Suite("Resolving a printed name to its council")
struct AuthorityResolverTests {
    static let cases: [PrintedName] = [
        PrintedName(name: "short name", printed: "Hull", expected: "Kingston upon Hull"),
        PrintedName(
            name: "capitalised Upon", printed: "Kingston Upon Hull City Council",
            expected: "Kingston upon Hull"),
        PrintedName(name: "ONS form", printed: "Bristol, City of", expected: "Bristol"),
        PrintedName(name: "City of … Council", printed: "City of York Council", expected: "York"),
        PrintedName(name: "ampersand", printed: "Hammersmith & Fulham", expected: "Hammersmith and Fulham"),
        PrintedName(name: "London Borough of", printed: "London Borough of Sutton", expected: "Sutton"),
        PrintedName(
            name: "Royal Borough with the", printed: "The Royal Borough of Windsor and Maidenhead",
            expected: "Windsor and Maidenhead"),
        PrintedName(
            name: "Metropolitan Borough Council", printed: "Dudley Metropolitan Borough Council",
            expected: "Dudley"),
        PrintedName(
            name: "Metropolitan Borough of", printed: "Metropolitan Borough of Solihull", expected: "Solihull"
        ),
        PrintedName(name: "lower-case kind", printed: "Wigan metropolitan borough", expected: "Wigan"),
        PrintedName(name: "all capitals", printed: "LEEDS CITY COUNCIL", expected: "Leeds"),
        PrintedName(name: "County first", printed: "County Durham", expected: "Durham"),
        PrintedName(name: "County Council", printed: "Cumbria County Council", expected: "Cumbria"),
        PrintedName(
            name: "Council of the", printed: "Council of the Isles of Scilly", expected: "Isles of Scilly"),
        PrintedName(
            name: "hyphens as spaces", printed: "Stoke on Trent City Council", expected: "Stoke-on-Trent"),
        PrintedName(name: "St. with a full stop", printed: "St. Helens Council", expected: "St Helens"),
        PrintedName(
            name: "children's services trust", printed: "Doncaster Children’s Services Trust",
            expected: "Doncaster"),
        PrintedName(
            name: "children and families trust", printed: "Slough Children and Families Trust",
            expected: "Slough"),
        PrintedName(
            name: "safeguarding children board", printed: "Dudley Safeguarding Children Board",
            expected: "Dudley"),
        PrintedName(
            name: "local safeguarding children board", printed: "Sutton Local Safeguarding Children Board",
            expected: "Sutton"),
        PrintedName(name: "LSCB", printed: "Bexley LSCB", expected: "Bexley"),
        PrintedName(name: "ONS code", printed: "E08000027", expected: "Dudley"),
        PrintedName(name: "former code", printed: "E10000002", expected: "Buckinghamshire"),
        PrintedName(
            name: "a replaced council by its own name", printed: "Dorset County Council",
            expected: "Dorset County Council"),
        PrintedName(name: "the council that replaced it", printed: "Dorset Council", expected: "Dorset"),
        PrintedName(
            name: "the shared core goes to the current council", printed: "Dorset", expected: "Dorset"),
        PrintedName(name: "half a name", printed: "and Fulham", expected: nil),
        PrintedName(name: "a town of two councils", printed: "Kingston", expected: nil),
        PrintedName(name: "not a council", printed: "Ofsted", expected: nil),
        PrintedName(name: "nothing", printed: " ", expected: nil),
        PrintedName(name: "only the kind", printed: "County Council", expected: nil),
    ]

    @Test("a printed name resolves to its council, or to none", arguments: cases)
    func resolves(_ case: PrintedName) {
        #expect(Authorities.resolve(`case`.printed)?.name == `case`.expected)
    }

    @Test("a misspelt name has the nearest council as a suggestion")
    func suggestion() {
        #expect(Authorities.resolve("Dudly") == nil)
        #expect(Authorities.suggestion(for: "Dudly Council")?.name == "Dudley")
        #expect(Authorities.suggestion(for: "Xyzzy") == nil)
    }

    @Test("the reader gives the canonical name, the ONS code and the name as printed")
    func readerGivesAllThree() {
        let report = ReportReader.parse(
            "Kingston Upon Hull City Council\nInspection of services for children in need of help and protection\n"
        )
        #expect(report.authority == "Kingston upon Hull")
        #expect(report.authorityCode == "E06000010")
        #expect(report.authorityAsPrinted == "Kingston Upon Hull City Council")
    }

    @Test("a name the table does not know is kept as printed, with no code")
    func readerKeepsAnUnknownName() {
        let report = ReportReader.parse("Inspection of Atlantis local authority children’s services\n")
        #expect(report.authority == "Atlantis")
        #expect(report.authorityCode == nil)
        #expect(report.authorityAsPrinted == "Atlantis")
    }
}
