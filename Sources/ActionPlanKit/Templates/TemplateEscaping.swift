/// How a template's printed values are made safe for the format it writes.
public enum TemplateEscaping: Sendable {
    /// HTML: `& < > " '` become character references, so data can never become markup.
    case html
    /// Markdown: markup characters are backslash-escaped, `<`, `>` and entity-like `&` are written as
    /// references, and line breaks become spaces, so a value stays inside its table cell.
    case markdown
    /// No change, for templates of plain text.
    case none

    /// `text` made safe to print.
    public func escape(_ text: String) -> String {
        var output: [UInt8] = []
        write(text, into: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// Appends `text`, made safe to print, to `output` as UTF-8.
    ///
    /// Every character escaped is ASCII, so the text is read and written as UTF-8 bytes; any other
    /// byte, of whatever character, is copied as it is. Most values need nothing (or hold a `.` or `-`
    /// that needs nothing where it stands), so only the few bytes that may change are looked at, and
    /// the runs between those that do are copied whole.
    func write(_ text: String, into output: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            switch self {
            case .none:
                output.append(contentsOf: bytes)
            case .html:
                Self.write(bytes, from: 0, Self.htmlSpecial, into: &output) {
                    Self.html(bytes[$0])
                }
            case .markdown:
                // Only the first byte after any leading digits can open a block or end a list number;
                // past it, only the bytes in `markdownSpecial` can change.
                let opening = bytes.firstIndex { !(0x30...0x39).contains($0) } ?? bytes.count
                Self.write(bytes, from: opening, Self.markdownSpecial, into: &output) {
                    Self.markdown(bytes, at: $0, opening: opening)
                }
            }
        }
    }

    /// What one byte of a value becomes when escaped.
    private enum Replacement {
        /// The byte as it is.
        case same
        /// A backslash, then the byte.
        case backslashed
        /// Other text in its place (a character reference, a space, or nothing).
        case text(StaticString)

        var isSame: Bool {
            if case .same = self { true } else { false }
        }

        /// Appends what `byte` becomes to `output`.
        func write(_ byte: UInt8, into output: inout [UInt8]) {
            switch self {
            case .same:
                output.append(byte)
            case .backslashed:
                output.append(UInt8(ascii: "\\"))
                output.append(byte)
            case .text(let text):
                output.append(
                    contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
            }
        }
    }

    /// The ASCII bytes that may change, as bit masks of the bytes below 64 and of those from 64 to 127.
    private typealias ByteSet = (UInt64, UInt64)

    /// `"`, `&`, `'`, `<` and `>`.
    private static let htmlSpecial: ByteSet = (1 << 34 | 1 << 38 | 1 << 39 | 1 << 60 | 1 << 62, 0)

    /// What may change anywhere in a value: line breaks, `&`, `*`, `<`, `>`, and `[`, `\`, `]`, `_`,
    /// `` ` ``, `|`, `~`.
    private static let markdownSpecial: ByteSet = (
        1 << 10 | 1 << 13 | 1 << 38 | 1 << 42 | 1 << 60 | 1 << 62,
        1 << (91 - 64) | 1 << (92 - 64) | 1 << (93 - 64) | 1 << (95 - 64) | 1 << (96 - 64) | 1 << (124 - 64)
            | 1 << (126 - 64)
    )

    /// Appends `bytes` to `output`: the byte at `start` and each byte in `special` after it as
    /// `replacement` says, the rest (and all before `start`) copied in runs as they are.
    @inline(__always)
    private static func write(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, _ special: ByteSet, into output: inout [UInt8],
        _ replacement: (Int) -> Replacement
    ) {
        var copied = 0
        for index in min(start, bytes.count)..<bytes.count {
            let byte = bytes[index]
            let bit = byte < 64 ? special.0 >> byte : byte < 128 ? special.1 >> (byte - 64) : 0
            guard bit & 1 == 1 || index == start else { continue }
            let change = replacement(index)
            guard !change.isSame else { continue }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<index]))
            change.write(byte, into: &output)
            copied = index + 1
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
    }

    private static func html(_ byte: UInt8) -> Replacement {
        switch byte {
        case UInt8(ascii: "&"): .text("&amp;")
        case UInt8(ascii: "<"): .text("&lt;")
        case UInt8(ascii: ">"): .text("&gt;")
        case UInt8(ascii: "\""): .text("&quot;")
        case UInt8(ascii: "'"): .text("&#39;")
        default: .same
        }
    }

    /// What the byte at `index` becomes in Markdown; `opening` is the index of the first byte that is
    /// not a digit.
    private static func markdown(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, opening: Int)
        -> Replacement
    {
        switch bytes[index] {
        // A value opening with these would start a heading, list item or rule at the start of a line.
        case UInt8(ascii: "#"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "="):
            return index == 0 ? .backslashed : .same
        // "1." at the start of a value would start a numbered list.
        case UInt8(ascii: "."), UInt8(ascii: ")"):
            return index == opening && index > 0 ? .backslashed : .same
        case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["),
            UInt8(ascii: "]"), UInt8(ascii: "|"), UInt8(ascii: "~"):
            return .backslashed
        case UInt8(ascii: "<"): return .text("&lt;")
        case UInt8(ascii: ">"): return .text("&gt;")
        case UInt8(ascii: "&"):
            // Only an `&` that could start an entity needs escaping; "Smith & Co" stays readable.
            let rest = UnsafeBufferPointer(rebasing: bytes[(index + 1)..<min(index + 5, bytes.count)])
            let next = String(decoding: rest, as: UTF8.self).unicodeScalars.first ?? " "
            return next.properties.isAlphabetic || next == "#" ? .text("&amp;") : .same
        // A CR LF pair becomes one space, as a lone CR or LF does.
        case UInt8(ascii: "\n"):
            return index > 0 && bytes[index - 1] == UInt8(ascii: "\r") ? .text("") : .text(" ")
        case UInt8(ascii: "\r"): return .text(" ")
        default: return .same
        }
    }
}
