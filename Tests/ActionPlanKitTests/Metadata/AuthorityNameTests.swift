import Testing

@testable import ActionPlanKit

@Suite("The authority a report names")
struct AuthorityNameTests {
    static let cases: [FieldCase] = [
        FieldCase(
            name: "ILACS title",
            text:
                "Inspection of Norfolk local authority children’s services\n"
                + "Inspection dates: 1 to 5 May 2023",
            expected: "Norfolk"),
        FieldCase(
            name: "ILACS title wrapped over two lines",
            text:
                "Inspection of Dorset local authority\nchildren’s services\n"
                + "Inspection dates: 17 March to 21 March 2025",
            expected: "Dorset"),
        FieldCase(
            name: "ILACS title with 'the'",
            text: "Inspection of the Isle of Wight local\nauthority children’s services",
            expected: "Isle of Wight"),
        FieldCase(
            name: "ILACS title naming the council",
            text: "Inspection of Kent County Council\nchildren’s services",
            expected: "Kent County Council"),
        FieldCase(
            name: "name above a SIF title",
            text:
                "Norfolk County Council\nInspection of services for children in need of help and\nprotection",
            expected: "Norfolk County Council"),
        FieldCase(
            name: "name over two lines above a title",
            text:
                "The Royal Borough of Windsor and\nMaidenhead\n"
                + "Inspection of services for children in need of help",
            expected: "The Royal Borough of Windsor and Maidenhead"),
        FieldCase(
            name: "Markdown heading above a title after a page number",
            text: "1\n\n# South Gloucestershire\n\n# Inspection of services for children in need of help",
            expected: "South Gloucestershire"),
        FieldCase(
            name: "name under a title", text: "# Inspection of safeguarding\n\n## Nottinghamshire\n\n---",
            expected: "Nottinghamshire"),
        FieldCase(
            name: "bold name under a title",
            text:
                "# Inspection of local authority arrangements for the protection of children\n\n"
                + "**Cumbria County Council** ",
            expected: "Cumbria County Council"),
        FieldCase(
            name: "name run into the title, repeated as a page header",
            text:
                "Inspection of local authority arrangements for the protection of children "
                + "London Borough of Sutton\n"
                + "Inspection dates:13-22 May 2013\n\nLondon Borough of Sutton\n",
            expected: "London Borough of Sutton"),
        FieldCase(
            name: "cabinet paper",
            text:
                "The Cabinet – Wednesday 8 February 2012\nReport of the Director\n"
                + "Inspection of Safeguarding\n"
                + "1. To advise Cabinet of the outcome of Ofsted Inspection of Safeguarding Services "
                + "in Dudley which "
                + "took place between 28 November 2011 to 9 December 2011.",
            expected: "Dudley"),
        FieldCase(name: "no title at all", text: "Minutes of the meeting\nPresent: the chair", expected: nil),
    ]

    @Test("Authority", arguments: cases)
    func readsAuthority(_ example: FieldCase) {
        #expect(metadata(example.text).authority == example.expected)
    }
}
