/// JSON written straight into UTF-8 bytes, in exactly the form `JSONEncoder` gives with
/// `.prettyPrinted`, `.sortedKeys` and `.withoutEscapingSlashes`.
///
/// A report over a national portfolio holds tens of thousands of actions, and going through
/// `Encodable` costs several times what writing the bytes does. Members must be written in the
/// order `.sortedKeys` would put them; the tests hold the two forms together.
struct JSONWriter {
    /// The bytes written since the last part was appended.
    private(set) var bytes: [UInt8] = []
    /// What came before ``bytes``: runs of the document in order, each part appended kept as it was
    /// written rather than copied into one buffer.
    private var runs: [[UInt8]] = []
    /// How deep the next member or element is.
    private var depth: Int
    /// Whether nothing has been written yet in the innermost open object or array.
    private var isFirst = true

    /// Creates a writer whose first value sits `depth` levels deep, for a part of a larger document.
    init(depth: Int = 0) { self.depth = depth }

    /// A value at a leaf of the document.
    enum Scalar {
        /// A string, escaped as JSON requires.
        case string(String)
        /// A whole number.
        case number(Int)
        /// A day, as `YYYY-MM-DD`.
        case day(CalendarDay)
        /// `true` or `false`.
        case bool(Bool)
        /// `null`.
        case null

        /// The string, or `null` when there is none.
        static func optional(_ text: String?) -> Scalar { text.map(Scalar.string) ?? .null }
        /// The number, or `null` when there is none.
        static func optional(_ number: Int?) -> Scalar { number.map(Scalar.number) ?? .null }
        /// The day, or `null` when there is none.
        static func optional(_ day: CalendarDay?) -> Scalar { day.map(Scalar.day) ?? .null }
    }

    /// Writes an object whose members `body` writes with ``member(_:)``.
    mutating func object(_ body: (inout JSONWriter) -> Void) {
        container(open: UInt8(ascii: "{"), close: UInt8(ascii: "}"), body)
    }

    /// Writes an array whose elements `body` writes, each after ``element()``.
    mutating func array(_ body: (inout JSONWriter) -> Void) {
        container(open: UInt8(ascii: "["), close: UInt8(ascii: "]"), body)
    }

    /// Starts the next member of the innermost object: its key; its value is written next.
    mutating func member(_ key: String) {
        separate()
        string(key)
        bytes.append(contentsOf: [0x20, UInt8(ascii: ":"), 0x20])
    }

    /// Starts the next element of the innermost array; its value is written next.
    mutating func element() { separate() }

    /// Writes a member whose value is a scalar; its key, as every report's keys, is ASCII that needs
    /// no escape.
    mutating func member(_ key: StaticString, _ value: Scalar) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        key.withUTF8Buffer { bytes.append(contentsOf: $0) }
        for byte in "\" : ".utf8 { bytes.append(byte) }
        scalar(value)
    }

    /// Writes a scalar value.
    mutating func scalar(_ value: Scalar) {
        switch value {
        case .string(let text): string(text)
        case .number(let number): bytes.append(contentsOf: String(number).utf8)
        case .day(let day):
            bytes.append(UInt8(ascii: "\""))
            day.writeISO(to: &bytes)
            bytes.append(UInt8(ascii: "\""))
        case .bool(let flag): bytes.append(contentsOf: (flag ? "true" : "false").utf8)
        case .null: bytes.append(contentsOf: "null".utf8)
        }
    }

    /// A writer for a value written apart (on another thread, say) to go where the next value goes here.
    var writerForNextValue: JSONWriter { JSONWriter(depth: depth) }

    /// Appends, as the next element, the value `part` wrote (see ``writerForNextValue``), without
    /// copying its bytes: they become a run of the document of their own.
    mutating func append(part: consuming JSONWriter) {
        separate()
        runs.append(bytes)
        runs.append(contentsOf: part.runs)
        runs.append(part.bytes)
        bytes = []
    }

    /// Hands what has been written so far to `sink`, a run at a time, and lets go of it, so a long
    /// document is written out as it is made.
    mutating func flush(to sink: ([UInt8]) -> Void) {
        for run in runs + [bytes] where !run.isEmpty { sink(run) }
        runs = []
        bytes = []
    }

    /// The values `write` makes for `0..<count`, each with its own copy of `template`, several at once.
    static func concurrently(
        _ count: Int, startingFrom template: JSONWriter, _ write: @Sendable (Int, inout JSONWriter) -> Void
    ) -> [JSONWriter] {
        concurrentMap(count) { index in
            var part = template
            write(index, &part)
            return part
        }
    }

    /// The document with a final line feed, as a string.
    consuming func text() -> String {
        String(decoding: utf8().joined(), as: UTF8.self)
    }

    /// The document with a final line feed, as runs of UTF-8 that follow one another, to be written out
    /// as they are.
    consuming func utf8() -> [[UInt8]] {
        bytes.append(0x0A)
        runs.append(bytes)
        return runs.filter { !$0.isEmpty }
    }

    private mutating func container(open: UInt8, close: UInt8, _ body: (inout JSONWriter) -> Void) {
        bytes.append(open)
        depth += 1
        isFirst = true
        body(&self)
        depth -= 1
        // An empty container still spans lines, as JSONEncoder writes it.
        if isFirst { bytes.append(0x0A) }
        bytes.append(0x0A)
        indent()
        bytes.append(close)
        isFirst = false
    }

    private mutating func separate() {
        if !isFirst { bytes.append(UInt8(ascii: ",")) }
        bytes.append(0x0A)
        indent()
        isFirst = false
    }

    private mutating func indent() {
        for _ in 0..<2 * depth { bytes.append(0x20) }
    }

    private mutating func string(_ text: String) {
        var text = text
        text.withUTF8 { source in
            bytes.append(UInt8(ascii: "\""))
            // Nearly every value needs no escape: it is copied whole, and otherwise a run at a time.
            var runStart = 0
            var found = JSONWriter.firstEscape(in: source, from: 0)
            while found < source.count {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<found]))
                escape(source[found])
                runStart = found + 1
                found = JSONWriter.firstEscape(in: source, from: runStart)
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart...]))
            bytes.append(UInt8(ascii: "\""))
        }
    }

    /// The index of the first byte from `start` on that JSON escapes (the end when none), found eight
    /// bytes at a time: in `word`, a byte below 0x20 borrows into its high bit when 0x20 is taken from
    /// it, and one equal to `"` or `\\` is zero once xored with it, so borrows when 1 is taken; a
    /// byte above ASCII, whose own high bit is set, is masked out.
    private static func firstEscape(in source: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        let one: UInt64 = 0x0101_0101_0101_0101
        while index + 8 <= source.count {
            let word = UnsafeRawPointer(source.baseAddress! + index).loadUnaligned(as: UInt64.self)
            let borrows = (word &- one &* 0x20) | (word ^ one &* 0x22 &- one) | (word ^ one &* 0x5C &- one)
            if borrows & ~word & (one &* 0x80) != 0 { break }
            index += 8
        }
        // Then a byte at a time, from the word that holds one: `"` is 0x22, `\\` 0x5C.
        while index < source.count, source[index] >= 0x20, source[index] != 0x22, source[index] != 0x5C {
            index += 1
        }
        return index
    }

    private mutating func escape(_ byte: UInt8) {
        bytes.append(UInt8(ascii: "\\"))
        switch byte {
        case 0x08, 0x09, 0x0A, 0x0C, 0x0D: bytes.append(Array("btn_fr".utf8)[Int(byte) - 8])
        case 0x00..<0x20:
            bytes.append(contentsOf: ((byte < 0x10 ? "u000" : "u00") + String(byte, radix: 16)).utf8)
        default: bytes.append(byte)
        }
    }
}
