/// When a report asks for a recommendation to be carried out.
///
/// Encoded as `"immediately"`, `"within 3 months"`, `"within 2 weeks"`, `"within 20 working days"`,
/// `"by 2014-03-31"` or `"unspecified"`.
public enum Timescale: Hashable, Sendable {
    /// "Immediately", or any heading that says immediate ("Priority and immediate action").
    case immediately
    /// "Within N months": due N calendar months after the plan's start date.
    case withinMonths(Int)
    /// "Within N weeks": due 7N days after the plan's start date.
    case withinWeeks(Int)
    /// "Within N working days": due N working days after the plan's start date (the day after it is day 1).
    case withinWorkingDays(Int)
    /// "By 31 March 2014", or "by March 2014" (the month's last day): due on that day, whatever the start.
    case by(CalendarDay)
    /// No timescale given (SIF and ILACS reports).
    case unspecified
}

extension Timescale: CustomStringConvertible {
    /// The timescale as the plan file and `parse --format json` write it.
    public var description: String {
        switch self {
        case .immediately: "immediately"
        case .withinMonths(let count): "within \(count) months"
        case .withinWeeks(let count): "within \(count) weeks"
        case .withinWorkingDays(let count): "within \(count) working days"
        case .by(let day): "by \(day)"
        case .unspecified: "unspecified"
        }
    }

    /// Parses the form ``description`` writes; also accepts the singular "within 1 month", "within 1 week".
    public init?(_ text: String) {
        switch text {
        case "immediately": self = .immediately
        case "unspecified": self = .unspecified
        default:
            let words = text.split(separator: " ")
            if words.count == 2, words[0] == "by", let day = CalendarDay(iso: words[1]) {
                self = .by(day)
                return
            }
            guard words.count >= 3, words[0] == "within", let count = Int(words[1]), count > 0 else {
                return nil
            }
            switch words[2...].joined(separator: " ") {
            case "months", "month": self = .withinMonths(count)
            case "weeks", "week": self = .withinWeeks(count)
            case "working days", "working day": self = .withinWorkingDays(count)
            default: return nil
            }
        }
    }
}

extension Timescale: Codable {
    /// Decodes the string form, refusing anything else.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let timescale = Timescale(text) else {
            throw DecodingError.dataCorruptedError(
                in: container,
                debugDescription:
                    "unknown timescale '\(text)'; expected immediately, within N months, within N weeks, "
                    + "within N working days, by YYYY-MM-DD or unspecified"
            )
        }
        self = timescale
    }

    /// Encodes the string form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
