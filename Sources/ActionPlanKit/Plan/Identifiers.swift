/// An action's identifier within its plan: its recommendation's number, then its place among that
/// recommendation's actions when it is not the first: `3` for the first action of recommendation 3,
/// `3.2` for the next.
///
/// IDs are stable and never reused, so officers can quote them in committee papers.
public struct ActionID: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The number of the recommendation the action answers, from 1.
    public let recommendation: Int
    /// Its place among that recommendation's actions, from 1; `1` is written without a suffix.
    public let sequence: Int

    /// The first action of recommendation `number`, or `nil` when the number is not positive.
    public init?(_ number: Int) {
        self.init(recommendation: number, sequence: 1)
    }

    /// The `sequence`th action of recommendation `recommendation`, or `nil` when either is not positive.
    public init?(recommendation: Int, sequence: Int) {
        guard recommendation > 0, sequence > 0 else { return nil }
        self.recommendation = recommendation
        self.sequence = sequence
    }

    /// Parses "7" or "7.2", refusing "07", "7.1" (written "7"), "7.", "-1", "x".
    public init?(_ text: some StringProtocol) {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let recommendation = ActionID.positive(parts[0]) else {
            return nil
        }
        if parts.count == 2 {
            guard let sequence = ActionID.positive(parts[1]), sequence > 1 else { return nil }
            self.init(recommendation: recommendation, sequence: sequence)
        } else {
            self.init(recommendation: recommendation, sequence: 1)
        }
    }

    private static func positive(_ text: some StringProtocol) -> Int? {
        guard let first = text.first, first != "0", text.allSatisfy(\.isASCIIDigit) else { return nil }
        return Int(text)
    }

    /// The ID as officers write it, e.g. "7" or "7.2".
    public var description: String {
        sequence == 1 ? String(recommendation) : "\(recommendation).\(sequence)"
    }

    /// Whether `lhs` comes before `rhs`: by recommendation, then by place.
    public static func < (lhs: ActionID, rhs: ActionID) -> Bool {
        (lhs.recommendation, lhs.sequence) < (rhs.recommendation, rhs.sequence)
    }

    /// Decodes a string such as `"7"` or `"7.2"`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let id = ActionID(text) else {
            throw DecodingError.dataCorruptedError(
                in: container,
                debugDescription: "'\(text)' is not an action ID (a recommendation's number, e.g. 3 or 3.2)")
        }
        self = id
    }

    /// Encodes the ID as a string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

/// A plan's name: the file `Plans/NAME.json` without its extension.
///
/// Letters, digits, `-`, `_` and `.`, not starting with `.` or `-`: never a path.
public struct PlanName: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The name as written, e.g. "dudley-2012-cabinet".
    public let rawValue: String

    /// Creates a name, or returns `nil` when it is empty, too long, or could be read as a path.
    public init?(_ text: String) {
        // Every allowed character is ASCII, so the name's bytes can be checked one by one.
        guard let first = text.utf8.first, first != UInt8(ascii: "."), first != UInt8(ascii: "-"),
            text.utf8.count <= 120,
            text.utf8.withContiguousStorageIfAvailable({ $0.allSatisfy(PlanName.allowed) })
                ?? text.utf8.allSatisfy(PlanName.allowed)
        else { return nil }
        rawValue = text
    }

    /// A valid name made from a report's file name: "Dudley 2012 Cabinet.txt" → "dudley-2012-cabinet".
    public init(derivingFrom fileName: String) {
        var stem = Substring(fileName)
        if let dot = stem.lastIndex(of: "."), dot != stem.startIndex { stem = stem[..<dot] }
        var result = ""
        for scalar in stem.lowercased().unicodeScalars {
            if PlanName.allowed(scalar) && scalar != "." {
                result.unicodeScalars.append(scalar)
            } else if !result.hasSuffix("-") {
                result += "-"
            }
        }
        let trimmed = result.trimmingCharacters(in: "-_")
        self.rawValue = trimmed.isEmpty ? "plan" : String(trimmed.prefix(120))
    }

    /// The file name of the plan, `NAME.json`.
    public var fileName: String { rawValue + ".json" }

    /// The name as written.
    public var description: String { rawValue }

    /// Whether `lhs` comes before `rhs`.
    public static func < (lhs: PlanName, rhs: PlanName) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Decodes and validates a name string.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let name = PlanName(text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "'\(text)' is not a valid plan name")
        }
        self = name
    }

    /// Encodes the name as a string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    private static func allowed(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && allowed(UInt8(scalar.value))
    }

    /// Whether a name may hold the ASCII character `byte`: letters, digits, `-`, `_` and `.`.
    private static func allowed(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."):
            true
        default: false
        }
    }
}

extension Character {
    /// Whether this is one of the ASCII digits 0–9.
    var isASCIIDigit: Bool { isASCII && isNumber }
}

extension String {
    /// The string without leading and trailing characters from `set`.
    func trimmingCharacters(in set: String) -> String {
        let characters = Set(set)
        var slice = Substring(self)
        while let first = slice.first, characters.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, characters.contains(last) { slice = slice.dropLast() }
        return String(slice)
    }
}
