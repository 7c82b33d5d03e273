import Foundation

extension Workbook {
    /// The workbook as the bytes of an `.xlsx` file (SpreadsheetML in a zip of stored entries).
    public func data() throws(ZipError) -> Data {
        var strings = SharedStrings()
        let names = Workbook.tabNames(sheets.map(\.name))
        var parts: [OfficePackage.Part] = []
        var relationships: [(id: String, type: String, target: String)] = []
        for (index, sheet) in sheets.enumerated() {
            parts.append(
                OfficePackage.Part(
                    path: "xl/worksheets/sheet\(index + 1).xml",
                    contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
                    xml: sheet.xml(strings: &strings, selected: index == 0)))
            relationships.append(
                (
                    "rId\(index + 1)", "\(OfficePackage.officeRelationship)/worksheet",
                    "worksheets/sheet\(index + 1).xml"
                ))
        }
        parts.append(
            OfficePackage.Part(
                path: "xl/styles.xml",
                contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
                xml: XLSXStyle.stylesheet))
        relationships.append(
            ("rId\(sheets.count + 1)", "\(OfficePackage.officeRelationship)/styles", "styles.xml"))
        parts.append(
            OfficePackage.Part(
                path: "xl/sharedStrings.xml",
                contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml",
                xml: strings.xml))
        relationships.append(
            (
                "rId\(sheets.count + 2)", "\(OfficePackage.officeRelationship)/sharedStrings",
                "sharedStrings.xml"
            ))
        let main = OfficePackage.Part(
            path: "xl/workbook.xml",
            contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
            xml: workbookXML(names: names))
        return try OfficePackage(
            main: main, parts: parts,
            relationships: [("xl/_rels/workbook.xml.rels", OfficePackage.relationships(relationships))],
            title: title
        ).data()
    }

    /// `xl/workbook.xml`: the tabs, and the names Excel gives each table's filter and print titles.
    private func workbookXML(names: [String]) -> String {
        var xml =
            OfficePackage.xmlDeclaration
            + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
            + "xmlns:r=\"\(OfficePackage.officeRelationship)\">"
            + "<bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>"
        for (index, name) in names.enumerated() {
            xml +=
                "<sheet name=\"\(XMLText.escaped(name))\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
        }
        xml += "</sheets><definedNames>"
        for (index, sheet) in sheets.enumerated() {
            let quoted = "'" + names[index].replacingOccurrences(of: "'", with: "''") + "'"
            let last = Worksheet.column(max(sheet.headers.count, 1) - 1)
            xml +=
                "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"\(index)\" hidden=\"1\">"
                + XMLText.escaped("\(quoted)!$A$1:$\(last)$\(sheet.rows.count + 1)") + "</definedName>"
                + "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"\(index)\">"
                + XMLText.escaped("\(quoted)!$1:$1") + "</definedName>"
        }
        return xml + "</definedNames></workbook>"
    }

    /// Tab names Excel accepts: at most 31 characters, none of `[]:*?/\`, not empty, all different.
    static func tabNames(_ names: [String]) -> [String] {
        var used = Set<String>()
        return names.enumerated().map { index, name in
            var tab = String(
                name.map { "[]:*?/\\".contains($0) || $0.isNewline ? " " : $0 }
            ).trimmingCharacters(in: CharacterSet(charactersIn: "' "))
            if tab.isEmpty { tab = "Sheet\(index + 1)" }
            tab = String(tab.prefix(31))
            var candidate = tab
            var number = 2
            while used.contains(candidate.lowercased()) {
                let suffix = " (\(number))"
                candidate = String(tab.prefix(31 - suffix.count)) + suffix
                number += 1
            }
            used.insert(candidate.lowercased())
            return candidate
        }
    }
}

extension Worksheet {
    /// The column's letters: 0 is A, 25 is Z, 26 is AA.
    static func column(_ index: Int) -> String { SheetLayout.letter(of: index) }

    /// The widest a fitted column grows, in characters; longer text wraps within it.
    static let maximumWidth = 60

    /// Each column's width in characters, fitted to its header and longest cell.
    var columnWidths: [Int] {
        headers.indices.map { column in
            // The header needs room for the filter's drop-down button beside it.
            var width = headers[column].count + 3
            for row in rows where column < row.count {
                width = max(width, row[column].displayWidth)
            }
            return min(max(width + 1, 6), Worksheet.maximumWidth)
        }
    }

    /// How many lines the tallest cell of `row` wraps to in columns `widths` characters wide.
    ///
    /// An estimate: a line holds a little less than the column's width, since words wrap whole.
    static func lineCount(of row: [WorkbookCell], widths: [Int]) -> Int {
        var most = 1
        for (index, cell) in row.enumerated() where index < widths.count {
            guard case .text(let text) = cell else { continue }
            let perLine = max(widths[index] - 4, 1)
            var lines = 0
            for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
                lines += max(1, (paragraph.count + perLine - 1) / perLine)
            }
            most = max(most, lines)
        }
        return most
    }

    /// `xl/worksheets/sheetN.xml`, adding its text to `strings`.
    func xml(strings: inout SharedStrings, selected: Bool) -> String {
        let width = max(headers.count, 1)
        let lastColumn = Worksheet.column(width - 1)
        let lastRow = rows.count + 1
        let widths = columnWidths
        var xml =
            OfficePackage.xmlDeclaration
            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
            + "xmlns:r=\"\(OfficePackage.officeRelationship)\">"
            + "<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>"
            + "<dimension ref=\"A1:\(lastColumn)\(lastRow)\"/>"
            + "<sheetViews><sheetView \(selected ? "tabSelected=\"1\" " : "")workbookViewId=\"0\">"
            + "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
            + "<selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/></sheetView></sheetViews>"
            + "<sheetFormatPr defaultRowHeight=\"15\"/><cols>"
        for (index, width) in widths.enumerated() {
            xml += "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(width)\" customWidth=\"1\"/>"
        }
        xml += "</cols><sheetData><row r=\"1\">"
        for (index, header) in headers.enumerated() {
            xml += "<c r=\"\(Worksheet.column(index))1\" s=\"\(XLSXStyle.header.rawValue)\" t=\"s\">"
            xml += "<v>\(strings.index(of: header))</v></c>"
        }
        xml += "</row>"
        for (rowIndex, row) in rows.enumerated() {
            let number = rowIndex + 2
            let lines = Worksheet.lineCount(of: row, widths: widths)
            // Neither Excel nor LibreOffice grows a row to fit wrapped text on opening: say how tall.
            xml +=
                lines > 1
                ? "<row r=\"\(number)\" ht=\"\(min(lines * 15, 409))\" customHeight=\"1\">"
                : "<row r=\"\(number)\">"
            for (index, cell) in row.enumerated() {
                let wraps = index < widths.count && widths[index] >= Worksheet.maximumWidth
                xml += Worksheet.cellXML(
                    cell, at: "\(Worksheet.column(index))\(number)", wraps: wraps, strings: &strings)
            }
            xml += "</row>"
        }
        xml += "</sheetData><autoFilter ref=\"A1:\(lastColumn)\(lastRow)\"/>"
        if let dropDown, dropDown.column < width {
            let column = Worksheet.column(dropDown.column)
            let list = dropDown.values.joined(separator: ",")
            xml +=
                "<dataValidations count=\"1\"><dataValidation type=\"list\" allowBlank=\"1\" "
                + "showInputMessage=\"1\" showErrorMessage=\"1\" errorTitle=\"\(XMLText.escaped(headers[dropDown.column]))\" "
                + "error=\"Choose one of the values in the list.\" sqref=\"\(column)2:\(column)1048576\">"
                + "<formula1>\(XMLText.escaped("\"" + list + "\""))</formula1></dataValidation></dataValidations>"
        }
        xml +=
            "<pageMargins left=\"0.5\" right=\"0.5\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>"
            + "<pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/>"
        return xml + "</worksheet>"
    }

    /// One `<c>` element; empty cells are left out, as Excel leaves them.
    private static func cellXML(
        _ cell: WorkbookCell, at reference: String, wraps: Bool, strings: inout SharedStrings
    ) -> String {
        switch cell {
        case .empty:
            return ""
        case .text(let text) where text.isEmpty:
            return ""
        case .text(let text):
            let style = wraps || text.contains("\n") ? XLSXStyle.wrappedText : XLSXStyle.text
            return
                "<c r=\"\(reference)\" s=\"\(style.rawValue)\" t=\"s\"><v>\(strings.index(of: text))</v></c>"
        case .integer(let number):
            return "<c r=\"\(reference)\" s=\"\(XLSXStyle.integer.rawValue)\"><v>\(number)</v></c>"
        case .money(let amount):
            return "<c r=\"\(reference)\" s=\"\(XLSXStyle.money.rawValue)\"><v>\(amount.description)</v></c>"
        case .date(let day):
            let serial = WorkbookCell.serial(of: day)
            return "<c r=\"\(reference)\" s=\"\(XLSXStyle.date.rawValue)\"><v>\(serial)</v></c>"
        case .rag(let rag):
            let word = WorkbookCell.word(for: rag)
            return
                "<c r=\"\(reference)\" s=\"\(XLSXStyle.rag(rag).rawValue)\" t=\"s\"><v>\(strings.index(of: word))</v></c>"
        }
    }
}

/// The workbook's shared string table: each distinct text stored once, cells pointing at it by index.
struct SharedStrings {
    private var indices: [String: Int] = [:]
    private var texts: [String] = []
    private var references = 0

    /// The index of `text`, adding it when new.
    mutating func index(of text: String) -> Int {
        references += 1
        if let index = indices[text] { return index }
        indices[text] = texts.count
        texts.append(text)
        return texts.count - 1
    }

    /// `xl/sharedStrings.xml`.
    var xml: String {
        var xml =
            OfficePackage.xmlDeclaration
            + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
            + "count=\"\(references)\" uniqueCount=\"\(texts.count)\">"
        for text in texts {
            xml += "<si><t xml:space=\"preserve\">\(XMLText.escaped(text))</t></si>"
        }
        return xml + "</sst>"
    }
}
