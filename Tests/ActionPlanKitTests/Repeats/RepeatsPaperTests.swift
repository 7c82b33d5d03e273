import Foundation
import FoundationXML
import Testing

@testable import ActionPlanKit

/// A Word paper of the progress report carries the same repeat lines as the text report.
@Suite("repeats in the Word paper")
struct RepeatsPaperTests {
    static func plan(_ name: String, published: String, _ texts: [String]) -> ActionPlan {
        let report = Report(
            authority: "Norfolk", published: CalendarDay(iso: published),
            recommendations: texts.enumerated().map {
                Recommendation(number: $0.offset + 1, timescale: .unspecified, text: $0.element)
            }, authorityCode: "E10000020")
        return try! ActionPlan.generate(
            from: report, name: PlanName(name)!, fileName: "\(name).txt",
            sha256: String(repeating: "0", count: 64))
    }

    @Test("each repeat is a paragraph under its recommendation, and the section lists them")
    func wordParagraphs() throws {
        let earlier = Self.plan(
            "norfolk-2014", published: "2014-03-01",
            ["Improve the consistency of management oversight and supervision of social workers."])
        let later = Self.plan(
            "norfolk-2018", published: "2018-01-19",
            [
                "Ensure that managers give regular, reflective supervision and record their oversight of cases.",
                "Improve placement stability.",
            ])
        let day = CalendarDay(iso: "2018-03-01")!
        let report = ProgressReport(
            plan: later, asOf: day, repeats: PlanRepeats.find(for: later, among: [earlier]))
        let document = try OfficeParts(report.wordDocument().data()).xml("word/document.xml")
        let paragraphs = try document.select("//body/p").map { $0.stringValue ?? "" }
        let line = "Repeats recommendation 1 of norfolk-2014 (2014): not started."
        let under = try #require(paragraphs.firstIndex(of: line), "\(paragraphs)")
        let heading = try #require(paragraphs.firstIndex(of: report.groups[0].heading))
        #expect(heading < under && under < paragraphs.firstIndex(of: report.groups[1].heading)!)
        let section = try #require(paragraphs.firstIndex(of: "Repeated recommendations: 1 of 2"))
        #expect(
            paragraphs[section...].contains(
                "Recommendation 1 repeats recommendation 1 of norfolk-2014 (2014): not started."))
    }
}
