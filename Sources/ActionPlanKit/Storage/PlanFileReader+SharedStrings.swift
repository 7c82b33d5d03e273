import Foundation

extension PlanFileReader {
    /// The strings read so far from one file, so that a value met again is shared rather than made anew.
    ///
    /// A plan repeats itself: owners, notes, timestamps and statuses recur from one history entry to
    /// the next, and an action's wording starts as its recommendation. Making a `String` costs an
    /// allocation and a pass over its bytes; finding it here costs a hash of its ends and a `memcmp`,
    /// and the loaded plans take less memory. A slot holds the last string whose hash fell in it.
    struct SharedStrings {
        fileprivate struct Slot {
            var start = 0
            var length = -1
            var text = ""
        }

        fileprivate static let slotBits = 7
        fileprivate var slots = [Slot](repeating: Slot(), count: 1 << slotBits)
    }

    /// The string of the `length` bytes from `start`, all of them checked to be plain text already.
    @inline(__always)
    mutating func sharedString(from start: Int, length: Int, isASCII: Bool) throws(GiveUp) -> String {
        guard length > 0 else { return "" }
        let slot = slotIndex(from: start, length: length)
        let found = shared.slots[slot]
        if found.length == length,
            memcmp(bytes.baseAddress! + start, bytes.baseAddress! + found.start, length) == 0
        {
            return found.text
        }
        let utf8 = UnsafeBufferPointer(rebasing: bytes[start..<start + length])
        let text: String
        if isASCII {
            // ASCII is valid UTF-8 as it stands.
            text = String(decoding: utf8, as: UTF8.self)
        } else {
            guard let valid = String(validating: utf8, as: UTF8.self) else { throw GiveUp() }
            text = valid
        }
        shared.slots[slot] = SharedStrings.Slot(start: start, length: length, text: text)
        return text
    }

    /// A slot for the bytes from `start`: a hash of the first and last eight bytes and the length.
    @inline(__always)
    private func slotIndex(from start: Int, length: Int) -> Int {
        var first: UInt64 = 0
        var last: UInt64 = 0
        if length >= 8 {
            first = word(at: start)
            last = word(at: start + length - 8)
        } else if start + 8 <= bytes.count {
            first = word(at: start) & ((1 << UInt64(length * 8)) - 1)
        } else {
            for offset in 0..<length { first |= UInt64(bytes[start + offset]) << UInt64(offset * 8) }
        }
        let mixed = (first ^ (last << 29 | last >> 35) ^ UInt64(length)) &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: mixed >> UInt64(64 - SharedStrings.slotBits))
    }
}
