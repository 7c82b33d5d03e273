import Foundation

/// Reads the first worksheet of an `.xlsx` workbook, as saved by Excel, LibreOffice or openpyxl, as rows of text.
///
/// Each cell becomes the text a CSV export of it would hold: shared and inline strings as written,
/// numbers in plain digits, booleans as TRUE or FALSE, and numbers formatted as dates as
/// `YYYY-MM-DD`, so the rows go through the same checks as an imported CSV file.
public enum WorkbookReader {
    /// The rows of the workbook's first sheet, numbered as the sheet numbers them; empty rows left out.
    public static func rows(_ data: Data) throws(WorkbookReadError) -> [CSVRecord] {
        let zip: ZipReader
        do {
            zip = try ZipReader(data)
        } catch {
            throw .zip(error)
        }
        var package = Package(zip: zip)
        let sheet = try package.firstSheetPath()
        let strings = try package.sharedStrings()
        let dateStyles = try package.dateStyles()
        return try package.records(of: sheet, strings: strings, dateStyles: dateStyles)
    }

    /// A workbook's parts, found through its relationships.
    private struct Package {
        let zip: ZipReader
        var workbookPath = "xl/workbook.xml"
        var relationships: [String: (type: String, target: String)] = [:]

        init(zip: ZipReader) {
            self.zip = zip
        }

        func part(_ path: String) throws(WorkbookReadError) -> [UInt8]? {
            do {
                return try zip.contents(of: path)
            } catch {
                throw .zip(error)
            }
        }

        func scan(_ path: String, _ visit: (XMLScanner.Token) throws(WorkbookReadError) -> Void)
            throws(WorkbookReadError)
        {
            guard let bytes = try part(path) else { return }
            var scanner = XMLScanner(bytes)
            do {
                while let token = try scanner.next() { try visit(token) }
            } catch let error as XMLScanError {
                throw .xml(part: path, detail: error.description)
            } catch {
                throw error as! WorkbookReadError
            }
        }

        /// `target` of a relationship in the part at `source`, as a path from the package's root.
        static func resolve(_ target: String, from source: String) -> String {
            if target.hasPrefix("/") { return String(target.dropFirst()) }
            var parts = source.split(separator: "/").dropLast().map(String.init)
            for piece in target.split(separator: "/") {
                if piece == ".." {
                    _ = parts.popLast()
                } else if piece != "." {
                    parts.append(String(piece))
                }
            }
            return parts.joined(separator: "/")
        }

        /// Reads the relationships of the part at `source`.
        func relationships(of source: String) throws(WorkbookReadError) -> [String: (
            type: String, target: String
        )] {
            let name = (source as NSString).lastPathComponent
            let folder = (source as NSString).deletingLastPathComponent
            let path = (folder.isEmpty ? "" : folder + "/") + "_rels/\(name).rels"
            var found: [String: (type: String, target: String)] = [:]
            try scan(path) { token throws(WorkbookReadError) in
                guard case .start("Relationship", let attributes, _) = token, let id = attributes["Id"],
                    let target = attributes["Target"]
                else { return }
                found[id] = (attributes["Type"] ?? "", Package.resolve(target, from: source))
            }
            return found
        }

        mutating func firstSheetPath() throws(WorkbookReadError) -> String {
            let root = try relationships(of: "")
            if let main = root.values.first(where: { $0.type.hasSuffix("/officeDocument") }) {
                workbookPath = main.target
            }
            guard try part(workbookPath) != nil else {
                let mimetype = try part("mimetype").map { String(decoding: $0, as: UTF8.self) } ?? ""
                throw mimetype.contains("opendocument.spreadsheet") ? .openDocument : .notWorkbook
            }
            relationships = try relationships(of: workbookPath)
            var first: String?
            try scan(workbookPath) { token throws(WorkbookReadError) in
                guard first == nil, case .start("sheet", let attributes, _) = token else { return }
                first = attributes["id"]
            }
            guard let first, let target = relationships[first]?.target else { throw .noSheet }
            return target
        }

        func path(ofType suffix: String, default fallback: String) -> String {
            relationships.values.first { $0.type.hasSuffix(suffix) }?.target ?? fallback
        }

        /// The shared strings, each the text of its runs; phonetic guides left out.
        func sharedStrings() throws(WorkbookReadError) -> [String] {
            var strings: [String] = []
            var current = ""
            var inText = false
            var phonetic = 0
            try scan(path(ofType: "/sharedStrings", default: "xl/sharedStrings.xml")) { token in
                switch token {
                case .start("si", _, let closed):
                    current = ""
                    if closed { strings.append("") }
                case .end("si"): strings.append(XMLText.unescapingSpreadsheet(current))
                case .start("rPh", _, let closed): if !closed { phonetic += 1 }
                case .end("rPh"): phonetic -= 1
                case .start("t", _, let closed): inText = !closed
                case .end("t"): inText = false
                case .text(let text) where inText && phonetic == 0: current += text
                default: break
                }
            }
            return strings
        }

        /// For each cell format (`s` index), whether it shows a number as a date.
        func dateStyles() throws(WorkbookReadError) -> [Bool] {
            var custom: [Int: String] = [:]
            var formats: [Int] = []
            var inCellFormats = false
            try scan(path(ofType: "/styles", default: "xl/styles.xml")) { token in
                switch token {
                case .start("numFmt", let attributes, _):
                    if let id = attributes["numFmtId"].flatMap({ Int($0) }) {
                        custom[id] = attributes["formatCode"] ?? ""
                    }
                case .start("cellXfs", _, let closed): inCellFormats = !closed
                case .end("cellXfs"): inCellFormats = false
                case .start("xf", let attributes, _) where inCellFormats:
                    formats.append(attributes["numFmtId"].flatMap { Int($0) } ?? 0)
                default: break
                }
            }
            return formats.map { id in
                custom[id].map(WorkbookReader.isDateFormat) ?? WorkbookReader.isDateFormat(id)
            }
        }

        /// The sheet's rows, each cell read as text.
        func records(of path: String, strings: [String], dateStyles: [Bool]) throws(WorkbookReadError)
            -> [CSVRecord]
        {
            var records: [CSVRecord] = []
            var fields: [String] = []
            var rowNumber = 0
            var column = -1
            var cell = Cell()
            var inValue = false
            var phonetic = 0
            func finishRow() {
                if fields.contains(where: { !$0.isEmpty }) {
                    records.append(CSVRecord(row: rowNumber, fields: fields))
                }
                fields = []
            }
            guard try part(path) != nil else { throw .noSheet }
            try scan(path) { token throws(WorkbookReadError) in
                switch token {
                case .start("row", let attributes, let closed):
                    let number = attributes["r"].flatMap { Int($0) } ?? rowNumber + 1
                    guard number > rowNumber, number <= 1_048_576 else { throw .badCell("row \(number)") }
                    rowNumber = number
                    column = -1
                    fields = []
                    if closed { finishRow() }
                case .end("row"): finishRow()
                case .start("c", let attributes, let closed):
                    cell = Cell(type: attributes["t"] ?? "n", style: attributes["s"].flatMap { Int($0) } ?? 0)
                    if let reference = attributes["r"] {
                        guard let index = WorkbookReader.columnIndex(reference), index > column else {
                            throw .badCell(reference)
                        }
                        column = index
                    } else {
                        column += 1
                    }
                    guard column < 16_384 else { throw .badCell("column \(column + 1)") }
                    if closed { cell.closed = true }
                case .end("c"):
                    let text = try cell.text(strings: strings, dateStyles: dateStyles)
                    if !text.isEmpty {
                        if fields.count <= column {
                            fields += repeatElement("", count: column + 1 - fields.count)
                        }
                        fields[column] = text
                    }
                case .start("v", _, let closed), .start("t", _, let closed): inValue = !closed
                case .end("v"), .end("t"): inValue = false
                case .start("rPh", _, let closed): if !closed { phonetic += 1 }
                case .end("rPh"): phonetic -= 1
                case .text(let text) where inValue && phonetic == 0: cell.raw += text
                default: break
                }
            }
            return records
        }
    }

    /// One cell while its element is read.
    private struct Cell {
        var type = "n"
        var style = 0
        var raw = ""
        var closed = false

        func text(strings: [String], dateStyles: [Bool]) throws(WorkbookReadError) -> String {
            switch type {
            case "s":
                guard let index = Int(raw.trimmingCharacters(in: .whitespaces)),
                    strings.indices.contains(index)
                else { throw .badCell("shared string \(raw.prefix(20))") }
                return strings[index]
            case "inlineStr", "str": return XMLText.unescapingSpreadsheet(raw)
            case "b": return raw.trimmingCharacters(in: .whitespaces) == "1" ? "TRUE" : "FALSE"
            case "e": return raw
            case "d": return String(raw.prefix(10))
            default:
                let trimmed = raw.trimmingCharacters(in: .whitespaces)
                guard !trimmed.isEmpty else { return "" }
                guard let number = Double(trimmed) else { throw .badCell("number '\(trimmed.prefix(20))'") }
                if style < dateStyles.count, dateStyles[style], let day = WorkbookCell.day(fromSerial: number)
                {
                    return day.description
                }
                return WorkbookReader.plainNumber(number)
            }
        }
    }

    /// A number as a person writes it: `12500`, `12500.5`; never `1.25e4`.
    static func plainNumber(_ number: Double) -> String {
        if number == number.rounded(), abs(number) < 1e15 { return String(Int(number)) }
        return String(number)
    }

    /// The built-in number formats that show dates: 14–22, 27–36, 45–47, 50–58 (ECMA-376 §18.8.30).
    static func isDateFormat(_ id: Int) -> Bool {
        (14...22).contains(id) || (27...36).contains(id) || (45...47).contains(id) || (50...58).contains(id)
    }

    /// Whether a custom format code shows a date: it has a day or year outside quotes and brackets.
    static func isDateFormat(_ code: String) -> Bool {
        var quoted = false
        var bracketed = false
        var escaped = false
        for character in code.lowercased() {
            if escaped {
                escaped = false
                continue
            }
            switch character {
            case "\\": escaped = true
            case "\"": quoted.toggle()
            case "[" where !quoted: bracketed = true
            case "]" where !quoted: bracketed = false
            case "d", "y": if !quoted && !bracketed { return true }
            default: break
            }
        }
        return false
    }

    /// The column index of a cell reference: `A1` is 0, `AB12` is 27; `nil` when it is not a reference.
    static func columnIndex(_ reference: String) -> Int? {
        var index = 0
        var letters = 0
        for scalar in reference.unicodeScalars {
            guard ("A"..."Z").contains(scalar) else { break }
            index = index * 26 + Int(scalar.value - 64)
            letters += 1
            if letters > 3 { return nil }
        }
        return letters == 0 ? nil : index - 1
    }
}

/// Why a workbook could not be read.
public enum WorkbookReadError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The zip container is not valid.
    case zip(ZipError)
    /// The archive holds no workbook: it is some other zip file, perhaps a Word document.
    case notWorkbook
    /// The archive is an OpenDocument spreadsheet (`.ods`), not an Excel workbook.
    case openDocument
    /// The workbook has no worksheet.
    case noSheet
    /// A part's XML is malformed.
    case xml(part: String, detail: String)
    /// A cell or row reference is out of order or out of range.
    case badCell(String)

    /// What is wrong, in words.
    public var description: String {
        switch self {
        case .zip(let error): error.description
        case .notWorkbook: "the zip file holds no Excel workbook (no xl/workbook.xml)"
        case .openDocument: "the file is an OpenDocument spreadsheet (.ods), not an Excel workbook"
        case .noSheet: "the workbook has no worksheet"
        case .xml(let part, let detail): "\(part): \(detail)"
        case .badCell(let what): "the sheet has a bad cell reference or value (\(what))"
        }
    }
}
