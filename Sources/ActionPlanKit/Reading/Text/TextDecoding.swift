import Foundation

/// Bytes from a file to text, whatever the program that wrote it chose.
///
/// Reports arrive as UTF-8 (pdftotext, most conversions), Windows-1252 (older Word exports) or UTF-16
/// (Word's "Unicode text"); spreadsheets saved from Excel add a byte-order mark or use Windows-1252,
/// where "£" is the single byte 0xA3. Used by the report reader and the spreadsheet importer alike.
public enum TextDecoding {
    /// Decodes `data` as ``string(from:)`` does, then normalises line endings to LF.
    public static func decode(_ data: Data) -> String {
        normalizingLineEndings(string(from: Array(data)))
    }

    /// The text of `bytes`: UTF-16 when a byte-order mark says so, UTF-8 when valid, else Windows-1252.
    ///
    /// Line endings are left as they are, so a quoted spreadsheet cell keeps its own line breaks.
    public static func string(from bytes: [UInt8]) -> String {
        if bytes.starts(with: [0xFF, 0xFE]) { return utf16(bytes.dropFirst(2), bigEndian: false) }
        if bytes.starts(with: [0xFE, 0xFF]) { return utf16(bytes.dropFirst(2), bigEndian: true) }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
        if let text = String(validating: body, as: UTF8.self) { return text }
        var text = ""
        text.unicodeScalars.reserveCapacity(body.count)
        for byte in body { text.unicodeScalars.append(windows1252(byte)) }
        return text
    }

    /// Turns CRLF and lone CR into LF, so a line number means the same whatever wrote the file.
    public static func normalizingLineEndings(_ text: String) -> String {
        var text = text
        // The reader calls this on every report, most of which have no CR: memchr answers that at once.
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress, memchr(base, 13, bytes.count) != nil else { return nil }
            var out = [UInt8]()
            out.reserveCapacity(bytes.count)
            var previousWasCR = false
            for byte in bytes {
                if byte == 13 {
                    out.append(10)
                    previousWasCR = true
                    continue
                }
                if byte == 10 && previousWasCR {
                    previousWasCR = false
                    continue
                }
                previousWasCR = false
                out.append(byte)
            }
            return String(decoding: out, as: UTF8.self)
        } ?? text
    }

    private static func utf16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let first = UInt16(bytes[index])
            let second = UInt16(bytes[index + 1])
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
            index += 2
        }
        return String(decoding: units, as: UTF16.self)
    }

    /// The character Windows-1252 gives `byte`; it differs from Latin-1 only in 0x80–0x9F.
    private static func windows1252(_ byte: UInt8) -> Unicode.Scalar {
        guard (0x80...0x9F).contains(byte) else { return Unicode.Scalar(byte) }
        return Unicode.Scalar(windows1252High[Int(byte - 0x80)]) ?? Unicode.Scalar(byte)
    }

    private static let windows1252High: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152,
        0x8D,
        0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161,
        0x203A,
        0x0153, 0x9D, 0x017E, 0x0178,
    ]
}
