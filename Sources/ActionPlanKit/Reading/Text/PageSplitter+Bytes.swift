import Foundation

// The byte-level line split of `PageSplitter.lines(of:)`: a report's text is cut at its line feeds with
// memchr, and each line turned into a `Substring` once, rather than walked index by index.

extension PageSplitter {
    /// Where a line sits in the text's bytes, without its line ending, and how many form feeds it holds.
    struct Span {
        var start: Int
        var end: Int
        var formFeeds: Int
    }

    /// The spans of the lines of `bytes`, split at LF.
    static func lineSpans(in bytes: UnsafeBufferPointer<UInt8>) -> [Span] {
        guard let base = bytes.baseAddress else { return [Span(start: 0, end: 0, formFeeds: 0)] }
        var spans: [Span] = []
        spans.reserveCapacity(bytes.count / 40)
        var start = 0
        while true {
            var end = bytes.count
            if let newline = memchr(base + start, 10, bytes.count - start) {
                end = base.distance(to: newline.assumingMemoryBound(to: UInt8.self))
            }
            var formFeeds = 0
            var probe = start
            while probe < end, let feed = memchr(base + probe, 12, end - probe) {
                formFeeds += 1
                probe = base.distance(to: feed.assumingMemoryBound(to: UInt8.self)) + 1
            }
            spans.append(Span(start: start, end: end, formFeeds: formFeeds))
            if end == bytes.count { return spans }
            start = end + 1
        }
    }
}
