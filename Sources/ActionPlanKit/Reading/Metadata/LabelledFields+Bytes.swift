import Foundation

// The byte-level test that lets most lines skip ``LabelledFields/plainByRemovingMarks(_:)``, which would
// leave them as they are: memchr looks for the marks, and this runs over every byte of every report.

extension LabelledFields {
    /// Whether the line carries no marks and no surrounding blanks, so its plain text is the line itself.
    ///
    /// A list dash ("- ") opening the line, and a no-break space at either end, are trimmed by the
    /// plain version too, so such a line is not clean.
    static func isClean(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress, let first = bytes.first, let last = bytes.last else {
            return true
        }
        let opensWithDash = first == UInt8(ascii: "-") && bytes.count > 1 && bytes[1] == UInt8(ascii: " ")
        let opensWithNoBreakSpace = first == 0xC2 && bytes.count > 1 && bytes[1] == 0xA0
        let endsWithNoBreakSpace = last == 0xA0 && bytes.count > 1 && bytes[bytes.count - 2] == 0xC2
        return !ASCIIText.isBlank(first) && !ASCIIText.isBlank(last) && first != UInt8(ascii: ">")
            && !opensWithDash && !opensWithNoBreakSpace && !endsWithNoBreakSpace
            && !"*<_#".utf8.contains { memchr(base, Int32($0), bytes.count) != nil }
    }
}
