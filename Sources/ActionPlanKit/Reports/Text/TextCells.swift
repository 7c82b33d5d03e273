/// The cells of a table, written as UTF-8 into one buffer and measured as each is ended.
///
/// A national overdue report has tens of thousands of rows of seven cells. Writing each cell's bytes
/// straight into one buffer, rather than making a `String` per cell and an array per row, leaves
/// almost nothing to allocate, retain or release; the table is laid out from these bytes.
struct TextCells: Sendable {
    /// The bytes of every cell, one after another.
    private(set) var bytes: [UInt8] = []
    /// Where each ended cell's bytes end in ``bytes``; a cell starts where the one before it ends.
    private(set) var ends: [Int] = []
    /// The measure of each ended cell.
    private(set) var measures: [TextMeasure] = []

    /// Creates an empty set of cells.
    init() {}

    /// The number of cells ended so far.
    var count: Int { ends.count }

    /// Makes room for `count` more cells of about `bytesEach` bytes, so that writing them copies none.
    mutating func reserveCapacity(cells count: Int, bytesEach: Int) {
        bytes.reserveCapacity(bytes.count + count * bytesEach)
        ends.reserveCapacity(ends.count + count)
        measures.reserveCapacity(measures.count + count)
    }

    /// The range of ``bytes`` that cell `index` holds.
    func range(of index: Int) -> Range<Int> { (index == 0 ? 0 : ends[index - 1])..<ends[index] }

    /// The cell at `index` as a string.
    func text(of index: Int) -> String { String(decoding: bytes[range(of: index)], as: UTF8.self) }

    /// Appends a cell holding `text`.
    mutating func cell(_ text: String) {
        write(text)
        endCell()
    }

    /// Appends a cell holding `text` cut at a word boundary to at most `limit` characters, as
    /// ``Swift/String/shortened(to:)`` cuts it.
    mutating func cell(shortening text: String, to limit: Int) {
        var text = text
        let written = text.withUTF8 { String.writeShortenedSimple($0, to: limit, into: &bytes) }
        if !written { write(text.shortened(to: limit)) }
        endCell()
    }

    /// Adds `text` to the cell being written.
    mutating func write(_ text: String) { bytes.append(contentsOf: text.utf8) }

    /// Ends the cell being written and measures it.
    mutating func endCell() {
        let start = ends.last ?? 0
        // A line break, tab or other control character in a cell (an owner typed with Alt+Enter in
        // Excel, an escape sequence in a plan file) would break the table's rows: each becomes a space.
        for index in start..<bytes.count where bytes[index] < 0x20 || bytes[index] == 0x7F {
            bytes[index] = 0x20
        }
        let measure = bytes.withUnsafeBufferPointer { buffer in
            TextMeasure(simpleBytes: UnsafeBufferPointer(rebasing: buffer[start...]))
        }
        measures.append(measure ?? TextMeasure(String(decoding: bytes[start...], as: UTF8.self)))
        ends.append(bytes.count)
    }

    /// Appends every cell of `other`, after this one's.
    mutating func append(_ other: TextCells) {
        guard count > 0 else {
            self = other
            return
        }
        let offset = bytes.count
        bytes.append(contentsOf: other.bytes)
        ends.append(contentsOf: other.ends.lazy.map { $0 + offset })
        measures.append(contentsOf: other.measures)
    }
}
