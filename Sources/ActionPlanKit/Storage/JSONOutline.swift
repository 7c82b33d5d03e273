/// Where each value of a JSON document starts, so a decoding fault can be reported at a line and column.
///
/// `JSONDecoder` on Linux reports neither the position of a syntax error nor that of a value of the
/// wrong type, and it silently keeps the first of two duplicate keys. This strict scanner fills both
/// gaps: it checks the syntax (RFC 8259), refuses duplicate keys, and maps a coding path such as
/// `actions[3].due` back to the byte where that value starts.
struct JSONOutline: Sendable {
    /// One value of the document: where it starts and, for containers, its members.
    indirect enum Node: Sendable {
        /// An object's members in file order, each with its key and where the key starts.
        case object(offset: Int, members: [(key: String, keyOffset: Int, value: Node)])
        /// An array's elements.
        case array(offset: Int, elements: [Node])
        /// A string, with its escapes decoded.
        case string(offset: Int, value: String)
        /// A number, `true`, `false` or `null`, with its text as written.
        case scalar(offset: Int, text: String)

        /// The byte offset where the value starts.
        var offset: Int {
            switch self {
            case .object(let offset, _), .array(let offset, _), .string(let offset, _),
                .scalar(let offset, _):
                offset
            }
        }
    }

    /// A syntax fault: where it is and what was expected.
    struct SyntaxError: Error, Sendable {
        /// The byte offset of the offending byte (the end of the data when it ended too soon).
        var offset: Int
        /// What is wrong, e.g. "expected ',' or '}' after an object member".
        var problem: String
    }

    /// The deepest nesting accepted; a plan file needs five or six levels.
    static let maximumDepth = 200

    /// The document's bytes.
    let bytes: [UInt8]
    /// The top-level value.
    let root: Node

    /// Scans `bytes` (a leading UTF-8 byte-order mark is skipped), throwing at the first syntax fault.
    init(_ bytes: [UInt8]) throws(SyntaxError) {
        var scanner = Scanner(bytes: bytes)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { scanner.position = 3 }
        scanner.skipWhitespace()
        let root = try scanner.value(depth: 0)
        scanner.skipWhitespace()
        if scanner.position < bytes.count {
            throw SyntaxError(
                offset: scanner.position,
                problem: "unexpected \(scanner.found) after the end of the JSON value")
        }
        self.bytes = bytes
        self.root = root
    }

    /// The value at `path` (object keys and array indexes), or the deepest value on the way to it.
    func node(at path: [any CodingKey]) -> Node {
        var node = root
        for key in path {
            switch node {
            case .object(_, let members):
                guard let member = members.first(where: { $0.key == key.stringValue }) else { return node }
                node = member.value
            case .array(_, let elements):
                guard let index = key.intValue, elements.indices.contains(index) else { return node }
                node = elements[index]
            case .string, .scalar:
                return node
            }
        }
        return node
    }

    /// The 1-based line and column of `offset`, counting characters (not bytes) within the line.
    func position(of offset: Int) -> (line: Int, column: Int) {
        JSONOutline.position(of: offset, in: bytes)
    }

    /// The 1-based line and column of `offset` in `bytes`, for faults found before an outline exists.
    static func position(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        var line = 1
        var column = 1
        for byte in bytes[..<min(offset, bytes.count)] {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return (line, column)
    }
}

extension JSONOutline {
    /// A recursive-descent scanner over the bytes; each method leaves `position` after what it read.
    private struct Scanner {
        let bytes: [UInt8]
        var position = 0

        /// The byte at the current position in words, for messages.
        var found: String {
            guard position < bytes.count else { return "end of file" }
            let byte = bytes[position]
            if byte >= 0x20 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
            return "byte 0x" + String(byte, radix: 16, uppercase: true)
        }

        mutating func skipWhitespace() {
            while position < bytes.count {
                switch bytes[position] {
                case 0x20, 0x0A, 0x0D, 0x09: position += 1
                default: return
                }
            }
        }

        func fail(_ problem: String) -> SyntaxError {
            SyntaxError(offset: position, problem: problem)
        }

        mutating func value(depth: Int) throws(SyntaxError) -> Node {
            guard depth < JSONOutline.maximumDepth else {
                throw fail("nested more than \(JSONOutline.maximumDepth) levels deep")
            }
            guard position < bytes.count else { throw fail("expected a value, found end of file") }
            let start = position
            switch bytes[position] {
            case UInt8(ascii: "{"): return try object(depth: depth)
            case UInt8(ascii: "["): return try array(depth: depth)
            case UInt8(ascii: "\""): return .string(offset: start, value: try string())
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                try number()
            case UInt8(ascii: "t"): try literal("true")
            case UInt8(ascii: "f"): try literal("false")
            case UInt8(ascii: "n"): try literal("null")
            default: throw fail("expected a value, found \(found)")
            }
            return .scalar(offset: start, text: String(decoding: bytes[start..<position], as: UTF8.self))
        }

        mutating func object(depth: Int) throws(SyntaxError) -> Node {
            let start = position
            position += 1
            var members: [(key: String, keyOffset: Int, value: Node)] = []
            var keys = Set<String>()
            skipWhitespace()
            if position < bytes.count && bytes[position] == UInt8(ascii: "}") {
                position += 1
                return .object(offset: start, members: [])
            }
            while true {
                skipWhitespace()
                guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else {
                    throw fail("expected a key in double quotes, found \(found)")
                }
                let keyOffset = position
                let key = try string()
                // Objects in a plan have at most sixteen keys, where a scan beats hashing.
                let repeated: Bool
                if members.count < 16 {
                    repeated = members.contains { $0.key == key }
                } else {
                    if keys.isEmpty { keys = Set(members.map(\.key)) }
                    repeated = !keys.insert(key).inserted
                }
                guard !repeated else {
                    throw SyntaxError(
                        offset: keyOffset, problem: "the key '\(key)' appears twice in one object")
                }
                skipWhitespace()
                guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else {
                    throw fail("expected ':' after the key '\(key)', found \(found)")
                }
                position += 1
                skipWhitespace()
                members.append((key, keyOffset, try value(depth: depth + 1)))
                skipWhitespace()
                guard position < bytes.count else { throw fail("expected ',' or '}', found end of file") }
                if bytes[position] == UInt8(ascii: "}") {
                    position += 1
                    return .object(offset: start, members: members)
                }
                guard bytes[position] == UInt8(ascii: ",") else {
                    throw fail("expected ',' or '}', found \(found)")
                }
                position += 1
            }
        }

        mutating func array(depth: Int) throws(SyntaxError) -> Node {
            let start = position
            position += 1
            var elements: [Node] = []
            skipWhitespace()
            if position < bytes.count && bytes[position] == UInt8(ascii: "]") {
                position += 1
                return .array(offset: start, elements: [])
            }
            while true {
                skipWhitespace()
                elements.append(try value(depth: depth + 1))
                skipWhitespace()
                guard position < bytes.count else { throw fail("expected ',' or ']', found end of file") }
                if bytes[position] == UInt8(ascii: "]") {
                    position += 1
                    return .array(offset: start, elements: elements)
                }
                guard bytes[position] == UInt8(ascii: ",") else {
                    throw fail("expected ',' or ']', found \(found)")
                }
                position += 1
            }
        }

        /// Reads a string starting at its opening quote and returns its decoded text.
        mutating func string() throws(SyntaxError) -> String {
            position += 1
            var text = ""
            var run = position
            while position < bytes.count {
                let byte = bytes[position]
                if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                    guard let piece = String(validating: bytes[run..<position], as: UTF8.self) else {
                        throw SyntaxError(offset: run, problem: "a string holds bytes that are not UTF-8")
                    }
                    text += piece
                    if byte == UInt8(ascii: "\"") {
                        position += 1
                        return text
                    }
                    text.unicodeScalars.append(try escape())
                    run = position
                } else if byte < 0x20 {
                    throw fail("a control character (byte 0x\(String(byte, radix: 16))) inside a string")
                } else {
                    position += 1
                }
            }
            throw fail("a string is not closed before the end of the file")
        }

        /// Reads a backslash escape, leaving `position` after it.
        mutating func escape() throws(SyntaxError) -> Unicode.Scalar {
            position += 1
            guard position < bytes.count else {
                throw fail("a string is not closed before the end of the file")
            }
            let byte = bytes[position]
            position += 1
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): return Unicode.Scalar(byte)
            case UInt8(ascii: "b"): return "\u{08}"
            case UInt8(ascii: "f"): return "\u{0C}"
            case UInt8(ascii: "n"): return "\n"
            case UInt8(ascii: "r"): return "\r"
            case UInt8(ascii: "t"): return "\t"
            case UInt8(ascii: "u"):
                let high = try hexQuad()
                if (0xD800..<0xDC00).contains(high) {
                    guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"),
                        bytes[position + 1] == UInt8(ascii: "u")
                    else { throw fail("a lone surrogate \\u\(String(high, radix: 16)) in a string") }
                    position += 2
                    let low = try hexQuad()
                    guard (0xDC00..<0xE000).contains(low) else {
                        throw fail("a lone surrogate \\u\(String(high, radix: 16)) in a string")
                    }
                    return Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))!
                }
                guard let scalar = Unicode.Scalar(high) else {
                    throw fail("a lone surrogate \\u\(String(high, radix: 16)) in a string")
                }
                return scalar
            default:
                position -= 1
                throw fail("an unknown escape '\\\(Character(Unicode.Scalar(byte)))' in a string")
            }
        }

        mutating func hexQuad() throws(SyntaxError) -> UInt32 {
            var value: UInt32 = 0
            for _ in 0..<4 {
                guard position < bytes.count, let digit = hexValue(bytes[position]) else {
                    throw fail("expected four hexadecimal digits after \\u")
                }
                value = value << 4 | digit
                position += 1
            }
            return value
        }

        func hexValue(_ byte: UInt8) -> UInt32? {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
            default: nil
            }
        }

        mutating func number() throws(SyntaxError) {
            if bytes[position] == UInt8(ascii: "-") { position += 1 }
            guard position < bytes.count, isDigit(bytes[position]) else {
                throw fail("expected a digit, found \(found)")
            }
            if bytes[position] == UInt8(ascii: "0") {
                position += 1
                if position < bytes.count && isDigit(bytes[position]) {
                    throw fail("a number cannot start with 0")
                }
            } else {
                digits()
            }
            if position < bytes.count && bytes[position] == UInt8(ascii: ".") {
                position += 1
                guard position < bytes.count, isDigit(bytes[position]) else {
                    throw fail("expected a digit after the decimal point, found \(found)")
                }
                digits()
            }
            if position < bytes.count && (bytes[position] | 0x20) == UInt8(ascii: "e") {
                position += 1
                if position < bytes.count
                    && (bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-"))
                {
                    position += 1
                }
                guard position < bytes.count, isDigit(bytes[position]) else {
                    throw fail("expected a digit in the exponent, found \(found)")
                }
                digits()
            }
        }

        mutating func digits() {
            while position < bytes.count && isDigit(bytes[position]) { position += 1 }
        }

        func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }

        mutating func literal(_ word: String) throws(SyntaxError) {
            for expected in word.utf8 {
                guard position < bytes.count, bytes[position] == expected else {
                    throw fail("expected a value, found \(found)")
                }
                position += 1
            }
        }
    }
}
