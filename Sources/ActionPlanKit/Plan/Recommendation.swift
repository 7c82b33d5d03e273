/// One recommendation: as the report words it, and in a plan, with the actions that answer it.
public struct Recommendation: Hashable, Sendable {
    /// In a plan, its number there: `1`, `2`, … in report order, the first part of its actions' IDs.
    /// As read from a report, the number the report prints (SIF reports number them, e.g. 131), else
    /// its position from 1.
    public var number: Int
    /// The number the report prints, in a plan where it differs from ``number``; else `nil`.
    public var printedNumber: Int?
    /// The words of the item: whitespace collapsed, bullet and number removed, lines rejoined.
    public var text: String
    /// The list it belongs to when a report has several (e.g. "LSCB"), else `nil`.
    public var section: String?
    /// When the report asks for it to be done.
    public var timescale: Timescale
    /// The body the text names as responsible (e.g. "NHS Dudley", "the CSCB"), else `nil`.
    public var lead: String?
    /// Whether the report asks for it as a matter of urgency.
    public var urgent: Bool
    /// The themes it concerns, as slugs (see THEMES.md), in the order found.
    public var themes: [String]
    /// The 1-based line in the report's text where the item starts, when known.
    public var line: Int?

    /// Creates a recommendation.
    public init(
        number: Int, printedNumber: Int? = nil, section: String? = nil, timescale: Timescale, text: String,
        lead: String? = nil, urgent: Bool = false, themes: [String] = [], line: Int? = nil
    ) {
        self.number = number
        self.printedNumber = printedNumber
        self.section = section
        self.timescale = timescale
        self.text = text
        self.lead = lead
        self.urgent = urgent
        self.themes = themes
        self.line = line
    }

    /// The number a reader of the report knows it by.
    public var reportNumber: Int { printedNumber ?? number }
}

extension Recommendation: Codable {
    /// Every field of a recommendation, once: the file format, the outputs and the checks follow it.
    public enum CodingKeys: String, CodingKey, CaseIterable, Sendable {
        case number, printedNumber, text, section, timescale, lead, urgent, themes, line
    }

    /// Decodes a recommendation, defaulting the fields an older or hand-written file may leave out.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        number = try container.decode(Int.self, forKey: .number)
        printedNumber = try container.decodeIfPresent(Int.self, forKey: .printedNumber)
        text = try container.decode(String.self, forKey: .text)
        section = try container.decodeIfPresent(String.self, forKey: .section)
        timescale = try container.decodeIfPresent(Timescale.self, forKey: .timescale) ?? .unspecified
        lead = try container.decodeIfPresent(String.self, forKey: .lead)
        urgent = try container.decodeIfPresent(Bool.self, forKey: .urgent) ?? false
        themes = try container.decodeIfPresent([String].self, forKey: .themes) ?? []
        line = try container.decodeIfPresent(Int.self, forKey: .line)
    }

    /// Encodes every field, writing `null` for empty ones so a person editing the file sees them all.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        for key in CodingKeys.allCases {
            switch key {
            case .number: try container.encode(number, forKey: key)
            case .printedNumber: try container.encode(printedNumber, forKey: key)
            case .text: try container.encode(text, forKey: key)
            case .section: try container.encode(section, forKey: key)
            case .timescale: try container.encode(timescale, forKey: key)
            case .lead: try container.encode(lead, forKey: key)
            case .urgent: try container.encode(urgent, forKey: key)
            case .themes: try container.encode(themes, forKey: key)
            case .line: try container.encode(line, forKey: key)
            }
        }
    }
}
