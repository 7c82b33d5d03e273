/// Breaks text into lines of at most a given width at spaces, splitting only words that are longer.
///
/// The lines are written as UTF-8 into one buffer that is kept from one text to the next, and each
/// line is a byte range of it with its width, so wrapping a table's cells row after row allocates
/// almost nothing. A table's lines that are a run of their cell as it stands are not even copied: they
/// are ranges of the cells' bytes (``wrap(_:of:_:to:)``). Simple text (see ``TextMeasure``) is wrapped on its bytes; other text with
/// `Character`s, to the same rules.
struct TextWrapper {
    /// One line of wrapped text: a range of ``bytes``, or of the source, and its width in characters.
    struct Line {
        /// Where the line's bytes start in ``TextWrapper/bytes``, or in the source when ``inSource``.
        var start: Int
        /// Where they end.
        var end: Int
        /// The line's width in characters.
        var width: Int
        /// Whether the line is a range of the source given to ``TextWrapper/wrap(_:of:_:to:)``.
        var inSource = false

        /// Whether the line has no characters.
        var isEmpty: Bool { start == end }
    }

    /// The bytes of every line wrapped since the last ``removeAll()``.
    private(set) var bytes: [UInt8] = []
    /// The lines wrapped since the last ``removeAll()``, in order.
    private(set) var lines: [Line] = []

    /// Forgets every line, keeping the buffers' capacity for the next row.
    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        lines.removeAll(keepingCapacity: true)
    }

    /// Wraps `text`, measured as `measure`, to `width` characters, and returns the indices of its lines.
    ///
    /// Text that fits is one line, as it is. Otherwise runs of spaces collapse, words are laid out
    /// greedily, and a word longer than `width` is cut into pieces of `width` characters.
    @discardableResult
    mutating func wrap(_ text: String, _ measure: TextMeasure, to width: Int) -> Range<Int> {
        var text = text
        return text.withUTF8 { wrap(utf8: $0, measure, to: width) }
    }

    /// ``wrap(_:_:to:)`` of the text whose UTF-8 is `utf8`.
    @discardableResult
    mutating func wrap(utf8: UnsafeBufferPointer<UInt8>, _ measure: TextMeasure, to width: Int) -> Range<Int>
    {
        let first = lines.count
        if width <= 0 || measure.width <= width {
            append(whole: utf8, width: measure.width)
        } else if measure.isSimple {
            wrapSimple(utf8, to: width, sourceOffset: nil)
        } else {
            for line in String(decoding: utf8, as: UTF8.self).wrappedByCharacters(to: width) {
                append(whole: line.utf8, width: line.count)
            }
        }
        return first..<lines.count
    }

    /// ``wrap(utf8:_:to:)`` of the bytes `range` of `source`, where a line that is a run of the source
    /// as it stands is not copied: it is a range of `source`, with ``Line/inSource`` set. For tables,
    /// whose cells' bytes outlive the wrapping of their rows.
    @discardableResult
    mutating func wrap(
        _ range: Range<Int>, of source: UnsafeBufferPointer<UInt8>, _ measure: TextMeasure, to width: Int
    ) -> Range<Int> {
        let first = lines.count
        if width <= 0 || measure.width <= width {
            lines.append(
                Line(start: range.lowerBound, end: range.upperBound, width: measure.width, inSource: true))
        } else if measure.isSimple {
            wrapSimple(
                UnsafeBufferPointer(rebasing: source[range]), to: width, sourceOffset: range.lowerBound)
        } else {
            wrap(utf8: UnsafeBufferPointer(rebasing: source[range]), measure, to: width)
        }
        return first..<lines.count
    }

    /// The line at `index` as a string; not for a line of the source (``Line/inSource``), whose bytes
    /// are the source's.
    func string(_ index: Int) -> String {
        let line = lines[index]
        precondition(!line.inSource, "a line that is a range of its source is read from the source")
        return String(decoding: bytes[line.start..<line.end], as: UTF8.self)
    }

    private mutating func append(whole utf8: some Collection<UInt8>, width: Int) {
        let start = bytes.count
        bytes.append(contentsOf: utf8)
        lines.append(Line(start: start, end: bytes.count, width: width))
    }

    /// Greedy wrapping of simple text's `source` bytes.
    ///
    /// Words a single space apart are one run of the source, so a line is copied a run at a time, not
    /// a word at a time. With a `sourceOffset`, where `source` starts in the source its lines may be
    /// ranges of, a line that is one run is not copied at all.
    private mutating func wrapSimple(_ source: UnsafeBufferPointer<UInt8>, to width: Int, sourceOffset: Int?)
    {
        let before = lines.count
        var lineStart = bytes.count
        var lineWidth = 0
        var run = WordRun()
        func endLine() {
            if let sourceOffset, bytes.count == lineStart, !run.pending.isEmpty {
                let pending = run.take()
                lines.append(
                    Line(
                        start: sourceOffset + pending.lowerBound, end: sourceOffset + pending.upperBound,
                        width: lineWidth, inSource: true))
            } else {
                run.copy(from: source, into: &bytes)
                lines.append(Line(start: lineStart, end: bytes.count, width: lineWidth))
            }
            lineStart = bytes.count
            lineWidth = 0
        }
        var index = 0
        let count = source.count
        while index < count {
            if source[index] == 0x20 {
                index += 1
                continue
            }
            var wordStart = index
            var wordWidth = 0
            while index < count, source[index] != 0x20 {
                if source[index] & 0xC0 != 0x80 { wordWidth += 1 }
                index += 1
            }
            if lineWidth > 0 && lineWidth + 1 + wordWidth > width { endLine() }
            while wordWidth > width {
                if lineWidth > 0 { endLine() }
                let cut = source.simpleCut(of: wordStart..<index, after: width)
                run.add(wordStart..<cut, first: true, of: source, into: &bytes)
                lineWidth = width
                endLine()
                wordStart = cut
                wordWidth -= width
            }
            guard wordStart < index else { continue }
            if lineWidth > 0 { lineWidth += 1 }
            run.add(wordStart..<index, first: lineWidth == 0, of: source, into: &bytes)
            lineWidth += wordWidth
        }
        if lineWidth > 0 || lines.count == before { endLine() }
    }
}
