import Foundation

/// The text rules of RFC 5545: value escaping, line folding, dates and UTC timestamps.
enum ICSText {
    /// The longest line RFC 5545 allows, in octets, not counting the CRLF.
    static let lineLimit = 75

    /// `value` as an iCalendar TEXT value: `\`, `;` and `,` escaped, line breaks as `\n`.
    ///
    /// Other control characters are not allowed in TEXT and are dropped.
    static func escaped(_ value: String) -> String {
        var text = ""
        for character in value {
            switch character {
            case "\\": text += "\\\\"
            case ";": text += "\\;"
            case ",": text += "\\,"
            case "\n", "\r\n", "\r": text += "\\n"
            default:
                if character == "\t" || !character.unicodeScalars.contains(where: isControl) {
                    text.append(character)
                }
            }
        }
        return text
    }

    /// `line` folded so no physical line passes 75 octets, never splitting a UTF-8 sequence.
    ///
    /// Continuation lines begin with one space, which readers remove when unfolding; the CRLF between
    /// them is added here, the final one by the caller.
    static func folded(_ line: String) -> String {
        var result = ""
        var octets = 0
        for scalar in line.unicodeScalars {
            let width = UTF8.width(scalar)
            if octets + width > lineLimit {
                result += "\r\n "
                octets = 1
            }
            result.unicodeScalars.append(scalar)
            octets += width
        }
        return result
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

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || scalar.value == 0x7F
    }
}
