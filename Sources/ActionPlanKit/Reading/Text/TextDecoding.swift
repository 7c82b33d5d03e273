import Foundation

/// The decode stage of the reader: report bytes to text with Unix line endings.
///
/// Reports arrive as UTF-8 (pdftotext, most conversions) or as Windows-1252 (older Word exports), and
/// with any of LF, CRLF or CR line endings.
public enum TextDecoding {
    /// Decodes `data` as UTF-8 (dropping a byte-order mark), else as Windows-1252, then normalises line endings.
    public static func decode(_ data: Data) -> String {
        var bytes = data[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        let text =
            String(data: Data(bytes), encoding: .utf8)
            ?? String(data: Data(bytes), encoding: .windowsCP1252)
            ?? String(data: Data(bytes), encoding: .isoLatin1)
            ?? String(decoding: bytes, as: UTF8.self)
        return normalizingLineEndings(text)
    }

    /// Turns CRLF and lone CR into LF, so a line number means the same whatever wrote the file.
    public static func normalizingLineEndings(_ text: String) -> String {
        guard text.utf8.contains(13) else { return text }
        var out = [UInt8]()
        out.reserveCapacity(text.utf8.count)
        var previousWasCR = false
        for byte in text.utf8 {
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
    }
}
