// The byte-level twin of `HeadingMatcher.startsWithFirstWordByLookup(_:)`: every line of every report
// is asked whether it may be a heading, and almost all are turned away by their first byte.

extension HeadingMatcher {
    /// ``startsWithFirstWord(_:)`` over the text's bytes.
    static func startsWithFirstWordOnBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let head = bytes.first else { return false }
        switch ASCIIText.lower(head) {
        case UInt8(ascii: "a"), UInt8(ascii: "r"), UInt8(ascii: "w"), UInt8(ascii: "i"),
            UInt8(ascii: "p"), UInt8(ascii: "b"):
            break
        default:
            return false
        }
        return firstWordList.contains { word in
            guard bytes.count >= word.count else { return false }
            for offset in word.indices where ASCIIText.lower(bytes[offset]) != word[offset] {
                return false
            }
            guard bytes.count > word.count else { return true }
            let next = ASCIIText.lower(bytes[word.count])
            return next < 97 || next > 122
        }
    }

    /// ``firstWords`` as a list, for the byte test above.
    private static let firstWordList: [[UInt8]] = Array(firstWords)
}
