/// Reads the XML of an Office part as a stream of tags and text: the little of XML that SpreadsheetML uses.
///
/// Element and attribute names are given without their namespace prefix (`x:c` is `c`), since
/// writers differ in the prefixes they choose. Entity and character references are decoded, line
/// ends normalised, comments and processing instructions skipped. A document type declaration is
/// refused: no Office part has one, and its entities are the classic way to make a small file huge.
struct XMLScanner {
    /// One piece of the document.
    enum Token: Equatable {
        /// An opening tag, or a self-closing one (then no ``end`` follows).
        case start(name: String, attributes: [String: String], selfClosing: Bool)
        /// A closing tag.
        case end(name: String)
        /// Character data, decoded.
        case text(String)
    }

    private let bytes: [UInt8]
    private var position = 0

    /// Creates a scanner over the UTF-8 bytes of one part.
    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        // A byte-order mark is allowed before the declaration.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
    }

    /// The next token, or `nil` at the end of the document.
    mutating func next() throws(XMLScanError) -> Token? {
        while position < bytes.count {
            guard bytes[position] == UInt8(ascii: "<") else { return .text(try text()) }
            if starts(with: "<!--") {
                try skip(past: "-->")
            } else if starts(with: "<?") {
                try skip(past: "?>")
            } else if starts(with: "<![CDATA[") {
                position += 9
                let start = position
                try skip(past: "]]>")
                return .text(
                    XMLScanner.normalisingLineEnds(
                        String(decoding: bytes[start..<(position - 3)], as: UTF8.self)))
            } else if starts(with: "<!") {
                throw .unsupported("a document type declaration", at: position)
            } else if starts(with: "</") {
                position += 2
                let name = try self.name()
                skipSpace()
                try expect(">")
                return .end(name: name)
            } else {
                position += 1
                return try startTag()
            }
        }
        return nil
    }

    private mutating func startTag() throws(XMLScanError) -> Token {
        let name = try self.name()
        var attributes: [String: String] = [:]
        while true {
            skipSpace()
            guard position < bytes.count else { throw .truncated }
            if bytes[position] == UInt8(ascii: ">") {
                position += 1
                return .start(name: name, attributes: attributes, selfClosing: false)
            }
            if starts(with: "/>") {
                position += 2
                return .start(name: name, attributes: attributes, selfClosing: true)
            }
            let attribute = try self.name()
            skipSpace()
            try expect("=")
            skipSpace()
            guard position < bytes.count else { throw .truncated }
            let quote = bytes[position]
            guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else {
                throw .malformed("an attribute value without quotes", at: position)
            }
            position += 1
            let start = position
            while position < bytes.count && bytes[position] != quote { position += 1 }
            guard position < bytes.count else { throw .truncated }
            let raw = String(decoding: bytes[start..<position], as: UTF8.self)
            position += 1
            // An attribute's literal white space reads as spaces (XML 1.0 §3.3.3).
            let value = try XMLScanner.decodingReferences(
                String(raw.map { $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" ? " " : $0 }),
                at: start)
            attributes[attribute] = value
        }
    }

    private mutating func text() throws(XMLScanError) -> String {
        let start = position
        while position < bytes.count && bytes[position] != UInt8(ascii: "<") { position += 1 }
        let raw = XMLScanner.normalisingLineEnds(String(decoding: bytes[start..<position], as: UTF8.self))
        return try XMLScanner.decodingReferences(raw, at: start)
    }

    /// A name, without its namespace prefix.
    private mutating func name() throws(XMLScanError) -> String {
        let start = position
        var colon: Int?
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: ":") { colon = position }
            if byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "=")
                || byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
            {
                break
            }
            position += 1
        }
        guard position > start else { throw .malformed("a tag without a name", at: start) }
        return String(decoding: bytes[((colon ?? (start - 1)) + 1)..<position], as: UTF8.self)
    }

    private mutating func skipSpace() {
        while position < bytes.count,
            bytes[position] == 0x20 || bytes[position] == 0x09 || bytes[position] == 0x0A
                || bytes[position] == 0x0D
        {
            position += 1
        }
    }

    private mutating func expect(_ character: Unicode.Scalar) throws(XMLScanError) {
        guard position < bytes.count else { throw .truncated }
        guard bytes[position] == UInt8(ascii: character) else {
            throw .malformed("expected '\(character)'", at: position)
        }
        position += 1
    }

    private func starts(with text: StaticString) -> Bool {
        let count = text.utf8CodeUnitCount
        guard position + count <= bytes.count else { return false }
        let pointer = text.utf8Start
        for offset in 0..<count where bytes[position + offset] != pointer[offset] { return false }
        return true
    }

    private mutating func skip(past terminator: StaticString) throws(XMLScanError) {
        while position < bytes.count {
            if starts(with: terminator) {
                position += terminator.utf8CodeUnitCount
                return
            }
            position += 1
        }
        throw .truncated
    }

    /// CRLF and lone CR read as LF (XML 1.0 §2.11).
    static func normalisingLineEnds(_ text: String) -> String {
        guard text.utf8.contains(0x0D) else { return text }
        return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }

    /// `text` with `&amp;`, `&#13;` and the other references decoded.
    static func decodingReferences(_ text: String, at offset: Int) throws(XMLScanError) -> String {
        guard text.utf8.contains(UInt8(ascii: "&")) else { return text }
        var result = ""
        var rest = Substring(text)
        while let ampersand = rest.firstIndex(of: "&") {
            result += rest[..<ampersand]
            guard let semicolon = rest[ampersand...].firstIndex(of: ";") else {
                throw .malformed("an '&' that starts no reference", at: offset)
            }
            let name = rest[rest.index(after: ampersand)..<semicolon]
            switch name {
            case "amp": result += "&"
            case "lt": result += "<"
            case "gt": result += ">"
            case "quot": result += "\""
            case "apos": result += "'"
            default:
                var value: UInt32?
                if name.hasPrefix("#x") || name.hasPrefix("#X") {
                    value = UInt32(name.dropFirst(2), radix: 16)
                } else if name.hasPrefix("#") {
                    value = UInt32(name.dropFirst(), radix: 10)
                }
                guard let value, let scalar = Unicode.Scalar(value) else {
                    throw .malformed("unknown reference '&\(name.prefix(20));'", at: offset)
                }
                result.unicodeScalars.append(scalar)
            }
            rest = rest[rest.index(after: semicolon)...]
        }
        return result + rest
    }
}

/// Why the XML of an Office part could not be read.
enum XMLScanError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The part ends inside a tag, comment or section.
    case truncated
    /// The XML is not well-formed at byte `at`.
    case malformed(String, at: Int)
    /// The part uses XML that Office files never do.
    case unsupported(String, at: Int)

    var description: String {
        switch self {
        case .truncated: "the XML ends in the middle of a tag"
        case .malformed(let what, let offset): "malformed XML at byte \(offset): \(what)"
        case .unsupported(let what, let offset): "unsupported XML at byte \(offset): \(what)"
        }
    }
}
