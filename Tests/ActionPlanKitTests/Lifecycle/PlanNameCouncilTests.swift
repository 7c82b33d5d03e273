import Testing

@testable import ActionPlanKit

/// The default plan name: the council's canonical name as a slug, then the year.
@Suite("PlanName from a council and year")
struct PlanNameCouncilTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var code: String?
        var published: String?
        var inspectionEnd: String?
        var name: String?
        var testDescription: String { "\(code ?? "no code") → \(name ?? "no name")" }
    }

    @Test(
        "canonical name lowercased, spaces and punctuation hyphens, publication year else inspection year",
        arguments: [
            Case(code: "E06000035", published: nil, inspectionEnd: "2013-05-22", name: "medway-2013"),
            Case(
                code: "E06000025", published: "2017-02-13", inspectionEnd: "2016-12-15",
                name: "south-gloucestershire-2017"),
            Case(
                code: "E06000010", published: "2019-03-01", inspectionEnd: nil,
                name: "kingston-upon-hull-2019"),
            Case(code: "E08000013", published: nil, inspectionEnd: "2022-01-20", name: "st-helens-2022"),
            Case(
                code: "E06000022", published: "2015-06-01", inspectionEnd: nil,
                name: "bath-and-north-east-somerset-2015"),
            // A former code resolves to the council it still is.
            Case(
                code: "E10000002", published: "2019-01-04", inspectionEnd: nil, name: "buckinghamshire-2019"),
            Case(code: nil, published: "2019-01-04", inspectionEnd: nil, name: nil),
            Case(code: "E06000035", published: nil, inspectionEnd: nil, name: nil),
        ])
    func defaultName(_ example: Case) {
        let source = SourceReport(
            fileName: "r.txt", sha256: "", authority: "x", authorityCode: example.code,
            inspectionEnd: example.inspectionEnd.flatMap { CalendarDay(iso: $0) },
            published: example.published.flatMap { CalendarDay(iso: $0) })
        #expect(PlanName(council: source)?.rawValue == example.name)
    }
}
