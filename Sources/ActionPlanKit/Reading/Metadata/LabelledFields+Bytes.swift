import Foundation

// The byte-level test that lets most lines skip ``LabelledFields/plainByRemovingMarks(_:)``, which would
// leave them as they are: memchr looks for the marks, and this runs over every byte of every report.

extension LabelledFields {
    /// Whether the line carries no marks and no surrounding blanks, so its plain text is the line itself.
    static func isClean(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress, let first = bytes.first, let last = bytes.last else {
            return true
        }
        return !ASCIIText.isBlank(first) && !ASCIIText.isBlank(last) && first != UInt8(ascii: ">")
            && !"*<_#".utf8.contains { memchr(base, Int32($0), bytes.count) != nil }
    }
}
