import Foundation

/// Lines of plain text (``LabelledFields/plain(_:)``) that the metadata stages read.
///
/// Two kinds: an array of strings, and ``PlainLines``, which makes each line's plain text on first use
/// and can rule a line out of a search from its raw bytes, so most lines of a report are never copied.
protocol MetadataLines: RandomAccessCollection where Element == String, Index == Int {
    /// Whether the plain text of line `index` may hold `needle` (compared as ``TextSearch`` compares);
    /// `false` only when it certainly does not.
    func mayHold(_ needle: String, at index: Int, caseSensitive: Bool) -> Bool
}

extension Array: MetadataLines where Element == String {
    func mayHold(_ needle: String, at index: Int, caseSensitive: Bool) -> Bool { true }
}

/// The first lines of other metadata lines.
struct FirstLines<Base: MetadataLines>: MetadataLines {
    let base: Base
    let endIndex: Int
    var startIndex: Int { 0 }

    subscript(index: Int) -> String { base[index] }

    func mayHold(_ needle: String, at index: Int, caseSensitive: Bool) -> Bool {
        base.mayHold(needle, at: index, caseSensitive: caseSensitive)
    }
}

extension MetadataLines {
    /// The first `count` lines (all of them when there are fewer).
    func firstLines(_ count: Int) -> FirstLines<Self> {
        FirstLines(base: self, endIndex: Swift.min(count, self.count))
    }
}

/// A report's lines as plain text, each made from the raw line on first use and kept.
struct PlainLines: MetadataLines {
    /// The raw lines and the plain texts made so far.
    private final class Store {
        let raw: [Substring]
        var plain: [String?]

        init(_ raw: [Substring]) {
            self.raw = raw
            plain = Array(repeating: nil, count: raw.count)
        }
    }

    private let store: Store

    /// The plain lines of `raw`.
    init(_ raw: [Substring]) { store = Store(raw) }

    var startIndex: Int { 0 }
    var endIndex: Int { store.raw.count }

    subscript(index: Int) -> String {
        if let made = store.plain[index] { return made }
        let made = LabelledFields.plain(store.raw[index])
        store.plain[index] = made
        return made
    }

    /// Asked of the raw line's bytes (`PlainLines+Bytes.swift`), so the plain text is made only for a
    /// line that may hold the needle.
    func mayHold(_ needle: String, at index: Int, caseSensitive: Bool) -> Bool {
        ASCIIText.withBytes(store.raw[index]) { Self.mayHold(needle, raw: $0, caseSensitive: caseSensitive) }
    }
}
