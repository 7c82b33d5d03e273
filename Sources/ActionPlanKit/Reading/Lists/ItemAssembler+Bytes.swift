// The byte-level twin of `ItemAssembler.collapsingWhitespaceByCharacters(_:)`: every recommendation's
// text is collapsed once assembled, and most of it is ASCII.

extension ItemAssembler {
    /// ``collapsingWhitespace(_:)`` on bytes for ASCII text, where a byte is a character; `nil` otherwise.
    static func asciiCollapsed(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        ASCIIText.collapsingWhitespace(bytes).map { String(decoding: $0, as: UTF8.self) }
    }
}
