/// The cell formats of a written workbook, each the index of an `<xf>` in `xl/styles.xml`.
enum XLSXStyle: Int, CaseIterable {
    /// Excel's default, required first.
    case normal = 0
    /// The header row: bold on grey.
    case header
    /// Text, top-aligned so a row's cells line up with their wrapped neighbours.
    case text
    /// Long text, wrapped within its column.
    case wrappedText
    /// A date, shown dd/mm/yyyy.
    case date
    /// An amount in pounds.
    case money
    /// A whole number.
    case integer
    /// A red RAG cell: white bold on red.
    case red
    /// An amber RAG cell.
    case amber
    /// A green RAG cell.
    case green
    /// A blue RAG cell.
    case blue
    /// A RAG cell with no colour.
    case noColour

    /// The style of a RAG cell of colour `rag`.
    static func rag(_ rag: RAG) -> XLSXStyle {
        switch rag {
        case .red: .red
        case .amber: .amber
        case .green: .green
        case .blue: .blue
        case .none: .noColour
        }
    }

    /// The fill colour of each RAG style as ARGB hex, the colours of the HTML report.
    static let ragColours: [(style: XLSXStyle, argb: String)] = [
        (.red, "FFB3261E"), (.amber, "FFB86E00"), (.green, "FF2E7D32"), (.blue, "FF1F5FA8"),
    ]

    /// `xl/styles.xml`, its `<cellXfs>` in the order of the cases.
    static let stylesheet: String = {
        let top = "<alignment vertical=\"top\"/>"
        var fills =
            "<fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>"
            + "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFEEF0F3\"/><bgColor indexed=\"64\"/>"
            + "</patternFill></fill>"
        for (_, argb) in ragColours {
            fills +=
                "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"\(argb)\"/><bgColor indexed=\"64\"/></patternFill></fill>"
        }
        let formats: [XLSXStyle: String] = [
            .normal: "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>",
            .header:
                "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"2\" borderId=\"1\" xfId=\"0\" applyFont=\"1\" "
                + "applyFill=\"1\" applyBorder=\"1\" applyAlignment=\"1\"><alignment vertical=\"top\" wrapText=\"1\"/></xf>",
            .text:
                "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyAlignment=\"1\">\(top)</xf>",
            .wrappedText:
                "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyAlignment=\"1\">"
                + "<alignment vertical=\"top\" wrapText=\"1\"/></xf>",
            .date:
                "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\" "
                + "applyAlignment=\"1\">\(top)</xf>",
            .money:
                "<xf numFmtId=\"165\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\" "
                + "applyAlignment=\"1\">\(top)</xf>",
            .integer:
                "<xf numFmtId=\"1\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\" "
                + "applyAlignment=\"1\">\(top)</xf>",
            .noColour:
                "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyAlignment=\"1\">\(top)</xf>",
        ]
        var cellFormats = ""
        for style in allCases {
            if let format = formats[style] {
                cellFormats += format
            } else {
                let fill = 3 + ragColours.firstIndex { $0.style == style }!
                cellFormats +=
                    "<xf numFmtId=\"0\" fontId=\"2\" fillId=\"\(fill)\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" "
                    + "applyFill=\"1\" applyAlignment=\"1\">\(top)</xf>"
            }
        }
        return OfficePackage.xmlDeclaration
            + "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            + "<numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/>"
            + "<numFmt numFmtId=\"165\" formatCode=\"&quot;£&quot;#,##0.00\"/></numFmts>"
            + "<fonts count=\"3\"><font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
            + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
            + "<font><b/><sz val=\"11\"/><color rgb=\"FFFFFFFF\"/><name val=\"Calibri\"/><family val=\"2\"/></font></fonts>"
            + "<fills count=\"\(3 + ragColours.count)\">\(fills)</fills>"
            + "<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border>"
            + "<border><left/><right/><top/><bottom style=\"thin\"><color rgb=\"FF808080\"/></bottom><diagonal/></border></borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"\(allCases.count)\">\(cellFormats)</cellXfs>"
            + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
            + "</styleSheet>"
    }()
}
