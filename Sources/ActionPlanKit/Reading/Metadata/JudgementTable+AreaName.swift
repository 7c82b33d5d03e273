extension JudgementTable.Scanner {
    /// The area without its number ("2.1 Adoption performance" → "Adoption performance").
    static func areaName(_ text: String) -> String {
        if let fast = text.utf8.withContiguousStorageIfAvailable(byteAreaName) ?? nil { return fast }
        return areaNameByCharacters(text)
    }

    /// ``areaName(_:)`` by `Character`s: the plain version, for text its byte-level twin in
    /// `JudgementTable+Bytes.swift` leaves to characters, and the answer that twin must give.
    static func areaNameByCharacters(_ text: String) -> String {
        let unnumbered = text.drop { $0.isNumber || $0 == "." || $0 == " " }
        let name = unnumbered.isEmpty ? Substring(text) : unnumbered
        var words = name.split(whereSeparator: { $0.isWhitespace })
        // "The effectiveness of the LSCB is" / "requires improvement": the verb is not the area's.
        if words.count > 2, words.last == "is" { words.removeLast() }
        var areaName = words.joined(separator: " ")
        while let last = areaName.last, last == ":" || last == "." { areaName.removeLast() }
        return areaName
    }
}
