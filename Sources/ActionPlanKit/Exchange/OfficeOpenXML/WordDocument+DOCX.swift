import Foundation

extension WordDocument {
    /// The usable width of an A4 landscape page between 2 cm margins, in twentieths of a point.
    static let textWidth = 16_838 - 2 * 1_134

    /// The fill of each RAG colour as hex RGB, the colours of the HTML report; `nil` for no fill.
    static func fill(_ rag: RAG) -> String? {
        switch rag {
        case .red: "B3261E"
        case .amber: "B86E00"
        case .green: "2E7D32"
        case .blue: "1F5FA8"
        case .none: nil
        }
    }

    /// The document as the bytes of a `.docx` file (WordprocessingML in a zip of stored entries).
    public func data() throws(ZipError) -> Data {
        let main = OfficePackage.Part(
            path: "word/document.xml",
            contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
            xml: documentXML)
        let styles = OfficePackage.Part(
            path: "word/styles.xml",
            contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml",
            xml: WordDocument.stylesXML)
        let relationships = OfficePackage.relationships([
            ("rId1", "\(OfficePackage.officeRelationship)/styles", "styles.xml")
        ])
        return try OfficePackage(
            main: main, parts: [styles], relationships: [("word/_rels/document.xml.rels", relationships)],
            title: title
        ).data()
    }

    private var documentXML: String {
        var xml =
            OfficePackage.xmlDeclaration
            + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
            + "xmlns:r=\"\(OfficePackage.officeRelationship)\"><w:body>"
        for block in blocks {
            switch block {
            case .heading(let text, let level):
                let style = level == 0 ? "Title" : "Heading\(min(level, 3))"
                xml += "<w:p><w:pPr><w:pStyle w:val=\"\(style)\"/><w:keepNext/></w:pPr>"
                xml += WordDocument.runsXML([Run(text)]) + "</w:p>"
            case .paragraph(let runs):
                xml += "<w:p>" + WordDocument.runsXML(runs) + "</w:p>"
            case .table(let table):
                xml += WordDocument.tableXML(table)
                // Word needs a paragraph between two tables, or it joins them into one.
                xml += "<w:p/>"
            }
        }
        return xml
            + "<w:sectPr><w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/>"
            + "<w:pgMar w:top=\"1134\" w:right=\"1134\" w:bottom=\"1134\" w:left=\"1134\" w:header=\"567\" "
            + "w:footer=\"567\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>"
    }

    /// Runs as `<w:r>` elements, line feeds as breaks and tabs as tabs, white text on a filled cell.
    static func runsXML(_ runs: [Run], white: Bool = false) -> String {
        var xml = ""
        for run in runs {
            var properties = run.bold ? "<w:b/>" : ""
            if white { properties += "<w:color w:val=\"FFFFFF\"/>" }
            xml += "<w:r>" + (properties.isEmpty ? "" : "<w:rPr>\(properties)</w:rPr>")
            var first = true
            for line in run.text.split(separator: "\n", omittingEmptySubsequences: false) {
                if !first { xml += "<w:br/>" }
                first = false
                let pieces = line.split(separator: "\t", omittingEmptySubsequences: false)
                for (index, piece) in pieces.enumerated() {
                    if index > 0 { xml += "<w:tab/>" }
                    if !piece.isEmpty {
                        xml +=
                            "<w:t xml:space=\"preserve\">\(XMLText.escaped(String(piece), controls: .drop))</w:t>"
                    }
                }
            }
            xml += "</w:r>"
        }
        return xml
    }

    /// A table with borders, its header row bold on grey and repeated on every page.
    static func tableXML(_ table: Table) -> String {
        let total = max(table.widths.reduce(0, +), 1)
        let widths = table.widths.map { $0 * textWidth / total }
        let border = "w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"A0A0A0\""
        var xml =
            "<w:tbl><w:tblPr><w:tblW w:w=\"5000\" w:type=\"pct\"/><w:tblLayout w:type=\"fixed\"/><w:tblBorders>"
            + "<w:top \(border)/><w:left \(border)/><w:bottom \(border)/><w:right \(border)/>"
            + "<w:insideH \(border)/><w:insideV \(border)/></w:tblBorders>"
            + "<w:tblCellMar><w:left w:w=\"80\" w:type=\"dxa\"/><w:right w:w=\"80\" w:type=\"dxa\"/></w:tblCellMar>"
            + "</w:tblPr><w:tblGrid>"
        for width in widths { xml += "<w:gridCol w:w=\"\(width)\"/>" }
        xml += "</w:tblGrid>"
        // The header repeats on each page and never splits across two.
        xml += "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>"
        for (index, header) in table.headers.enumerated() {
            xml += cellXML(
                Cell(runs: [Run(header, bold: true)]), width: widths[index], shading: "EEF0F3", span: 1)
        }
        xml += "</w:tr>"
        for row in table.rows {
            xml += "<w:tr><w:trPr><w:cantSplit/></w:trPr>"
            switch row {
            case .cells(let cells):
                for index in widths.indices {
                    let cell = index < cells.count ? cells[index] : Cell("")
                    xml += cellXML(cell, width: widths[index], shading: cell.rag.flatMap(fill), span: 1)
                }
            case .banner(let runs):
                xml += cellXML(
                    Cell(runs: runs), width: widths.reduce(0, +), shading: "F4F5F7", span: widths.count,
                    keepWithNext: true)
            }
            xml += "</w:tr>"
        }
        return xml + "</w:tbl>"
    }

    /// One `<w:tc>`; `keepWithNext` keeps a banner on the page of the row it introduces.
    private static func cellXML(
        _ cell: Cell, width: Int, shading: String?, span: Int, keepWithNext: Bool = false
    ) -> String {
        var properties = "<w:tcW w:w=\"\(width)\" w:type=\"dxa\"/>"
        if span > 1 { properties += "<w:gridSpan w:val=\"\(span)\"/>" }
        if let shading { properties += "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"\(shading)\"/>" }
        let white = cell.rag.flatMap(fill) != nil
        return "<w:tc><w:tcPr>\(properties)</w:tcPr><w:p><w:pPr>\(keepWithNext ? "<w:keepNext/>" : "")"
            + "<w:spacing w:before=\"0\" w:after=\"0\"/></w:pPr>"
            + runsXML(cell.runs, white: white) + "</w:p></w:tc>"
    }

    /// `word/styles.xml`: Arial 10 pt text, and the title and heading styles Word and python-docx name.
    static let stylesXML: String = {
        func heading(_ id: String, _ name: String, size: Int, level: Int?) -> String {
            "<w:style w:type=\"paragraph\" w:styleId=\"\(id)\"><w:name w:val=\"\(name)\"/>"
                + "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/>"
                + "<w:pPr><w:keepNext/><w:spacing w:before=\"240\" w:after=\"80\"/>"
                + (level.map { "<w:outlineLvl w:val=\"\($0)\"/>" } ?? "") + "</w:pPr>"
                + "<w:rPr><w:b/><w:sz w:val=\"\(size)\"/></w:rPr></w:style>"
        }
        return OfficePackage.xmlDeclaration
            + "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
            + "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Arial\" w:hAnsi=\"Arial\" w:cs=\"Arial\"/>"
            + "<w:sz w:val=\"20\"/><w:lang w:val=\"en-GB\"/></w:rPr></w:rPrDefault>"
            + "<w:pPrDefault><w:pPr><w:spacing w:after=\"80\"/></w:pPr></w:pPrDefault></w:docDefaults>"
            + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/></w:style>"
            + heading("Title", "Title", size: 36, level: nil)
            + heading("Heading1", "heading 1", size: 28, level: 0)
            + heading("Heading2", "heading 2", size: 24, level: 1)
            + heading("Heading3", "heading 3", size: 22, level: 2)
            + "</w:styles>"
    }()
}
