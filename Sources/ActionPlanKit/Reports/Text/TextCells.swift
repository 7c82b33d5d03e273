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
        // Simple text holds no control character, so what is cut as simple needs no flattening.
        var text = text
        let written = text.withUTF8 { String.writeShortenedSimple($0, to: limit, into: &bytes) }
        if !written { write(TextCells.flattened(text).shortened(to: limit)) }
        endCell()
    }

    /// `text` as a cell holds it: each line break, tab or other control character a space.
    ///
    /// A line break in a cell (an owner typed with Alt+Enter in Excel) would break the table's rows,
    /// and an escape sequence from a plan file would reach the terminal.
    static func flattened(_ text: String) -> String {
        guard text.utf8.contains(where: isControl) else { return text }
        return String(decoding: text.utf8.map { isControl($0) ? 0x20 : $0 }, as: UTF8.self)
    }

    /// Whether `byte` is a control character; in UTF-8 such a byte is never part of another character.
    private static func isControl(_ byte: UInt8) -> Bool { byte < 0x20 || byte == 0x7F }

    /// Adds `text` to the cell being written.
    mutating func write(_ text: String) { bytes.append(contentsOf: text.utf8) }

    /// Ends the cell being written and measures it.
    mutating func endCell() {
        let start = ends.last ?? 0
        func measure() -> TextMeasure? {
            bytes.withUnsafeBufferPointer {
                TextMeasure(simpleBytes: UnsafeBufferPointer(rebasing: $0[start...]))
            }
        }
        // However the cell was written, it holds what ``flattened(_:)`` gives. Simple text holds no
        // control character, so nearly every cell is read once, to measure it.
        var measured = measure()
        if measured == nil {
            for index in start..<bytes.count where TextCells.isControl(bytes[index]) { bytes[index] = 0x20 }
            measured = measure()
        }
        measures.append(measured ?? TextMeasure(String(decoding: bytes[start...], as: UTF8.self)))
        ends.append(bytes.count)
    }
}
