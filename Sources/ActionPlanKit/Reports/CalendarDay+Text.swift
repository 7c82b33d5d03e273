extension CalendarDay {
    /// The day as `YYYY-MM-DD`, the same text as ``description``, built from its digits directly.
    ///
    /// Reports print a few dates for each of tens of thousands of actions; this avoids the string
    /// padding and joining that ``description`` does.
    var isoText: String {
        func digit(_ value: Int) -> UInt8 { UInt8(ascii: "0") + UInt8(value % 10) }
        let bytes: [UInt8] = [
            digit(year / 1000), digit(year / 100), digit(year / 10), digit(year), UInt8(ascii: "-"),
            digit(month / 10), digit(month), UInt8(ascii: "-"), digit(day / 10), digit(day),
        ]
        return String(decoding: bytes, as: UTF8.self)
    }
}
