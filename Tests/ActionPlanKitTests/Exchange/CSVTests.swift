import Foundation
import Testing

@testable import ActionPlanKit

@Suite("CSV writing and reading")
struct CSVTests {
    /// Values that break naive CSV code or a spreadsheet, named for the failure they would cause.
    static let nastyValues: [(name: String, value: String)] = [
        ("markup, comma and quotes", "<script>alert(1)</script>, \"Smith\" & Co"),
        ("LF inside a cell", "first line\nsecond line"),
        ("CRLF inside a cell", "first line\r\nsecond line"),
        ("non-ASCII names", "Zoë Brontë – Łódź, 東京 🚸"),
        ("formula", "=SUM(A1)"),
        ("formula with plus", "+44 1234 567890"),
        ("formula with minus", "-5"),
        ("formula with at", "@SUM(A1)"),
        ("leading tab", "\tindented"),
        ("already neutralised-looking", "'=SUM(A1)"),
        ("two apostrophes then formula", "''=1+1"),
        ("plain apostrophe", "'tis the season"),
        ("lone apostrophe", "'"),
        ("leading and trailing spaces", "  padded  "),
        ("only a quote", "\""),
        ("only a comma", ","),
        ("empty", ""),
        ("ID at the start", "ID"),
        ("accented formula", "=\u{301}1+1"),
        ("no-break space then formula", "\u{A0}=1"),
    ]

    @Test("a value survives writing and reading back", arguments: nastyValues)
    func roundTrip(name: String, value: String) throws {
        let rows = [["ID", "Value", "After"], ["1", value, "end"], [value, "", value]]
        let records = try CSV.records(in: CSV.data(rows))
        #expect(records.map(\.fields) == rows, "case: \(name)")
        #expect(records.map(\.row) == [1, 2, 3], "case: \(name)")
    }

    @Test(
        "the writer quotes only where it must, and guards formulas",
        arguments: [
            ("plain", "Jane Smith", "Jane Smith"),
            ("comma", "Smith, Jane", "\"Smith, Jane\""),
            ("quotes doubled", "say \"hi\"", "\"say \"\"hi\"\"\""),
            ("line break", "a\nb", "\"a\nb\""),
            ("leading space", " a", "\" a\""),
            ("trailing space", "a ", "\"a \""),
            ("formula", "=SUM(A1)", "'=SUM(A1)"),
            ("formula with comma", "=SUM(A1,B1)", "\"'=SUM(A1,B1)\""),
            ("at sign", "@home", "'@home"),
            ("apostrophe then formula", "'=1", "''=1"),
            ("apostrophe alone is left", "'quoted'", "'quoted'"),
            ("hyphen later in text", "a-b", "a-b"),
            ("accented formula", "=\u{301}1", "'=\u{301}1"),
            ("no-break space then formula", "\u{A0}=1", "'\u{A0}=1"),
            ("ends in a thin space", "a\u{2009}", "\"a\u{2009}\""),
            ("space then formula", " =1", "' =1"),
            ("a tab after a space starts nothing", " \t1", "\" \t1\""),
            ("apostrophes, spaces, then a formula", "'' -1", "''' -1"),
        ])
    func field(name: String, value: String, written: String) {
        #expect(CSV.field(value) == written, "case: \(name)")
    }

    @Test("a file is UTF-8 with a byte order mark, CRLF after every record, and cannot pass for SYLK")
    func fileShape() {
        let data = CSV.data([["ID", "Owner"], ["1", "Zoë"]])
        #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(String(decoding: data.dropFirst(3), as: UTF8.self) == "\"ID\",Owner\r\n1,Zoë\r\n")
    }

    @Test(
        "the reader accepts every common file shape",
        arguments: [
            ("CRLF with final line end", "a,b\r\nc,d\r\n", [["a", "b"], ["c", "d"]]),
            ("LF without final line end", "a,b\nc,d", [["a", "b"], ["c", "d"]]),
            ("lone CR (old Mac Excel)", "a,b\rc,d\r", [["a", "b"], ["c", "d"]]),
            ("byte order mark", "\u{FEFF}a,b\r\n", [["a", "b"]]),
            ("quoted line breaks and quotes", "\"x\r\ny\",\"say \"\"hi\"\"\"\n", [["x\r\ny", "say \"hi\""]]),
            ("empty fields", ",,\n", [["", "", ""]]),
            ("trailing separator", "a,\n", [["a", ""]]),
            ("semicolons (European Excel)", "a;b,c;d\n1;2;3\n", [["a", "b,c", "d"], ["1", "2", "3"]]),
            ("sep= line", "sep=;\r\na;b\r\n", [["a", "b"]]),
            ("tabs", "a\tb\n", [["a", "b"]]),
            ("bare quote inside a field", "5\" screen,b\n", [["5\" screen", "b"]]),
            ("formula guard removed", "'=1,'x\n", [["=1", "'x"]]),
        ])
    func reader(name: String, text: String, fields: [[String]]) throws {
        #expect(try CSV.records(in: text).map(\.fields) == fields, "case: \(name)")
    }

    @Test("rows are numbered by record, as a spreadsheet shows them, blank lines included")
    func rowNumbers() throws {
        let records = try CSV.records(in: "h1,h2\n\"two\nlines\",x\n\nlast,y\n")
        #expect(records.map(\.row) == [1, 2, 3, 4])
        #expect(records[2].isBlank)
        #expect(records[3].fields == ["last", "y"])
    }

    @Test("an empty file has no records")
    func emptyFile() throws {
        #expect(try CSV.records(in: "").isEmpty)
        #expect(try CSV.records(in: "\u{FEFF}").isEmpty)
    }

    @Test(
        "malformed quoting is refused with the row it starts on",
        arguments: [
            ("unclosed quote", "a,b\r\n1,\"never closed\r\n2,x\r\n", "row 2: a quoted cell is never closed"),
            ("text after closing quote", "a,b\n\"ab\"c,d\n", "row 2, cell 1: text follows a closing '\"'"),
        ])
    func malformed(name: String, text: String, message: String) {
        #expect(throws: ExchangeError.self, "case: \(name)") { try CSV.records(in: text) }
        do {
            _ = try CSV.records(in: text)
        } catch {
            #expect(error.description.hasPrefix(message), "case: \(name): \(error)")
        }
    }

    @Test(
        "bytes are read in the encoding the spreadsheet saved them in",
        arguments: [
            ("UTF-8 without a mark", Array("£5,Zoë\n".utf8), ["£5", "Zoë"]),
            (
                "Windows-1252 from plain 'CSV'", [0xA3, 0x35, 0x2C, 0x80, 0x93, 0x78, 0x94, 0x0A],
                ["£5", "€“x”"]
            ),
            ("UTF-16 little-endian", [0xFF, 0xFE, 0x61, 0x00, 0x09, 0x00, 0xA3, 0x00], ["a", "£"]),
            ("UTF-16 big-endian", [0xFE, 0xFF, 0x00, 0x61, 0x00, 0x2C, 0x00, 0xE9], ["a", "é"]),
        ] as [(String, [UInt8], [String])])
    func encodings(name: String, bytes: [UInt8], fields: [String]) throws {
        let records = try CSV.records(in: Data(bytes))
        #expect(records.first?.fields == fields, "case: \(name)")
    }

    @Test(
        "a workbook or other binary file is refused with what it is and how to save CSV instead",
        arguments: [
            (
                "xlsx", [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00],
                "the file is a zipped workbook (.xlsx or .ods), not CSV"
            ),
            (
                "xls", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1],
                "the file is an old-style Excel workbook (.xls), not CSV"
            ),
            ("pdf", Array("%PDF-1.4\n".utf8), "the file is a PDF, not CSV"),
            ("binary", [0x49, 0x44, 0x00, 0x01, 0x02], "the file is binary data, not CSV"),
        ] as [(String, [UInt8], String)])
    func binary(name: String, bytes: [UInt8], message: String) {
        do {
            _ = try CSV.records(in: Data(bytes))
            Issue.record("case \(name): no error")
        } catch {
            #expect(error.description.hasPrefix(message), "case: \(name)")
            #expect(error.description.hasSuffix("'CSV UTF-8 (Comma delimited)' and import that file"))
        }
    }
}
