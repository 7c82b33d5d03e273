extension PlanFileReader {
    /// A string value, unescaped; gives up on invalid UTF-8 or an escape JSON does not define.
    mutating func string() throws(GiveUp) -> String {
        skipWhitespace()
        guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else { throw GiveUp() }
        position += 1
        let start = position
        var isASCII = true
        while true {
            skipPlainBytes(isASCII: isASCII)
            guard position < bytes.count else { throw GiveUp() }
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") { break }
            if byte >= 0x80 {
                isASCII = false
                position += 1
                continue
            }
            if byte == UInt8(ascii: "\\") { return try escapedString(from: start) }
            throw GiveUp()  // a control character, which JSON allows only escaped
        }
        let length = position - start
        position += 1
        return try sharedString(from: start, length: length, isASCII: isASCII)
    }

    /// Moves to the next byte a string cannot hold as it is: a quote, a backslash or a control
    /// character, and while `isASCII`, a byte of a non-ASCII character.
    ///
    /// Eight bytes at a time: each test below marks the high bit of the bytes it finds, and the
    /// lowest marked byte is always a real find, because a borrow only runs from lower bytes up.
    @inline(__always)
    private mutating func skipPlainBytes(isASCII: Bool) {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highBits: UInt64 = 0x8080_8080_8080_8080
        let nonASCII = isASCII ? highBits : 0
        while position + 8 <= bytes.count {
            let word = word(at: position)
            let quotes = word ^ (ones &* UInt64(UInt8(ascii: "\"")))
            let backslashes = word ^ (ones &* UInt64(UInt8(ascii: "\\")))
            let zeroAfterXOR = ((quotes &- ones) & ~quotes) | ((backslashes &- ones) & ~backslashes)
            let below0x20 = (word &- ones &* 0x20) & ~word
            let found = ((zeroAfterXOR | below0x20) & highBits) | (word & nonASCII)
            if found != 0 {
                position += found.trailingZeroBitCount >> 3
                return
            }
            position += 8
        }
        let highest: UInt8 = isASCII ? 0x7F : 0xFF
        while position < bytes.count {
            let byte = bytes[position]
            guard byte != UInt8(ascii: "\""), byte != UInt8(ascii: "\\"), byte >= 0x20, byte <= highest else {
                return
            }
            position += 1
        }
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
                case UInt8(ascii: "u"): utf8.append(contentsOf: try escapedScalar())
                default: throw GiveUp()
                }
            default:
                guard byte >= 0x20 else { throw GiveUp() }
                utf8.append(byte)
            }
        }
        throw GiveUp()
    }

    /// The UTF-8 of a `\uXXXX` escape (the reader is past the `u`), joining a surrogate pair.
    private mutating func escapedScalar() throws(GiveUp) -> String.UTF8View {
        var code = try hex4()
        if (0xD800..<0xDC00).contains(code) {
            try expect(UInt8(ascii: "\\"))
            guard position < bytes.count, bytes[position] == UInt8(ascii: "u") else { throw GiveUp() }
            position += 1
            let low = try hex4()
            guard (0xDC00..<0xE000).contains(low) else { throw GiveUp() }
            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
        }
        guard let scalar = Unicode.Scalar(code) else { throw GiveUp() }
        return String(Character(scalar)).utf8
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
        while position < bytes.count, bytes[position] &- UInt8(ascii: "0") < 10 {
            // More than 15 digits would overflow (the fuzzer found it); the thorough path reports it.
            guard position - start < 15 else { throw GiveUp() }
            value = value * 10 + Int(bytes[position] - UInt8(ascii: "0"))
            position += 1
        }
        let digits = position - start
        guard digits > 0, digits == 1 || bytes[start] != UInt8(ascii: "0") else { throw GiveUp() }
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

    /// A `YYYY-MM-DD` day, read in place; an impossible date, or one written with escapes, gives up.
    mutating func day() throws(GiveUp) -> CalendarDay {
        skipWhitespace()
        guard position + 12 <= bytes.count, bytes[position] == UInt8(ascii: "\""),
            bytes[position + 11] == UInt8(ascii: "\""),
            let day = CalendarDay(isoUTF8: UnsafeBufferPointer(rebasing: bytes[position + 1..<position + 11]))
        else { throw GiveUp() }
        position += 12
        return day
    }

    /// An action ID such as `"7"`, read in place: digits, no leading zero.
    ///
    /// IDs of more than 15 digits give up, so no overflow check is needed; the thorough path takes them.
    mutating func actionID() throws(GiveUp) -> ActionID {
        try expect(UInt8(ascii: "\""))
        let start = position
        var number = 0
        while position < bytes.count, bytes[position] &- UInt8(ascii: "0") < 10, position - start < 15 {
            number = number * 10 + Int(bytes[position] - UInt8(ascii: "0"))
            position += 1
        }
        guard position < bytes.count, bytes[position] == UInt8(ascii: "\""), position > start,
            bytes[start] != UInt8(ascii: "0"), let id = ActionID(number)
        else { throw GiveUp() }
        position += 1
        return id
    }
}
