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
}
