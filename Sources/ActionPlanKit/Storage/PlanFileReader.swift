import Foundation

/// A lean reader for plan files in the exact form this tool writes: one pass over the bytes, no tree.
///
/// Reading thousands of plans through `JSONDecoder` costs many times what this pass does, and
/// the overdue report reads every plan. The reader accepts only strict JSON whose every key is one
/// the model knows, given once, with every value of the type and form the model requires; anything
/// else, however harmless, makes it give up (`nil`) so that ``PlanCoding/decode(_:path:)`` reads the
/// file the thorough way and reports any fault with its line, column and field. So a plan it does
/// read is exactly the plan the thorough path would have produced.
struct PlanFileReader {
    /// Why the reader gave up; the thorough path finds out what exactly is wrong.
    struct GiveUp: Error {}

    let bytes: UnsafeBufferPointer<UInt8>
    var position = 0
    /// The strings read so far, to share rather than make again.
    var shared = SharedStrings()
    /// The highest revision of any history entry read, which the plan's revision must not be below.
    var highestRevision = 0

    /// The plan in `data`, or `nil` when it is not in the exact form the reader accepts.
    static func plan(from data: Data) -> ActionPlan? {
        data.withUnsafeBytes { raw in
            guard !raw.isEmpty else { return nil }
            var reader = PlanFileReader(bytes: raw.bindMemory(to: UInt8.self))
            do {
                let plan = try reader.readPlan()
                reader.skipWhitespace()
                return reader.position == reader.bytes.count ? plan : nil
            } catch {
                return nil
            }
        }
    }

    /// The eight bytes from `offset` as one little-endian word; the caller has checked they exist.
    @inline(__always)
    func word(at offset: Int) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + offset).loadUnaligned(as: UInt64.self))
    }

    // MARK: Structure

    /// Skips spaces, line ends and tabs; returns at once when there are none, as inside compact JSON.
    @inline(__always)
    mutating func skipWhitespace() {
        guard position < bytes.count, bytes[position] <= 0x20 else { return }
        skipWhitespaceRun()
    }

    private mutating func skipWhitespaceRun() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x0A:
                // A line end is followed by the next line's indentation.
                position += 1
                skipSpaces()
            case 0x20: skipSpaces()
            case 0x0D, 0x09: position += 1
            default: return
            }
        }
    }

    /// Skips a run of spaces eight bytes at a time: indentation is about 40 % of a stored plan.
    @inline(__always)
    private mutating func skipSpaces() {
        while position + 8 <= bytes.count {
            let others = word(at: position) ^ 0x2020_2020_2020_2020
            if others != 0 {
                position += others.trailingZeroBitCount >> 3
                return
            }
            position += 8
        }
        while position < bytes.count, bytes[position] == 0x20 { position += 1 }
    }

    /// Reads `byte`, after any whitespace.
    @inline(__always)
    mutating func expect(_ byte: UInt8) throws(GiveUp) {
        skipWhitespace()
        guard position < bytes.count, bytes[position] == byte else { throw GiveUp() }
        position += 1
    }

    /// Whether the next value is `null`, consuming it if so.
    mutating func null() -> Bool {
        skipWhitespace()
        guard position + 4 <= bytes.count, bytes[position] == UInt8(ascii: "n"),
            bytes[position + 1] == UInt8(ascii: "u"),
            bytes[position + 2] == UInt8(ascii: "l"), bytes[position + 3] == UInt8(ascii: "l")
        else { return false }
        position += 4
        return true
    }

    /// Where the reader is in one object: which keys it has read and which it expects next.
    struct ObjectProgress {
        /// One bit per index of the object's ``Words`` table; none until the first key.
        var seen: UInt32 = 0
        /// The index after the last key read: files are written with sorted keys, so usually the next.
        var expected = 0
    }

    /// The next key of an object as an index into `keys`, or `nil` at the closing brace.
    ///
    /// Start `progress` fresh straight after the opening brace. A key not in `keys`, or one already
    /// read, gives up: `JSONDecoder` would silently keep the first of two or drop an unknown one.
    mutating func nextKey(_ keys: Words, _ progress: inout ObjectProgress) throws(GiveUp) -> Int? {
        var afterComma = false
        if progress.seen != 0, position < bytes.count, bytes[position] == UInt8(ascii: ",") {
            position += 1
            afterComma = true
        }
        // In a stored plan the key is the one after the last (or after an optional one left out, such
        // as a change's `from`), on its own line: one comparison reads the line up to the value.
        if afterComma || progress.seen == 0 {
            var index = progress.expected
            if !keys.matchesLine(index, in: self) {
                index += 1
                if !keys.matchesLine(index, in: self) { index = -1 }
            }
            if index >= 0 {
                position += keys.lineLength(index)
                try record(index, in: &progress)
                return index
            }
        }
        skipWhitespace()
        guard position < bytes.count else { throw GiveUp() }
        if !afterComma {
            if bytes[position] == UInt8(ascii: "}") {
                position += 1
                return nil
            }
            if progress.seen != 0 {
                guard bytes[position] == UInt8(ascii: ",") else { throw GiveUp() }
                position += 1
                skipWhitespace()
            }
        }
        guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else { throw GiveUp() }
        position += 1
        guard let word = quotedWord(), let index = keys.index(of: word) else { throw GiveUp() }
        position += word.length + 1
        try colon()
        try record(index, in: &progress)
        return index
    }

    /// Notes that the key at `index` has been read; a key given twice gives up.
    @inline(__always)
    private func record(_ index: Int, in progress: inout ObjectProgress) throws(GiveUp) {
        let bit: UInt32 = 1 &<< UInt32(truncatingIfNeeded: index)
        guard progress.seen & bit == 0 else { throw GiveUp() }
        progress.seen |= bit
        progress.expected = index + 1
    }

    /// Reads the `:` after a key, fast for the ` : ` that pretty-printing puts there.
    private mutating func colon() throws(GiveUp) {
        if position + 3 <= bytes.count, bytes[position] == 0x20, bytes[position + 1] == UInt8(ascii: ":"),
            bytes[position + 2] == 0x20
        {
            position += 3
            return
        }
        try expect(UInt8(ascii: ":"))
    }

    /// Moves to the next element of an array: `false` at the closing bracket.
    mutating func nextElement(first: inout Bool) throws(GiveUp) -> Bool {
        skipWhitespace()
        guard position < bytes.count else { throw GiveUp() }
        if bytes[position] == UInt8(ascii: "]") {
            position += 1
            return false
        }
        if !first { try expect(UInt8(ascii: ",")) }
        first = false
        return true
    }
}
