extension CalendarDay {
    /// The day as `YYYY-MM-DD`, the same text as ``description``, built from its digits directly.
    ///
    /// Reports print a few dates for each of tens of thousands of actions; this avoids the string
    /// padding and joining that ``description`` does.
    var isoText: String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(10)
        writeISO(to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the bytes of ``isoText`` to `bytes`.
    func writeISO(to bytes: inout [UInt8]) {
        func digit(_ value: Int) -> UInt8 { UInt8(ascii: "0") + UInt8(value % 10) }
        bytes.append(digit(year / 1000))
        bytes.append(digit(year / 100))
        bytes.append(digit(year / 10))
        bytes.append(digit(year))
        bytes.append(UInt8(ascii: "-"))
        bytes.append(digit(month / 10))
        bytes.append(digit(month))
        bytes.append(UInt8(ascii: "-"))
        bytes.append(digit(day / 10))
        bytes.append(digit(day))
    }
}
