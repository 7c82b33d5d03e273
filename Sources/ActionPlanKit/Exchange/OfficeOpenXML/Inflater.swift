/// Unpacks a raw deflate stream (RFC 1951), the compression of zip entries saved by Excel and LibreOffice.
///
/// Written for safety rather than speed: every code, length and distance is checked, and the output
/// never grows past the limit the caller sets, so a hostile stream can only be refused. Codes are
/// decoded a bit at a time from canonical code counts, which needs no lookup tables to get wrong.
public enum Inflater {
    /// The bytes `input` inflates to, at most `limit` of them.
    ///
    /// - Throws: ``InflateError/outputLimit`` past `limit`, or another ``InflateError`` naming the fault.
    public static func inflate(_ input: some Collection<UInt8>, limit: Int) throws(InflateError) -> [UInt8] {
        var state = State(input: Array(input), limit: limit)
        var last = false
        while !last {
            last = try state.bits(1) == 1
            switch try state.bits(2) {
            case 0: try state.storedBlock()
            case 1: try state.codedBlock(literals: fixedCodes.literals, distances: fixedCodes.distances)
            case 2:
                let (literals, distances) = try state.dynamicCodes()
                try state.codedBlock(literals: literals, distances: distances)
            default: throw .badBlockType
            }
        }
        return state.output
    }

    /// The codes of a fixed-Huffman block (RFC 1951 §3.2.6).
    private static let fixedCodes: (literals: HuffmanCode, distances: HuffmanCode) = {
        var lengths = [Int](repeating: 8, count: 288)
        for symbol in 144..<256 { lengths[symbol] = 9 }
        for symbol in 256..<280 { lengths[symbol] = 7 }
        // Both sets are complete by construction, so building them cannot fail.
        return (
            try! HuffmanCode(lengths: lengths), try! HuffmanCode(lengths: [Int](repeating: 5, count: 30))
        )
    }()

    private static let lengthBases = [
        3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163,
        195,
        227, 258,
    ]
    private static let lengthExtraBits = [
        0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
    ]
    private static let distanceBases = [
        1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073,
        4097, 6145, 8193, 12_289, 16_385, 24_577,
    ]
    private static let distanceExtraBits = [
        0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13,
    ]
    /// The order code-length code lengths are sent in (RFC 1951 §3.2.7).
    private static let codeLengthOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

    /// A canonical Huffman code: how many codes there are of each length, and the symbols in code order.
    struct HuffmanCode {
        var counts = [Int](repeating: 0, count: 16)
        var symbols: [Int] = []

        /// The code whose symbol `s` has a code `lengths[s]` bits long (0: unused).
        ///
        /// A set of lengths that claims more codes than there are bit patterns is refused; one that
        /// leaves patterns unused is allowed (a stream may have a single distance code), and a read of
        /// an unused pattern is refused when decoding.
        init(lengths: [Int]) throws(InflateError) {
            for length in lengths { counts[length] += 1 }
            counts[0] = 0
            var left = 1
            for length in 1..<16 {
                left = left * 2 - counts[length]
                if left < 0 { throw .badCodeLengths("more codes than bit patterns") }
            }
            var offsets = [Int](repeating: 0, count: 16)
            for length in 1..<15 { offsets[length + 1] = offsets[length] + counts[length] }
            symbols = [Int](repeating: 0, count: lengths.count)
            for (symbol, length) in lengths.enumerated() where length != 0 {
                symbols[offsets[length]] = symbol
                offsets[length] += 1
            }
        }
    }

    /// The stream being read and the bytes written so far.
    private struct State {
        let input: [UInt8]
        let limit: Int
        var output: [UInt8] = []
        var position = 0
        var bitBuffer = 0
        var bitCount = 0

        init(input: [UInt8], limit: Int) {
            self.input = input
            self.limit = limit
            output.reserveCapacity(min(limit, max(input.count * 4, 1024)))
        }

        /// The next `count` bits (at most 16), least significant first.
        mutating func bits(_ count: Int) throws(InflateError) -> Int {
            while bitCount < count {
                guard position < input.count else { throw .truncated }
                bitBuffer |= Int(input[position]) << bitCount
                position += 1
                bitCount += 8
            }
            let value = bitBuffer & ((1 << count) - 1)
            bitBuffer >>= count
            bitCount -= count
            return value
        }

        /// The next symbol of `code`, read a bit at a time (codes are sent most significant bit first).
        mutating func decode(_ code: HuffmanCode) throws(InflateError) -> Int {
            var value = 0
            var first = 0
            var index = 0
            for length in 1..<16 {
                value |= try bits(1)
                let count = code.counts[length]
                if value - first < count { return code.symbols[index + value - first] }
                index += count
                first = (first + count) << 1
                value <<= 1
            }
            throw .badCode
        }

        /// A stored block: byte-aligned LEN, its complement NLEN, then LEN bytes.
        mutating func storedBlock() throws(InflateError) {
            bitBuffer = 0
            bitCount = 0
            guard position + 4 <= input.count else { throw .truncated }
            let length = Int(input[position]) | Int(input[position + 1]) << 8
            let complement = Int(input[position + 2]) | Int(input[position + 3]) << 8
            position += 4
            guard length == ~complement & 0xFFFF else { throw .storedLengthMismatch }
            guard position + length <= input.count else { throw .truncated }
            guard output.count + length <= limit else { throw .outputLimit }
            output += input[position..<(position + length)]
            position += length
        }

        /// The literal/length and distance codes a dynamic block sends before its data.
        mutating func dynamicCodes() throws(InflateError) -> (HuffmanCode, HuffmanCode) {
            let literalCount = try bits(5) + 257
            let distanceCount = try bits(5) + 1
            let codeLengthCount = try bits(4) + 4
            guard literalCount <= 286, distanceCount <= 30 else {
                throw .badCodeLengths("too many literal or distance codes")
            }
            var codeLengthLengths = [Int](repeating: 0, count: 19)
            for index in 0..<codeLengthCount {
                codeLengthLengths[Inflater.codeLengthOrder[index]] = try bits(3)
            }
            let codeLengthCode = try HuffmanCode(lengths: codeLengthLengths)
            var lengths: [Int] = []
            let total = literalCount + distanceCount
            while lengths.count < total {
                let symbol = try decode(codeLengthCode)
                var repeated: Int
                var times: Int
                switch symbol {
                case 0..<16:
                    lengths.append(symbol)
                    continue
                case 16:
                    guard let previous = lengths.last else {
                        throw .badCodeLengths("a repeat with nothing to repeat")
                    }
                    repeated = previous
                    times = 3 + (try bits(2))
                case 17:
                    repeated = 0
                    times = 3 + (try bits(3))
                default:
                    repeated = 0
                    times = 11 + (try bits(7))
                }
                guard lengths.count + times <= total else {
                    throw .badCodeLengths("repeated lengths run past the last code")
                }
                lengths += repeatElement(repeated, count: times)
            }
            guard lengths[256] != 0 else { throw .badCodeLengths("no end-of-block code") }
            return (
                try HuffmanCode(lengths: Array(lengths[..<literalCount])),
                try HuffmanCode(lengths: Array(lengths[literalCount...]))
            )
        }

        /// The data of a Huffman-coded block, up to its end-of-block code.
        mutating func codedBlock(literals: HuffmanCode, distances: HuffmanCode) throws(InflateError) {
            while true {
                let symbol = try decode(literals)
                if symbol < 256 {
                    guard output.count < limit else { throw .outputLimit }
                    output.append(UInt8(symbol))
                    continue
                }
                if symbol == 256 { return }
                let lengthIndex = symbol - 257
                guard lengthIndex < Inflater.lengthBases.count else { throw .badCode }
                let length =
                    Inflater.lengthBases[lengthIndex] + (try bits(Inflater.lengthExtraBits[lengthIndex]))
                let distanceSymbol = try decode(distances)
                guard distanceSymbol < Inflater.distanceBases.count else { throw .badCode }
                let distance =
                    Inflater.distanceBases[distanceSymbol]
                    + (try bits(Inflater.distanceExtraBits[distanceSymbol]))
                guard distance <= output.count else { throw .distanceTooFar }
                guard output.count + length <= limit else { throw .outputLimit }
                // Byte by byte: a match may overlap the bytes it is copying (a run of one byte repeated).
                var from = output.count - distance
                for _ in 0..<length {
                    output.append(output[from])
                    from += 1
                }
            }
        }
    }
}

/// Why a deflate stream could not be inflated.
public enum InflateError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The stream ends in the middle of a block.
    case truncated
    /// A block header names the reserved block type 3.
    case badBlockType
    /// A stored block's length and its check disagree.
    case storedLengthMismatch
    /// A code is not one the block defined, or names an invalid length or distance.
    case badCode
    /// A dynamic block's code lengths are malformed.
    case badCodeLengths(String)
    /// A match reaches back before the start of the output.
    case distanceTooFar
    /// The output would pass the limit the caller set.
    case outputLimit

    /// What is wrong, in words.
    public var description: String {
        switch self {
        case .truncated: "the data ends in the middle of a block"
        case .badBlockType: "a block has the reserved type 3"
        case .storedLengthMismatch: "a stored block's length fails its check"
        case .badCode: "a code is not defined by its block"
        case .badCodeLengths(let detail): "the block's code lengths are malformed (\(detail))"
        case .distanceTooFar: "a match reaches back before the start of the data"
        case .outputLimit: "the data unpacks past its declared size"
        }
    }
}
