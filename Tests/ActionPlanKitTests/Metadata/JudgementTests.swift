import Testing

@testable import ActionPlanKit

/// A judgements table as one text form lays it out, and the judgements in it.
struct JudgementCase: CustomTestStringConvertible, Sendable {
    var name: String
    var text: String
    var expected: [String]
    var testDescription: String { name }
}

@Suite("Judgements")
struct JudgementTests {
    static let cases: [JudgementCase] = [
        JudgementCase(
            name: "ILACS, pdftotext -layout: areas wrapped under their grades",
            text: """
                 Judgement                                   Grade

                 The impact of leaders on social work        Outstanding
                 practice with children and families

                 The experiences and progress of             Requires improvement to be good
                 children in care

                 Overall effectiveness                       Good

                Children in the area receive services that help meet their needs and reduce
                """,
            expected: [
                "The impact of leaders on social work practice with children and families=Outstanding",
                "The experiences and progress of children in care=Requires improvement to be good",
                "Overall effectiveness=Good",
            ]),
        JudgementCase(
            name: "ILACS, pdftotext -layout: first area line above its grade",
            text: """
                 Judgement                                  Grade

                 The impact of leaders on social work
                 practice with children and families        Requires improvement to be good

                 Overall effectiveness                      Inadequate
                """,
            expected: [
                "The impact of leaders on social work practice with children and families="
                    + "Requires improvement to be good",
                "Overall effectiveness=Inadequate",
            ]),
        JudgementCase(
            name: "ILACS, pdftotext -layout: grade wrapped over two lines around its area",
            text: """
                 Judgement                                                Grade

                 The impact of leaders on social work practice with        Requires improvement
                 children and families.                                    to be good

                                                                          Requires improvement to
                 Overall effectiveness
                                                                          be good

                Since the last inspection, the local authority has made progress in some areas.
                """,
            expected: [
                "The impact of leaders on social work practice with children and families="
                    + "Requires improvement to be good",
                "Overall effectiveness=Requires improvement to be good",
            ]),
        JudgementCase(
            name: "ILACS, default pdftotext: areas, a blank line, then the grade",
            text: """
                Judgement

                Grade

                The experiences and progress of
                children who need help and protection

                Requires improvement to
                be good

                Overall effectiveness

                Outstanding

                Children in the area receive services that help meet their needs and reduce
                """,
            expected: [
                "The experiences and progress of children who need help and protection="
                    + "Requires improvement to be good",
                "Overall effectiveness=Outstanding",
            ]),
        JudgementCase(
            name: "SIF, -layout: summary, numbered areas, 'Requires' over 'improvement'",
            text: """
                The overall judgement is that children’s services require
                improvement.2
                The authority is not yet delivering good protection, help or care for children.
                                                                       Requires
                1. Children who need help and protection
                                                                       Improvement
                2. Children looked after and achieving                 Requires
                   permanence                                          Improvement
                          2.1 Adoption performance                     Good
                3. Leadership, management and governance               Inadequate
                1
                  Ofsted produces this report under its power to combine reports in accordance with
                """,
            expected: [
                "Overall effectiveness=Requires improvement",
                "Children who need help and protection=Requires improvement",
                "Children looked after and achieving permanence=Requires improvement",
                "Adoption performance=Good",
                "Leadership, management and governance=Inadequate",
            ]),
        JudgementCase(
            name: "SIF, default pdftotext: grade after a blank line",
            text: """
                Children’s services in Norfolk are inadequate
                There are widespread or serious failures that mean the welfare of children is not safeguarded.

                1. Children who need help and protection

                Requires improvement

                2.2 Experiences and progress of care leavers

                Inadequate

                1

                Ofsted produces this report under its power to combine reports in accordance with section
                """,
            expected: [
                "Overall effectiveness=Inadequate",
                "Children who need help and protection=Requires improvement",
                "Experiences and progress of care leavers=Inadequate",
            ]),
        JudgementCase(
            name: "ILACS, pdftotext -raw: no blank lines, one space before a same-line grade",
            text: """
                Judgement Grade
                The experiences and progress of
                children who need help and protection
                Requires improvement to be good
                The experiences and progress of care
                leavers
                Good
                Overall effectiveness Inadequate
                In 2020, a focused visit found two areas for priority action across the local authority.
                """,
            expected: [
                "The experiences and progress of children who need help and protection="
                    + "Requires improvement to be good",
                "The experiences and progress of care leavers=Good",
                "Overall effectiveness=Inadequate",
            ]),
        JudgementCase(
            name: "SIF, pdftotext -raw: numbered rows run into their grades",
            text: """
                Children’s services require improvement to be good
                1. Children who need help and protection Requires improvement
                2. Children looked after and achieving
                permanence
                Requires improvement
                2.2 Experiences and progress of care leavers Good
                1
                Ofsted produces this report under its power to combine reports in accordance with section
                """,
            expected: [
                "Overall effectiveness=Requires improvement to be good",
                "Children who need help and protection=Requires improvement",
                "Children looked after and achieving permanence=Requires improvement",
                "Experiences and progress of care leavers=Good",
            ]),
        JudgementCase(
            name: "SIF, -layout: areas not judged are left out",
            text: """
                    Children’s services in the Royal Borough of Kingston upon
                    Thames are good
                    1. Children who need help and protection                            Good
                    2. Children looked after and achieving
                                                                                        Not Judged
                       permanence
                           2.1 Adoption performance                                     Not Judged
                    3. Leadership, management and governance                            Good
                """,
            expected: [
                "Overall effectiveness=Good", "Children who need help and protection=Good",
                "Leadership, management and governance=Good",
            ]),
        JudgementCase(
            name: "Markdown tab table, 2009–2013 scale, with a sub-heading row",
            text: "Record of main findings\n\nSafeguarding services\t\nOverall effectiveness\tAdequate\t\n"
                + "Capacity for improvement\tGood\nHow good are outcomes for children?\t\n"
                + "Being healthy\tOutstanding\n",
            expected: [
                "Overall effectiveness=Adequate", "Capacity for improvement=Good",
                "Being healthy=Outstanding",
            ]),
        JudgementCase(
            name: "the grade scale explained is not a judgement",
            text: "Outstanding (Grade 1)\tA service that significantly exceeds minimum requirements\n"
                + "Good\ta service that exceeds minimum requirements\t\n",
            expected: []),
        JudgementCase(
            name: "grade headings under their areas",
            text:
                "### Overall effectiveness\n\n### Grade 3 (Adequate)\n\n"
                + "9. The overall effectiveness is adequate.\n\n"
                + "Capacity for improvement: Grade 2 (Good)\n",
            expected: ["Overall effectiveness=Adequate", "Capacity for improvement=Good"]),
        JudgementCase(
            name: "'judged to be' sentence",
            text: "2. The overall effectiveness of the arrangements to protect children in Sutton is judged "
                + "to be **adequate**.",
            expected: ["Overall effectiveness=Adequate"]),
        JudgementCase(
            name: "a body heading beside its grade after the table is not another judgement",
            text: """
                 Judgement                                   Grade

                 Overall effectiveness                       Good

                Children in the area receive services that help meet their needs and reduce
                risks, supporting them to have better experiences and reach their potential.

                 The experiences and progress of children        Requires improvement
                 looked after and achieving permanence
                """,
            expected: ["Overall effectiveness=Good"]),
    ]

    @Test("Judgements in report order", arguments: cases)
    func readsJudgements(_ example: JudgementCase) {
        let judgements = metadata(example.text).judgements.map { "\($0.area)=\($0.grade)" }
        #expect(judgements == example.expected)
    }

    @Test("Grade cells of both scales")
    func gradeCells() {
        #expect(Grade.cell("Requires improvement to be good") == "Requires improvement to be good")
        #expect(Grade.cell("**adequate**") == "Adequate")
        #expect(Grade.cell("Grade 4 (Inadequate)") == "Inadequate")
        #expect(Grade.cell("Outstanding (Grade 1)") == nil)
        #expect(Grade.cell("Good practice") == nil)
    }
}
