import Foundation

/// The parts of an Office Open XML package (ECMA-376 Part 2): content types, relationships, the zip.
///
/// ``Workbook`` and ``WordDocument`` give their parts; this adds `[Content_Types].xml`, the package
/// relationships and the core properties (title, creator), and zips them in the order Office writes.
struct OfficePackage {
    /// One XML part.
    struct Part {
        /// Its path inside the package, without the leading slash, e.g. `xl/workbook.xml`.
        var path: String
        /// Its content type, e.g. `application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml`.
        var contentType: String
        /// Its XML text.
        var xml: String
    }

    /// The main part: the workbook or the document.
    var main: Part
    /// Every other part, each with its own content type; relationship parts (`.rels`) go in ``relationships``.
    var parts: [Part]
    /// Relationship parts by path, e.g. `xl/_rels/workbook.xml.rels`.
    var relationships: [(path: String, xml: String)]
    /// The document's title, shown in File > Properties.
    var title: String

    static let xmlDeclaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let relationshipNamespace = "http://schemas.openxmlformats.org/package/2006/relationships"
    static let officeRelationship = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    /// The zipped package.
    func data() throws(ZipError) -> Data {
        var zip = ZipWriter()
        try zip.add("[Content_Types].xml", text: contentTypes)
        try zip.add(
            "_rels/.rels",
            text: OfficePackage.relationships([
                ("officeDocument", "\(OfficePackage.officeRelationship)/officeDocument", main.path),
                (
                    "coreProperties",
                    "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
                    "docProps/core.xml"
                ),
            ]))
        try zip.add("docProps/core.xml", text: coreProperties)
        try zip.add(main.path, text: main.xml)
        for relationship in relationships { try zip.add(relationship.path, text: relationship.xml) }
        for part in parts { try zip.add(part.path, text: part.xml) }
        return try zip.finish()
    }

    /// A relationships part listing `(id, type, target)` triples.
    static func relationships(_ items: [(id: String, type: String, target: String)]) -> String {
        var xml = xmlDeclaration + "<Relationships xmlns=\"\(relationshipNamespace)\">"
        for item in items {
            xml +=
                "<Relationship Id=\"\(item.id)\" Type=\"\(item.type)\" Target=\"\(XMLText.escaped(item.target))\"/>"
        }
        return xml + "</Relationships>"
    }

    private var contentTypes: String {
        var xml =
            OfficePackage.xmlDeclaration
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/docProps/core.xml\" "
            + "ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
        for part in [main] + parts {
            xml += "<Override PartName=\"/\(part.path)\" ContentType=\"\(part.contentType)\"/>"
        }
        return xml + "</Types>"
    }

    private var coreProperties: String {
        OfficePackage.xmlDeclaration
            + "<cp:coreProperties "
            + "xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
            + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
            + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
            + "<dc:title>\(XMLText.escaped(title, controls: .drop))</dc:title>"
            + "<dc:creator>actionplan</dc:creator></cp:coreProperties>"
    }
}
