/// The words of simple text being copied out, a run of the source at a time.
///
/// Words a single space apart in the source are one stretch of its bytes, as they are on a line of
/// wrapped or shortened text, so they are copied at once when the run ends rather than a word at a
/// time. Wrapping and shortening lay out words the same way through this.
struct WordRun {
    /// The bytes of the source that end the text so far and are not yet copied.
    private(set) var pending = 0..<0

    /// Adds the word whose bytes are `word` to the text: alone when it is the `first`, otherwise after
    /// a space. A word that does not continue the run copies the run to `output` first.
    mutating func add(
        _ word: Range<Int>, first: Bool, of source: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]
    ) {
        if first {
            copy(from: source, into: &output)
            pending = word
        } else if !pending.isEmpty && word.lowerBound == pending.upperBound + 1 {
            // One space apart in the source, as in the text: the run grows.
            pending = pending.lowerBound..<word.upperBound
        } else {
            copy(from: source, into: &output)
            output.append(0x20)
            pending = word
        }
    }

    /// Copies the run to `output`, leaving nothing pending.
    mutating func copy(from source: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) {
        guard !pending.isEmpty else { return }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: source[pending]))
        pending = 0..<0
    }

    /// Gives up the run without copying it, for a caller that takes its bytes from the source itself.
    mutating func take() -> Range<Int> {
        defer { pending = 0..<0 }
        return pending
    }
}
