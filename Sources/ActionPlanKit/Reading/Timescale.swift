/// When a report asks for a recommendation to be carried out.
///
/// Encoded as `"immediately"`, `"within 3 months"`, `"within 2 weeks"` or `"unspecified"`.
public enum Timescale: Hashable, Sendable {
    /// "Immediately", or any heading that says immediate ("Priority and immediate action").
    case immediately
    /// "Within N months": due N calendar months after the plan's start date.
    case withinMonths(Int)
    /// "Within N weeks": due 7N days after the plan's start date.
    case withinWeeks(Int)
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
        case .unspecified: "unspecified"
        }
    }

    /// Parses the form ``description`` writes; also accepts "within 1 month" and "within 1 week".
    public init?(_ text: String) {
        switch text {
        case "immediately": self = .immediately
        case "unspecified": self = .unspecified
        default:
            let words = text.split(separator: " ")
            guard words.count == 3, words[0] == "within", let count = Int(words[1]), count > 0 else {
                return nil
            }
            switch words[2] {
            case "months", "month": self = .withinMonths(count)
            case "weeks", "week": self = .withinWeeks(count)
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
                    "unknown timescale '\(text)'; expected immediately, within N months, within N weeks or unspecified"
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
