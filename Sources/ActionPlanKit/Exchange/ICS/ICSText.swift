import Foundation

/// The text rules of RFC 5545: value escaping, line folding, dates and UTC timestamps.
enum ICSText {
    /// The longest line RFC 5545 allows, in octets, not counting the CRLF.
    static let lineLimit = 75

    /// `value` as an iCalendar TEXT value: `\`, `;` and `,` escaped, line breaks as `\n`.
    ///
    /// Other control characters are not allowed in TEXT and are dropped.
    static func escaped(_ value: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(value.utf8.count + 16)
        var afterCarriageReturn = false
        // Everything escaped or dropped is ASCII, and UTF-8 never uses ASCII bytes inside a longer
        // sequence, so the bytes can be rewritten one by one.
        for byte in value.utf8 {
            defer { afterCarriageReturn = byte == UInt8(ascii: "\r") }
            switch byte {
            case UInt8(ascii: "\\"), UInt8(ascii: ";"), UInt8(ascii: ","):
                bytes += [UInt8(ascii: "\\"), byte]
            case UInt8(ascii: "\n"):
                if !afterCarriageReturn { bytes += [UInt8(ascii: "\\"), UInt8(ascii: "n")] }
            case UInt8(ascii: "\r"):
                bytes += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case UInt8(ascii: "\t"):
                bytes.append(byte)
            case 0..<0x20, 0x7F:
                continue
            default:
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `line` folded so no physical line passes 75 octets, never splitting a UTF-8 sequence.
    ///
    /// Continuation lines begin with one space, which readers remove when unfolding; the CRLF between
    /// them is added here, the final one by the caller.
    static func folded(_ line: String) -> String {
        guard line.utf8.count > lineLimit else { return line }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(line.utf8.count + line.utf8.count / 24)
        var octets = 0
        for byte in line.utf8 {
            // A byte of the form 10xxxxxx continues a sequence, so a fold may only come before another.
            let startsCharacter = byte & 0xC0 != 0x80
            if startsCharacter && octets + sequenceLength(byte) > lineLimit {
                bytes += [UInt8(ascii: "\r"), UInt8(ascii: "\n"), UInt8(ascii: " ")]
                octets = 1
            }
            bytes.append(byte)
            octets += 1
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The length of the UTF-8 sequence that `lead` begins.
    private static func sequenceLength(_ lead: UInt8) -> Int {
        switch lead {
        case 0xF0...: 4
        case 0xE0...: 3
        case 0xC0...: 2
        default: 1
        }
    }

    /// A calendar day as a DATE value: `20130622`.
    static func date(_ day: CalendarDay) -> String {
        day.description.replacingOccurrences(of: "-", with: "")
    }

    /// An instant as a UTC DATE-TIME value, `20261121T203000Z`, to the whole second.
    ///
    /// Worked out from the seconds since 1970, so no time zone or calendar setting can change it.
    static func timestamp(_ instant: Date) -> String {
        let seconds = Int(instant.timeIntervalSince1970.rounded(.down))
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let time = seconds - days * 86_400
        let day = CalendarDay(daysSinceEpoch: days) ?? CalendarDay(year: 1970, month: 1, day: 1)!
        func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(date(day))T\(pad(time / 3600))\(pad(time / 60 % 60))\(pad(time % 60))Z"
    }
}
