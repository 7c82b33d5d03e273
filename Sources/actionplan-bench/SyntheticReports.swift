import ActionPlanKit
import Foundation

/// Reports made up to stand in for the corpus, shaped like the real ones: family, list length, timescales, wording.
enum SyntheticReports {
    /// Authorities to spread the synthetic reports over (several inspections each, as in life).
    static let authorities = [
        "Barnsley", "Bromley", "Cambridgeshire", "Cumberland", "Dorset", "Dudley", "Durham", "Hillingdon",
        "Isle of Wight", "Liverpool", "Luton", "Norfolk", "Reading", "Rotherham", "South Gloucestershire",
        "Sutton", "Warrington", "West Northamptonshire", "Westmorland and Furness", "Wigan",
    ]

    /// Wording used when there is no corpus to take sentences from.
    static let fallbackSentences = [
        "Ensure that all children in need of help and protection receive a timely response from social workers",
        "Improve the quality and consistency of assessments so that they take account of children's histories",
        "Strengthen management oversight and supervision so that plans for children are progressed without delay",
        "Ensure that return home interviews are offered to every child who goes missing and that the information "
            + "gathered is used to reduce risk",
        "Improve the timeliness of initial health assessments for children who come into care",
        "Ensure that care leavers receive their pathway plans and know their entitlements",
        "Increase the stability of the social work workforce and reduce caseloads to manageable levels",
        "Ensure that the Local Safeguarding Children Board evaluates the effectiveness of early help services",
        "Improve the quality of child protection plans so that they are specific, measurable and time bound",
        "Ensure that strategy discussions involve all relevant partners, including health and police",
        "Improve the sufficiency of local placements so that fewer children live a long way from home",
        "Ensure that the voice of the child is clearly recorded and informs planning and decision-making",
    ]

    /// Up to 6,000 sentences of report prose, 80–360 characters long, from every fourth corpus text.
    static func sentences(fromCorpus files: [String], random: inout SeededRandom) -> [String] {
        var sentences: [String] = []
        for (index, path) in files.enumerated() where index % 4 == 0 {
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            let text = String(decoding: data, as: UTF8.self).split(whereSeparator: \.isWhitespace).joined(
                separator: " ")
            for piece in text.components(separatedBy: ". ") {
                guard (80...360).contains(piece.utf8.count), let first = piece.unicodeScalars.first,
                    ("A"..."Z").contains(first),
                    piece.unicodeScalars.allSatisfy({ $0.isASCII && $0 != "|" && $0 != "\u{0C}" })
                else { continue }
                sentences.append(piece)
            }
            if sentences.count > 60_000 { break }
        }
        guard !sentences.isEmpty else { return fallbackSentences }
        sentences.shuffle(using: &random)
        return Array(sentences.prefix(6_000))
    }

    /// `count` reports: a fifth 2009–2013 style with timescales, a third SIF, the rest ILACS with none.
    static func make(count: Int, sentences: [String], random: inout SeededRandom) -> [SourceText] {
        (0..<count).map { index in
            let authority = authorities[index % authorities.count]
            let family = index % 15
            let recommendationCount = Int.random(in: 5...15, using: &random)
            var recommendations: [Recommendation] = []
            for number in 1...recommendationCount {
                let timescale: Timescale
                var section: String?
                switch family {
                case 0..<3:
                    timescale = random.pick([
                        .immediately, .withinMonths(3), .withinMonths(3), .withinMonths(6),
                    ])
                case 3..<8:
                    timescale = .unspecified
                    if number > recommendationCount - 2 { section = "LSCB" }
                default:
                    timescale = .unspecified
                }
                recommendations.append(
                    Recommendation(
                        number: number, section: section, timescale: timescale,
                        text: random.pick(sentences) + ".",
                        lead: random.chance(0.1) ? "the LSCB" : nil, line: 100 + number * 7))
            }
            let end = CalendarDay(year: 2024, month: 1, day: 1)!.adding(days: index % 700)
            let report = Report(
                authority: authority + " Council", inspectionStart: end.adding(days: -11), inspectionEnd: end,
                published: end.adding(days: 40), leadInspector: "Inspector \(index % 37)",
                judgements: [
                    Judgement(
                        area: "Overall effectiveness",
                        grade: random.pick(["Good", "Requires improvement to be good", "Inadequate"]))
                ],
                recommendations: recommendations)
            let slug = authority.lowercased().replacingOccurrences(of: " ", with: "_")
            let fileName = "synthetic_\(slug)_children_s_services_inspection_\(index).txt"
            return SourceText(
                fileName: fileName, form: "synthetic", sha256: String(repeating: "0", count: 64),
                report: report)
        }
    }

    /// An ILACS-style report text of about `bytes` bytes, with `recommendations` items to improve.
    static func reportText(bytes: Int, recommendations: Int, sentences: [String], random: inout SeededRandom)
        -> String
    {
        var text = """
            Sutton Council
            Inspection of children's social care services
            Inspection dates: 7 to 18 October 2024
            Lead inspector: Alison Smale, His Majesty's Inspector

            Judgement                                                        Grade
            The impact of leaders on social work practice with children      Requires improvement to be good
            Overall effectiveness                                            Requires improvement to be good

            What needs to improve in this local authority?

            """
        for _ in 0..<recommendations { text += "\n \u{25AA} " + random.pick(sentences) + ".\n" }
        text += "\nThe experiences and progress of children who need help and protection\n\n"
        while text.utf8.count < bytes {
            var paragraph = ""
            for _ in 0..<6 { paragraph += random.pick(sentences) + ". " }
            text += paragraph + "\n\n"
        }
        return text
    }
}
