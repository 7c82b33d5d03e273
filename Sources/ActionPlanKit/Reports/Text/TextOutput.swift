/// A text report as it is written: lines of UTF-8 in a growing buffer, each ended by a line feed.
///
/// A report over a national portfolio runs to hundreds of thousands of lines; writing their bytes
/// into a buffer costs a fraction of building a `String` per line and joining them. Parts laid out on
/// other cores are kept as the runs of bytes they were written in, never copied into one buffer.
struct TextOutput {
    /// The bytes written since the last finished run.
    private(set) var bytes: [UInt8] = []
    /// The runs of bytes written before ``bytes``, in order.
    private var finished: [[UInt8]] = []
    /// Lines are wrapped through this wrapper, whose buffers are reused from line to line.
    private var wrapper = TextWrapper()

    /// Creates an empty output, with room for about `capacity` bytes.
    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    /// Makes room for at least `count` more bytes, so that writing them does not copy the ones before.
    mutating func reserveCapacity(_ count: Int) {
        // Doubling at least, as appending does: room asked for a little at a time must not copy every time.
        if bytes.count + count > bytes.capacity {
            bytes.reserveCapacity(max(bytes.count + count, 2 * bytes.capacity))
        }
    }

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

    /// Everything written, as runs of bytes in order, none empty.
    var runs: [[UInt8]] { (finished + [bytes]).filter { !$0.isEmpty } }

    /// Hands everything written so far to `sink`, a run at a time, and lets go of it.
    mutating func flush(to sink: ([UInt8]) -> Void) {
        for run in runs { sink(run) }
        finished = []
        bytes = []
    }

    /// Appends raw UTF-8 bytes, without a line feed.
    mutating func write(_ utf8: some Collection<UInt8>) { bytes.append(contentsOf: utf8) }

    /// Appends the bytes `body` writes from the pointer it is given, at most `maximum` of them; `body`
    /// returns how many it wrote.
    ///
    /// A table row's lines are written this way, with one copy for each piece and no check of room.
    mutating func write(atMost maximum: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Int) {
        let start = bytes.count
        bytes.append(contentsOf: repeatElement(0, count: maximum))
        let written = bytes.withUnsafeMutableBufferPointer { buffer in body(buffer.baseAddress! + start) }
        precondition(written <= maximum, "wrote past the room asked for")
        bytes.removeLast(maximum - written)
    }

    /// Ends the current line.
    mutating func endLine() { bytes.append(0x0A) }

    /// Appends what `write` writes for each of `0..<count`, in order, several written at once.
    ///
    /// A report over thousands of plans lays out one table per plan. The indices are shared out in
    /// batches, each written in order into a part of its own on whichever core is free; the parts
    /// then follow what was written before as runs, moved, not copied. A single index is written here
    /// directly.
    mutating func appendConcurrently(_ count: Int, _ write: @Sendable (Int, inout TextOutput) -> Void) {
        guard count > 1 else {
            if count == 1 { write(0, &self) }
            return
        }
        // Enough batches for the cores to share the work evenly, few enough that the runs stay long.
        let batches = chunks(of: count, into: TextOutput.batches)
        let parts = concurrentMap(batches.count) { batch in
            var part = TextOutput()
            for index in batches[batch] { write(index, &part) }
            return part
        }
        if !bytes.isEmpty { finished.append(bytes) }
        bytes = []
        for part in parts { finished.append(contentsOf: part.runs) }
    }

    /// The most batches ``appendConcurrently(_:_:)`` shares its indices out in.
    private static let batches = 64

    /// Everything written, as a string. Only short texts are made strings (a table of a plan's
    /// actions, say); a portfolio's report goes out as ``runs``.
    var text: String { String(decoding: runs.joined(), as: UTF8.self) }
}
