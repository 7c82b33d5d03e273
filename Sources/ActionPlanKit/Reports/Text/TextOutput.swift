import Dispatch

/// A text report as it is written: lines of UTF-8 in one growing buffer, each ended by a line feed.
///
/// A report over a national portfolio runs to hundreds of thousands of lines; writing their bytes
/// into one buffer costs a fraction of building a `String` per line and joining them.
struct TextOutput {
    /// The bytes written so far.
    private(set) var bytes: [UInt8] = []
    /// Lines are wrapped through this wrapper, whose buffers are reused from line to line.
    private var wrapper = TextWrapper()

    /// Creates an empty output, with room for about `capacity` bytes.
    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    /// Appends `text` as one line.
    mutating func line(_ text: String) {
        bytes.append(contentsOf: text.utf8)
        bytes.append(0x0A)
    }

    /// Appends each of `lines`.
    mutating func lines(_ lines: [String]) {
        for text in lines { line(text) }
    }

    /// Appends an empty line.
    mutating func blank() { bytes.append(0x0A) }

    /// Appends `text` wrapped to `width` characters.
    mutating func wrapped(_ text: String, width: Int) {
        wrapper.removeAll()
        for index in wrapper.wrap(text, TextMeasure(text), to: width) {
            let line = wrapper.lines[index]
            wrapper.bytes.withUnsafeBufferPointer { buffer in
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[line.start..<line.end]))
            }
            bytes.append(0x0A)
        }
    }

    /// Appends another output's bytes.
    mutating func append(_ other: TextOutput) { bytes.append(contentsOf: other.bytes) }

    /// Appends raw UTF-8 bytes, without a line feed.
    mutating func write(_ utf8: some Collection<UInt8>) { bytes.append(contentsOf: utf8) }

    /// Appends `count` spaces.
    mutating func spaces(_ count: Int) {
        guard count > 0 else { return }
        bytes.append(contentsOf: repeatElement(0x20, count: count))
    }

    /// Ends the current line.
    mutating func endLine() { bytes.append(0x0A) }

    /// The outputs `write` makes for `0..<count`, made several at once and joined in order.
    ///
    /// A report over thousands of plans lays out one table per plan; each is laid out on its own.
    static func concurrently(_ count: Int, _ write: @Sendable (Int, inout TextOutput) -> Void) -> TextOutput {
        guard count > 1 else {
            var output = TextOutput()
            if count == 1 { write(0, &output) }
            return output
        }
        let parts = UnsafeMutableBufferPointer<TextOutput>.allocate(capacity: count)
        parts.initialize(repeating: TextOutput())
        defer {
            _ = parts.deinitialize()
            parts.deallocate()
        }
        // Each iteration writes only its own part, so the parts need no lock.
        nonisolated(unsafe) let shared = parts
        DispatchQueue.concurrentPerform(iterations: count) { index in write(index, &shared[index]) }
        var joined = TextOutput(capacity: parts.reduce(0) { $0 + $1.bytes.count })
        for part in parts { joined.append(part) }
        return joined
    }

    /// Everything written, as a string.
    var text: String { String(decoding: bytes, as: UTF8.self) }
}
