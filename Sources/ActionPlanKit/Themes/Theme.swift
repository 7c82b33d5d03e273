import Foundation

/// One of the fixed themes that group recommendations across plans, councils and years (THEMES.md).
///
/// The raw value is the slug, part of the product's interface (JSON, CSV, `--themes`); the title is for people.
public enum Theme: String, CaseIterable, Hashable, Sendable, Codable, Comparable {
    case frontDoor = "front-door"
    case earlyHelp = "early-help"
    case assessment = "assessment"
    case planningAndReview = "planning-and-review"
    case managementOversight = "management-oversight"
    case workforce = "workforce"
    case voiceOfTheChild = "voice-of-the-child"
    case exploitationAndMissing = "exploitation-and-missing"
    case domesticAbuseAndParentalNeed = "domestic-abuse-and-parental-need"
    case placementsAndPermanence = "placements-and-permanence"
    case careLeavers = "care-leavers"
    case health = "health"
    case education = "education"
    case disabledChildren = "disabled-children"
    case qualityAssurance = "quality-assurance"
    case leadershipAndPartnership = "leadership-and-partnership"
    case recordingAndSystems = "recording-and-systems"
    case legalAndCourt = "legal-and-court"

    /// The slug: `"front-door"`, `"care-leavers"`.
    public var slug: String { rawValue }

    /// The title people read: "Contact, referral and the front door".
    public var title: String {
        switch self {
        case .frontDoor: "Contact, referral and the front door"
        case .earlyHelp: "Early help"
        case .assessment: "Assessment"
        case .planningAndReview: "Plans and reviews"
        case .managementOversight: "Management oversight and supervision"
        case .workforce: "Workforce"
        case .voiceOfTheChild: "Children's voice and participation"
        case .exploitationAndMissing: "Exploitation and missing children"
        case .domesticAbuseAndParentalNeed: "Domestic abuse and parents' needs"
        case .placementsAndPermanence: "Placements and permanence"
        case .careLeavers: "Care leavers"
        case .health: "Health"
        case .education: "Education"
        case .disabledChildren: "Disabled children"
        case .qualityAssurance: "Quality assurance and performance"
        case .leadershipAndPartnership: "Leadership, governance and partnership"
        case .recordingAndSystems: "Recording and information systems"
        case .legalAndCourt: "Legal planning and court work"
        }
    }

    /// Themes order as THEMES.md lists them, so tables and charts keep one order.
    public static func < (lhs: Theme, rhs: Theme) -> Bool {
        Theme.order[lhs]! < Theme.order[rhs]!
    }

    private static let order: [Theme: Int] = Dictionary(
        uniqueKeysWithValues: allCases.enumerated().map { ($0.element, $0.offset) })

    /// Reads a comma-separated list of slugs, as `--themes a,b` gives it: one to three known themes, no repeats.
    ///
    /// Returns the unknown or excess part in the error so the caller can say what was wrong.
    public static func list(_ text: String) -> Result<[Theme], ThemeListError> {
        let slugs = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        var themes: [Theme] = []
        for slug in slugs where !slug.isEmpty {
            guard let theme = Theme(rawValue: slug.lowercased()) else { return .failure(.unknown(slug)) }
            guard !themes.contains(theme) else { return .failure(.repeated(slug)) }
            themes.append(theme)
        }
        guard !themes.isEmpty else { return .failure(.empty) }
        guard themes.count <= 3 else { return .failure(.tooMany(themes.count)) }
        return .success(themes)
    }
}

/// Why a list of theme slugs was refused.
public enum ThemeListError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A slug that is not one of THEMES.md's.
    case unknown(String)
    /// A slug given twice.
    case repeated(String)
    /// No slug at all.
    case empty
    /// More than three themes.
    case tooMany(Int)

    /// The error in words, for `error:` lines.
    public var description: String {
        switch self {
        case .unknown(let slug):
            "unknown theme '\(slug)'; the themes are \(Theme.allCases.map(\.slug).joined(separator: ", "))"
        case .repeated(let slug): "theme '\(slug)' is given twice"
        case .empty: "no theme given; give one to three slugs separated by commas"
        case .tooMany(let count): "\(count) themes given; a recommendation has one to three"
        }
    }
}
