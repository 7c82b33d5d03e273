import Foundation

/// A lean reader for plan files in the exact form this tool writes: one pass over the bytes, no tree.
///
/// Reading thousands of plans through `JSONDecoder` costs about 20 times what this pass does, and
/// the overdue report reads every plan. The reader accepts only strict JSON whose every key is one
/// the model knows, given once, with every value of the type and form the model requires; anything
/// else, however harmless, makes it give up (`nil`) so that ``PlanCoding/decode(_:path:)`` reads the
/// file the thorough way and reports any fault with its line, column and field. So a plan it does
/// read is exactly the plan the thorough path would have produced.
struct PlanFileReader {
    /// Why the reader gave up; the thorough path finds out what exactly is wrong.
    struct GiveUp: Error {}

    let bytes: UnsafeBufferPointer<UInt8>
    var position = 0

    /// The plan in `data`, or `nil` when it is not in the exact form the reader accepts.
    static func plan(from data: Data) -> ActionPlan? {
        data.withUnsafeBytes { raw in
            var reader = PlanFileReader(bytes: raw.bindMemory(to: UInt8.self))
            do {
                let plan = try reader.readPlan()
                reader.skipWhitespace()
                return reader.position == reader.bytes.count ? plan : nil
            } catch {
                return nil
            }
        }
    }

    // MARK: Structure

    mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x0A, 0x0D, 0x09: position += 1
            default: return
            }
        }
    }

    mutating func expect(_ byte: UInt8) throws(GiveUp) {
        skipWhitespace()
        guard position < bytes.count, bytes[position] == byte else { throw GiveUp() }
        position += 1
    }

    /// Whether the next value is `null`, consuming it if so.
    mutating func null() -> Bool {
        skipWhitespace()
        guard position + 4 <= bytes.count, bytes[position] == UInt8(ascii: "n"),
            bytes[position + 1] == UInt8(ascii: "u"),
            bytes[position + 2] == UInt8(ascii: "l"), bytes[position + 3] == UInt8(ascii: "l")
        else { return false }
        position += 4
        return true
    }

    /// The next key of an object as an index into `keys`, or `nil` at the closing brace.
    ///
    /// Call with `first` true straight after the opening brace. A key not in `keys`, or one already
    /// in `seen`, gives up: `JSONDecoder` would silently keep the first of two or drop an unknown one.
    mutating func nextKey(_ keys: [StaticString], first: inout Bool, seen: inout UInt32) throws(GiveUp)
        -> Int?
    {
        skipWhitespace()
        guard position < bytes.count else { throw GiveUp() }
        if bytes[position] == UInt8(ascii: "}") {
            position += 1
            return nil
        }
        if !first { try expect(UInt8(ascii: ",")) }
        first = false
        try expect(UInt8(ascii: "\""))
        let start = position
        while position < bytes.count, bytes[position] != UInt8(ascii: "\"") {
            guard bytes[position] != UInt8(ascii: "\\"), bytes[position] >= 0x20 else { throw GiveUp() }
            position += 1
        }
        guard position < bytes.count else { throw GiveUp() }
        let length = position - start
        position += 1
        try expect(UInt8(ascii: ":"))
        for (index, key) in keys.enumerated() where key.utf8CodeUnitCount == length {
            guard memcmp(key.utf8Start, bytes.baseAddress! + start, length) == 0 else { continue }
            let bit: UInt32 = 1 << UInt32(index)
            guard seen & bit == 0 else { throw GiveUp() }
            seen |= bit
            return index
        }
        throw GiveUp()
    }

    /// Moves to the next element of an array: `false` at the closing bracket.
    mutating func nextElement(first: inout Bool) throws(GiveUp) -> Bool {
        skipWhitespace()
        guard position < bytes.count else { throw GiveUp() }
        if bytes[position] == UInt8(ascii: "]") {
            position += 1
            return false
        }
        if !first { try expect(UInt8(ascii: ",")) }
        first = false
        return true
    }

    // MARK: Values

    /// A string value, unescaped; gives up on invalid UTF-8 or an escape JSON does not define.
    mutating func string() throws(GiveUp) -> String {
        try expect(UInt8(ascii: "\""))
        let start = position
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                let text = String(
                    validating: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
                position += 1
                guard let text else { throw GiveUp() }
                return text
            }
            if byte == UInt8(ascii: "\\") { return try escapedString(from: start) }
            guard byte >= 0x20 else { throw GiveUp() }
            position += 1
        }
        throw GiveUp()
    }

    /// The rest of a string that holds escapes, starting over from its first byte.
    private mutating func escapedString(from start: Int) throws(GiveUp) -> String {
        var utf8: [UInt8] = Array(bytes[start..<position])
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            switch byte {
            case UInt8(ascii: "\""):
                guard let text = String(validating: utf8, as: UTF8.self) else { throw GiveUp() }
                return text
            case UInt8(ascii: "\\"):
                guard position < bytes.count else { throw GiveUp() }
                let escape = bytes[position]
                position += 1
                switch escape {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): utf8.append(escape)
                case UInt8(ascii: "b"): utf8.append(0x08)
                case UInt8(ascii: "f"): utf8.append(0x0C)
                case UInt8(ascii: "n"): utf8.append(0x0A)
                case UInt8(ascii: "r"): utf8.append(0x0D)
                case UInt8(ascii: "t"): utf8.append(0x09)
                case UInt8(ascii: "u"):
                    var code = try hex4()
                    if (0xD800..<0xDC00).contains(code) {
                        try expect(UInt8(ascii: "\\"))
                        guard position < bytes.count, bytes[position] == UInt8(ascii: "u") else {
                            throw GiveUp()
                        }
                        position += 1
                        let low = try hex4()
                        guard (0xDC00..<0xE000).contains(low) else { throw GiveUp() }
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    }
                    guard let scalar = Unicode.Scalar(code) else { throw GiveUp() }
                    utf8.append(contentsOf: Array(String(Character(scalar)).utf8))
                default: throw GiveUp()
                }
            default:
                guard byte >= 0x20 else { throw GiveUp() }
                utf8.append(byte)
            }
        }
        throw GiveUp()
    }

    private mutating func hex4() throws(GiveUp) -> UInt32 {
        guard position + 4 <= bytes.count else { throw GiveUp() }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[position]
            position += 1
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw GiveUp()
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }

    /// A string or `null`.
    mutating func optionalString() throws(GiveUp) -> String? {
        null() ? nil : try string()
    }

    /// A whole number written plainly (`12`, `-3`); fractions and exponents give up.
    mutating func integer() throws(GiveUp) -> Int {
        skipWhitespace()
        var negative = false
        if position < bytes.count, bytes[position] == UInt8(ascii: "-") {
            negative = true
            position += 1
        }
        let start = position
        var value = 0
        while position < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) {
            // More than 15 digits would overflow (the fuzzer found it); the thorough path reports it.
            guard position - start < 15 else { throw GiveUp() }
            value = value * 10 + Int(bytes[position] - UInt8(ascii: "0"))
            position += 1
        }
        let digits = position - start
        guard digits > 0, digits <= 15, digits == 1 || bytes[start] != UInt8(ascii: "0") else {
            throw GiveUp()
        }
        if position < bytes.count {
            switch bytes[position] {
            case UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"): throw GiveUp()
            default: break
            }
        }
        return negative ? -value : value
    }

    /// A whole number or `null`.
    mutating func optionalInteger() throws(GiveUp) -> Int? {
        null() ? nil : try integer()
    }

    /// A `YYYY-MM-DD` day or `null`; an impossible date gives up.
    mutating func optionalDay() throws(GiveUp) -> CalendarDay? {
        null() ? nil : try day()
    }

    /// A `YYYY-MM-DD` day; an impossible date gives up.
    mutating func day() throws(GiveUp) -> CalendarDay {
        guard let day = CalendarDay(iso: try string()) else { throw GiveUp() }
        return day
    }
}
