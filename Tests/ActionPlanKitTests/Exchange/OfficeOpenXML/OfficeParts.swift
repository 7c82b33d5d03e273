import Foundation
import FoundationXML

@testable import ActionPlanKit

/// An Office file opened as other software opens it: unzipped, each part parsed as XML by libxml2.
///
/// The tests read workbooks and documents through this, never through the writer's own types, so a
/// mistake the writer makes twice (writing and checking) still shows.
struct OfficeParts {
    let zip: ZipReader

    init(_ data: Data) throws {
        zip = try ZipReader(data)
    }

    /// The part at `path`, parsed; fails the test when it is missing or not well-formed.
    func xml(_ path: String) throws -> XMLDocument {
        guard let bytes = try zip.contents(of: path) else { throw Missing(path: path) }
        return try XMLDocument(data: Data(bytes))
    }

    struct Missing: Error { var path: String }
}

extension XMLNode {
    /// The nodes matching `path`, written with bare element names: `//pane` finds `<x:pane>` too.
    func select(_ path: String) throws -> [XMLElement] {
        // Steps are split at slashes outside predicates: `[@PartName='/xl/workbook.xml']` is one step.
        var steps: [String] = [""]
        var depth = 0
        for character in path {
            if character == "[" { depth += 1 }
            if character == "]" { depth -= 1 }
            if character == "/" && depth == 0 {
                steps.append("")
            } else {
                steps[steps.count - 1].append(character)
            }
        }
        let local = steps.map { step -> String in
            guard !step.isEmpty, !step.hasPrefix("@"), step != "." else { return step }
            let name = step.prefix { $0 != "[" }
            let rest = step.dropFirst(name.count)
            return "*[local-name()='\(name)']\(rest)"
        }.joined(separator: "/")
        return try nodes(forXPath: local).compactMap { $0 as? XMLElement }
    }

    /// The one node matching `path`.
    func one(_ path: String) throws -> XMLElement? { try select(path).first }
}

extension XMLElement {
    /// The attribute `name`, ignoring its namespace prefix.
    func attribute(_ name: String) -> String? {
        attributes?.first { $0.localName == name || $0.name == name }?.stringValue
    }
}

/// A worksheet read with its shared strings and styles resolved, cell by cell.
struct SheetReading {
    /// One cell: its value as text, and the formatting a user would see.
    struct Cell {
        var value: String
        var numberFormat: String?
        var fill: String?
        var bold: Bool
    }

    let sheet: XMLDocument
    private let strings: [String]
    private let styles: XMLDocument

    init(_ parts: OfficeParts, sheet number: Int = 1) throws {
        sheet = try parts.xml("xl/worksheets/sheet\(number).xml")
        strings = try parts.xml("xl/sharedStrings.xml").select("//si").map { $0.stringValue ?? "" }
        styles = try parts.xml("xl/styles.xml")
    }

    /// The cell at `reference` (e.g. `G2`), or `nil` when the sheet leaves it out.
    func cell(_ reference: String) throws -> Cell? {
        guard let element = try sheet.one("//c[@r='\(reference)']") else { return nil }
        let raw = try element.one("v")?.stringValue ?? ""
        let value = element.attribute("t") == "s" ? strings[Int(raw)!] : raw
        let xf = try styles.select("//cellXfs/xf")[Int(element.attribute("s") ?? "0")!]
        let formatID = xf.attribute("numFmtId") ?? "0"
        let format = try styles.one("//numFmts/numFmt[@numFmtId='\(formatID)']")?.attribute("formatCode")
        let fill = try styles.select("//fills/fill")[Int(xf.attribute("fillId") ?? "0")!]
        let font = try styles.select("//fonts/font")[Int(xf.attribute("fontId") ?? "0")!]
        return Cell(
            value: value, numberFormat: format,
            fill: try fill.one(".//fgColor")?.attribute("rgb"), bold: try font.one("b") != nil)
    }

    /// The header row's texts.
    func headers() throws -> [String] {
        try sheet.select("//row[@r='1']/c").map { element in
            strings[Int(try element.one("v")?.stringValue ?? "0")!]
        }
    }
}
