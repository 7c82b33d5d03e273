import Foundation

/// Comma-separated values as RFC 4180 defines them and Excel reads and writes them.
///
/// The writer protects spreadsheet users from formula injection: a cell that begins with `=`, `+`,
/// `-`, `@` (after any spaces), a tab or a carriage return would be run as a formula by Excel, so it is written with a
/// leading apostrophe. The reader removes that apostrophe again, so every value survives a round trip.
public enum CSV {
    /// The UTF-8 byte order mark; Excel needs it to read a CSV file as UTF-8 rather than Windows-1252.
    public static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// Whether `scalar` makes a spreadsheet read a cell as a formula when it comes first.
    static func isFormulaTrigger(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "=", "+", "-", "@", "\t", "\r": true
        default: false
        }
    }

    /// The rows as CSV text: every record ends with CRLF, fields quoted only where they must be.
    public static func text(_ rows: [[String]]) -> String {
        var text = ""
        for (index, row) in rows.enumerated() {
            for (column, value) in row.enumerated() {
                if column > 0 { text += "," }
                // Excel takes a file that begins with the letters "ID" for a SYLK file and refuses it;
                // quoting the first cell keeps those two letters from being the file's first bytes.
                let forceQuotes = index == 0 && column == 0 && value.hasPrefix("ID")
                text += field(value, forceQuotes: forceQuotes)
            }
            text += "\r\n"
        }
        return text
    }

    /// The rows as the bytes of a `.csv` file: UTF-8 with a byte order mark, so Excel shows "Zoë" right.
    public static func data(_ rows: [[String]]) -> Data {
        Data(byteOrderMark + Array(text(rows).utf8))
    }

    /// One value as a CSV field: neutralised against formulas, then quoted if it has to be.
    ///
    /// A field is quoted when it holds a comma, a double quote, a line break, or starts or ends
    /// with white space (which spreadsheets would otherwise trim); double quotes inside are doubled.
    public static func field(_ value: String, forceQuotes: Bool = false) -> String {
        var safe = neutralised(value)
        let quote = UInt8(ascii: "\"")
        var needsQuotes = forceQuotes
        var quoteCount = 0
        // Every character that forces quoting is ASCII, so the UTF-8 bytes can be scanned directly.
        safe.withUTF8 { bytes in
            for byte in bytes {
                switch byte {
                case quote: quoteCount += 1
                case UInt8(ascii: ","), UInt8(ascii: "\r"), UInt8(ascii: "\n"): needsQuotes = true
                default: continue
                }
            }
        }
        needsQuotes =
            needsQuotes || quoteCount > 0 || safe.unicodeScalars.first.map(isWhitespace) == true
            || safe.unicodeScalars.last.map(isWhitespace) == true
        guard needsQuotes else { return safe }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(safe.utf8.count + quoteCount + 2)
        bytes.append(quote)
        for byte in safe.utf8 {
            bytes.append(byte)
            if byte == quote { bytes.append(quote) }
        }
        bytes.append(quote)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Whether `scalar` is white space, which a spreadsheet trims from the ends of an unquoted cell.
    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        // The ASCII ones are tab to carriage return and the space; others need Unicode's tables.
        scalar.isASCII
            ? scalar == " " || (0x09...0x0D).contains(scalar.value) : scalar.properties.isWhitespace
    }

    /// `value` with an apostrophe in front when a spreadsheet would otherwise run it as a formula.
    ///
    /// A value that already looks neutralised (apostrophes, then a trigger character) gains one more
    /// apostrophe, so ``restored(_:)`` can always undo exactly what was done.
    public static func neutralised(_ value: String) -> String {
        isNeutralisable(value.unicodeScalars[...]) ? "'" + value : value
    }

    /// A cell as the writer was given it: one leading apostrophe removed if ``neutralised(_:)`` added it.
    public static func restored(_ cell: String) -> String {
        guard cell.unicodeScalars.first == "'", isNeutralisable(cell.unicodeScalars.dropFirst()) else {
            return cell
        }
        return String(cell.unicodeScalars.dropFirst())
    }

    /// Whether `value` is apostrophes (perhaps none), then perhaps white space, then a formula trigger:
    /// spreadsheets skip leading spaces before a formula, so `  =1+1` is as dangerous as `=1+1`. Read by
    /// Unicode scalars: a trigger with an accent on it is neutralised too.
    private static func isNeutralisable(_ value: Substring.UnicodeScalarView) -> Bool {
        var skippingApostrophes = true
        var isFirst = true
        for scalar in value {
            if skippingApostrophes && scalar == "'" { continue }
            skippingApostrophes = false
            // A tab or carriage return is a trigger only where the value (after its apostrophes) begins.
            if isFirst && isFormulaTrigger(scalar) { return true }
            isFirst = false
            if !isWhitespace(scalar) { return isFormulaTrigger(scalar) }
        }
        return false
    }
}
