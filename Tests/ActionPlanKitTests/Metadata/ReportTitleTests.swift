import Foundation
import Testing

@testable import ActionPlanKit

@Suite("The title a report opens with")
struct ReportTitleTests {
    static let cases: [FieldCase] = [
        FieldCase(
            name: "ILACS title wrapped in lower case",
            text:
                "Inspection of Norfolk local authority\nchildren’s services\nInspection dates: 7 to 18 November 2022",
            expected: "Inspection of Norfolk local authority children’s services"),
        FieldCase(
            name: "council's name wrapped in capitals",
            text:
                "Inspection of Rotherham Metropolitan\nBorough Council local authority\nchildren’s services\n"
                + "Inspection dates: 27 June to 1 July 2022",
            expected:
                "Inspection of Rotherham Metropolitan Borough Council local authority children’s services"),
        FieldCase(
            name: "line ending where a name cannot",
            text: "Inspection of the Royal Borough of\nGreenwich\n\nInspection dates: 1 to 5 May 2023",
            expected: "Inspection of the Royal Borough of Greenwich"),
        FieldCase(
            name: "under the council's name",
            text:
                "Sheffield City Council\nInspection of children’s social care services\nInspection dates: 15 July 2019",
            expected: "Inspection of children’s social care services"),
        FieldCase(
            name: "inspection and board review joined by a lone 'and'",
            text:
                "Blackpool Borough Council\nInspection of services for children in need of help and\n"
                + "protection, children looked after and care leavers\nand\n"
                + "Review of the effectiveness of the Local Safeguarding Children\nBoard1\n"
                + "Inspection date: 2 July 2014 – 23 July 2014",
            expected:
                "Inspection of services for children in need of help and protection, children looked after and care leavers"
        ),
        FieldCase(
            name: "board review joined on the same line",
            text:
                "Inspection of services for children in need of help and protection,\n"
                + "children looked after and care leavers\nand Review of the effectiveness of the LSCB\n",
            expected:
                "Inspection of services for children in need of help and protection, children looked after and care leavers"
        ),
        FieldCase(
            name: "footnote number on the last word",
            text:
                "Inspection of services for children in need of help and protection, care leavers1\n\nInspection date: 1 May 2014",
            expected: "Inspection of services for children in need of help and protection, care leavers"),
        FieldCase(
            name: "council's name run into the title",
            text:
                "Inspection of local authority arrangements for the protection of children London Borough of Sutton\n"
                + "Inspection dates:13-22 May 2013\n\nLondon Borough of Sutton\n",
            expected: "Inspection of local authority arrangements for the protection of children"),
        FieldCase(
            name: "cabinet paper under its own heading",
            text:
                "The Cabinet – Wednesday 8 February 2012\n\nReport of the Director\n\n"
                + "Inspection of Safeguarding and Looked after Children\n\nPurpose of Report\n",
            expected: "Inspection of Safeguarding and Looked after Children"),
        FieldCase(
            name: "Markdown heading, name under it",
            text: "# Inspection of safeguarding\n\n## Nottinghamshire\n\n---",
            expected: "Inspection of safeguarding"),
        FieldCase(
            name: "no title before the inspection dates",
            text: "Norfolk\nInspection dates: 1 to 5 May 2023\nInspection of the services found that…",
            expected: nil),
        FieldCase(name: "no title at all", text: "Minutes of the meeting\nPresent: the chair", expected: nil),
    ]

    @Test("Title", arguments: cases)
    func readsTitle(_ example: FieldCase) {
        #expect(metadata(example.text).title == example.expected)
    }

    @Test("Every sample report's title reaches parse and the plan")
    func sampleTitles() throws {
        let expected = [
            "cumbria-2013-protection":
                "Inspection of local authority arrangements for the protection of children",
            "dudley-2012-cabinet": "Inspection of Safeguarding and Looked after Children",
            "nottinghamshire-2011-safeguarding": "Inspection of safeguarding",
            "south-gloucestershire-2017-sif":
                "Inspection of services for children in need of help and protection, children looked after and care leavers",
            "sutton-2013-protection":
                "Inspection of local authority arrangements for the protection of children",
        ]
        for (name, title) in expected {
            let url = try #require(
                Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "Fixtures"))
            let report = ReportReader.parse(try String(contentsOf: url, encoding: .utf8))
            #expect(report.title == title, "\(name)")
        }
    }
}
