// The byte-level twins of `CalendarDay`'s text: reading and writing `YYYY-MM-DD` without a `String`
// in between, for the plan file reader and the report writers. `description` is the plain version.

extension CalendarDay {
    /// Parses exactly the ten bytes `YYYY-MM-DD`, refusing impossible dates rather than rolling them over.
    ///
    /// Reading the bytes in place spares the plan file reader a `String` per date; ``init(iso:)``
    /// comes through here too, so both apply the same rules.
    init?(isoUTF8 bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else {
            return nil
        }
        @inline(__always)
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for index in range {
                // A byte below "0" wraps round to a large value, so one comparison refuses both sides.
                let digit = bytes[index] &- UInt8(ascii: "0")
                guard digit < 10 else { return nil }
                value = value * 10 + Int(digit)
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else {
            return nil
        }
        self.init(year: year, month: month, day: day)
    }

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
