/// An action's identifier within its plan: `1`, `2`, … in the order the report gives them.
///
/// IDs are stable and never reused, so officers can quote them in committee papers.
public struct ActionID: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The number, from 1.
    public let number: Int

    /// Creates an ID from its number, or returns `nil` when it is not positive.
    public init?(_ number: Int) {
        guard number > 0 else { return nil }
        self.number = number
    }

    /// Parses "7", refusing "07", "-1", "x".
    public init?(_ text: some StringProtocol) {
        guard let first = text.first, first != "0", text.allSatisfy(\.isASCIIDigit), let number = Int(text)
        else { return nil }
        self.init(number)
    }

    /// The ID as officers write it, e.g. "7".
    public var description: String { String(number) }

    /// Whether `lhs` comes before `rhs`.
    public static func < (lhs: ActionID, rhs: ActionID) -> Bool { lhs.number < rhs.number }

    /// Decodes a string such as `"7"`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let id = ActionID(text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "'\(text)' is not an action ID (a positive whole number)")
        }
        self = id
    }

    /// Encodes the ID as a string, so IDs can later gain a prefix without a schema change.
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
