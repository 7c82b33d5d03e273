/// An amount of money in pounds, held exactly in pence.
///
/// Encoded in JSON as a string such as `"12500.00"` so no binary rounding can creep in.
public struct Money: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The amount in pence.
    public let pence: Int

    /// Creates an amount from pence.
    public init(pence: Int) { self.pence = pence }

    /// Parses "12500", "12,500.50" or "£12,500"; refuses negatives and more than two decimals.
    public init?(_ text: String) {
        var body = Substring(text.filter { $0 != "," && $0 != " " })
        if body.hasPrefix("£") { body = body.dropFirst() }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), (1...12).contains(parts[0].count),
            parts[0].allSatisfy(\.isASCIIDigit), let pounds = Int(parts[0])
        else { return nil }
        var pence = 0
        if parts.count == 2 {
            let fraction = parts[1]
            guard (1...2).contains(fraction.count), fraction.allSatisfy(\.isASCIIDigit),
                let value = Int(fraction)
            else { return nil }
            pence = fraction.count == 1 ? value * 10 : value
        }
        self.pence = pounds * 100 + pence
    }

    /// The amount as `12500.00`, as stored.
    public var description: String {
        let pounds = pence / 100
        let remainder = pence % 100
        return "\(pounds).\(remainder < 10 ? "0" : "")\(remainder)"
    }

    /// The amount as a person reads it: `£12,500` or `£12,500.50`.
    public var formatted: String {
        let pounds = String(pence / 100)
        var grouped = ""
        for (index, digit) in pounds.enumerated() {
            if index > 0 && (pounds.count - index) % 3 == 0 { grouped += "," }
            grouped.append(digit)
        }
        let remainder = pence % 100
        return remainder == 0 ? "£\(grouped)" : "£\(grouped).\(remainder < 10 ? "0" : "")\(remainder)"
    }

    /// Whether `lhs` comes before `rhs`.
    public static func < (lhs: Money, rhs: Money) -> Bool { lhs.pence < rhs.pence }

    /// Adds two amounts.
    public static func + (lhs: Money, rhs: Money) -> Money { Money(pence: lhs.pence + rhs.pence) }

    /// Decodes the stored string form.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let money = Money(text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "'\(text)' is not an amount of money such as \"12500.00\"")
        }
        self = money
    }

    /// Encodes the stored string form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
