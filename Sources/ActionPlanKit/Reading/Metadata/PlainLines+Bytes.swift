import Foundation

// The byte-level test that rules a raw line out of a search before its plain text is made: the metadata
// stages search the first lines of every report for many labels, and most lines hold none of them.
// The plain version is searching the line's plain text (``LabelledFields/plain(_:)``) itself.

extension PlainLines {
    /// Whether the plain text of the raw line `bytes` may hold `needle`: plain text is the raw line with
    /// marks deleted ("**", "<b>", "</b>", "__") and its ends trimmed, so deleting can join a needle only
    /// where a raw line holds `*`, `<` or `_`, and trimming never can.
    static func mayHold(_ needle: String, raw bytes: UnsafeBufferPointer<UInt8>, caseSensitive: Bool) -> Bool
    {
        guard let base = bytes.baseAddress else { return false }
        if "*<_".utf8.contains(where: { memchr(base, Int32($0), bytes.count) != nil }) { return true }
        return TextSearch.offset(of: needle, in: bytes, caseSensitive: caseSensitive) != nil
    }
}
