/// The words of a recommendation as theme rules and repeat detection compare them.
///
/// Lowercased ASCII letters and digits; everything else separates words, so "life-story" is "life story"
/// and "out-of-hours" is "out of hours". A possessive "'s" is dropped and a plural "s" is taken off
/// ("children's plans" → "children plan"), so a rule or a comparison need not spell every form.
public enum RecommendationWords {
    /// The words of `text`, lowercased, possessives dropped, plurals singular.
    public static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current: [UInt8] = []
        let scalars = Array(text.unicodeScalars)
        var index = 0
        func flush() {
            if !current.isEmpty {
                words.append(stem(String(decoding: current, as: UTF8.self)))
                current.removeAll(keepingCapacity: true)
            }
        }
        while index < scalars.count {
            let value = scalars[index].value
            if let byte = wordByte(value) {
                current.append(byte)
            } else if value == 0x27 || value == 0x2019, index + 1 < scalars.count,
                scalars[index + 1].value == 0x73 || scalars[index + 1].value == 0x53,
                index + 2 >= scalars.count || wordByte(scalars[index + 2].value) == nil
            {
                // A possessive: "children's" is "children".
                index += 1
                flush()
            } else {
                flush()
            }
            index += 1
        }
        flush()
        return words
    }

    /// A word's singular, by ending alone: "policies" → "policy", "plans" → "plan"; "process" and "status" stay.
    public static func stem(_ word: String) -> String {
        if word.count > 4, word.hasSuffix("ies") { return String(word.dropLast(3)) + "y" }
        if word.hasSuffix("sses") { return String(word.dropLast(2)) }
        if word.count > 3, word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("us"),
            !word.hasSuffix("is")
        {
            return String(word.dropLast())
        }
        return word
    }

    /// The lowercase ASCII byte for a letter or digit, else `nil`.
    private static func wordByte(_ value: UInt32) -> UInt8? {
        switch value {
        case 0x61...0x7A, 0x30...0x39: UInt8(value)
        case 0x41...0x5A: UInt8(value + 0x20)
        default: nil
        }
    }
}
