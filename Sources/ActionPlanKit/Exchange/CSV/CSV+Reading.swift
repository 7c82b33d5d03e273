import Foundation

/// One record of a CSV file, with the row number a spreadsheet shows for it.
public struct CSVRecord: Hashable, Sendable {
    /// The row as a spreadsheet numbers it: 1 for the first record, counting records, not lines.
    public var row: Int
    /// The record's fields, unquoted, with any formula-guarding apostrophe removed.
    public var fields: [String]

    /// Creates a record.
    public init(row: Int, fields: [String]) {
        self.row = row
        self.fields = fields
    }

    /// Whether every field is empty or white space, as in a blank line or a row of bare commas.
    public var isBlank: Bool {
        fields.allSatisfy { $0.allSatisfy(\.isWhitespace) }
    }
}

extension CSV {
    /// The records of a CSV file's bytes: UTF-8 (with or without a byte order mark), UTF-16 with a
    /// byte order mark, or else Windows-1252, which is what Excel's plain "CSV" format writes.
    public static func records(in data: Data, restoringFormulas: Bool = true) throws(ExchangeError)
        -> [CSVRecord]
    {
        let bytes = Array(data)
        if let kind = binaryKind(of: bytes) { throw .notCSV(found: kind) }
        return try records(in: TextDecoding.string(from: bytes), restoringFormulas: restoringFormulas)
    }

    /// What a file is when it is plainly not text: an Excel workbook is the usual mistake.
    static func binaryKind(of bytes: [UInt8]) -> String? {
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return "a zipped workbook (.xlsx or .ods)" }
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) { return "an old-style Excel workbook (.xls)" }
        if bytes.starts(with: Array("%PDF".utf8)) { return "a PDF" }
        // Text in UTF-16 has zero bytes but also a byte order mark, which decoding honours.
        let isUTF16 = bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
        if !isUTF16 && bytes.prefix(4096).contains(0) { return "binary data" }
        return nil
    }

    /// The records of CSV text, as RFC 4180 reads them and as Excel writes them.
    ///
    /// Records end with CRLF, LF or a lone CR (old Mac Excel); a final line end is optional. Quoted
    /// fields may hold separators, line breaks and doubled quotes. A blank line is a record with one
    /// empty field, so row numbers match what a spreadsheet shows. The separator is the comma unless
    /// the first line says `sep=;` (as Excel honours) or plainly uses semicolons or tabs instead.
    /// Rows of different lengths are returned as they are: the caller decides what a ragged row means.
    public static func records(in text: String, restoringFormulas: Bool = true) throws(ExchangeError)
        -> [CSVRecord]
    {
        var bytes = Array(text.utf8)
        if bytes.starts(with: byteOrderMark) { bytes.removeFirst(byteOrderMark.count) }
        var scanner = Scanner(bytes: bytes)
        return try scanner.records(restoringFormulas: restoringFormulas)
    }

    /// A byte-level CSV scanner: every byte that matters to the syntax is ASCII, so UTF-8 is safe to walk.
    private struct Scanner {
        static let quote = UInt8(ascii: "\"")
        static let carriageReturn = UInt8(ascii: "\r")
        static let lineFeed = UInt8(ascii: "\n")

        let bytes: [UInt8]
        var index = 0
        var separator = UInt8(ascii: ",")

        init(bytes: [UInt8]) {
            self.bytes = bytes
        }

        mutating func records(restoringFormulas: Bool) throws(ExchangeError) -> [CSVRecord] {
            chooseSeparator()
            guard index < bytes.count else { return [] }
            var records: [CSVRecord] = []
            var fields: [String] = []
            var row = 1
            while true {
                let value = try field(row: row, number: fields.count + 1)
                fields.append(restoringFormulas ? CSV.restored(value) : value)
                if index < bytes.count && bytes[index] == separator {
                    index += 1
                    continue
                }
                records.append(CSVRecord(row: row, fields: fields))
                fields = []
                guard index < bytes.count else { break }
                let isCRLF =
                    bytes[index] == Scanner.carriageReturn && index + 1 < bytes.count
                    && bytes[index + 1] == Scanner.lineFeed
                index += isCRLF ? 2 : 1
                row += 1
                guard index < bytes.count else { break }
            }
            return records
        }

        /// Reads one field, leaving `index` on the separator, line end or end of text after it.
        private mutating func field(row: Int, number: Int) throws(ExchangeError) -> String {
            guard index < bytes.count, bytes[index] == Scanner.quote else {
                let start = index
                while index < bytes.count && !isFieldEnd(bytes[index]) { index += 1 }
                return String(decoding: bytes[start..<index], as: UTF8.self)
            }
            index += 1
            var value: [UInt8] = []
            while true {
                guard let closing = bytes[index...].firstIndex(of: Scanner.quote) else {
                    throw .unterminatedQuote(row: row)
                }
                value += bytes[index..<closing]
                index = closing + 1
                guard index < bytes.count, bytes[index] == Scanner.quote else { break }
                value.append(Scanner.quote)
                index += 1
            }
            guard index == bytes.count || isFieldEnd(bytes[index]) else {
                throw .textAfterQuote(row: row, field: number)
            }
            return String(decoding: value, as: UTF8.self)
        }

        private func isFieldEnd(_ byte: UInt8) -> Bool {
            byte == separator || byte == Scanner.carriageReturn || byte == Scanner.lineFeed
        }

        /// Honours a `sep=X` first line, else picks the separator the first line uses most.
        private mutating func chooseSeparator() {
            let firstLine = bytes.prefix { $0 != Scanner.carriageReturn && $0 != Scanner.lineFeed }
            if firstLine.count == 5, firstLine.starts(with: Array("sep=".utf8)) {
                separator = firstLine[firstLine.startIndex + 4]
                index = firstLine.count
                if index < bytes.count && bytes[index] == Scanner.carriageReturn { index += 1 }
                if index < bytes.count && bytes[index] == Scanner.lineFeed { index += 1 }
                return
            }
            var counts: [UInt8: Int] = [:]
            var quoted = false
            for byte in firstLine {
                if byte == Scanner.quote {
                    quoted.toggle()
                } else if !quoted {
                    counts[byte, default: 0] += 1
                }
            }
            let comma = counts[UInt8(ascii: ","), default: 0]
            let candidates = [UInt8(ascii: ";"), UInt8(ascii: "\t")].filter { counts[$0, default: 0] > comma }
            if let best = candidates.max(by: { counts[$0, default: 0] < counts[$1, default: 0] }) {
                separator = best
            }
        }
    }
}
