import FoundationXML
import Testing

@testable import ActionPlanKit

@Suite("XML text in Office parts")
struct XMLTextTests {
    @Test(
        "text is escaped for a spreadsheet",
        arguments: [
            ("plain", "Head of Safeguarding", "Head of Safeguarding"),
            ("markup", "a < b & c > \"d\"", "a &lt; b &amp; c &gt; &quot;d&quot;"),
            ("line feed and tab kept", "one\ntwo\tthree", "one\ntwo\tthree"),
            ("carriage return", "one\r\ntwo", "one_x000D_\ntwo"),
            ("control characters", "bell\u{7} nul\u{0} esc\u{1B}", "bell_x0007_ nul_x0000_ esc_x001B_"),
            ("literal escape look-alike", "_x0041_ and _x12", "_x005F_x0041_ and _x12"),
            ("non-ASCII", "£12,500 — naïve", "£12,500 — naïve"),
        ])
    func spreadsheet(name: String, text: String, expected: String) {
        #expect(XMLText.escaped(text) == expected, "\(name)")
    }

    @Test(
        "unescaping undoes escaping",
        arguments: ["bell\u{7}", "_x0041_", "a_x005F_b", "cr\r\nlf", "__x0001__", "plain", "_x00zz_"])
    func roundTrip(text: String) {
        #expect(XMLText.unescapingSpreadsheet(XMLText.escaped(text).xmlUnescaped) == text)
    }

    @Test("a document drops what XML cannot carry and keeps a carriage return as a reference")
    func document() {
        #expect(XMLText.escaped("a\u{1}b\rc", controls: .drop) == "ab&#13;c")
    }

    @Test("every control character escaped makes a well-formed XML document")
    func wellFormed() throws {
        let all = String(String.UnicodeScalarView((0..<0x20).compactMap(Unicode.Scalar.init)))
        let xml = "<t>\(XMLText.escaped(all))</t>"
        let document = try XMLDocument(xmlString: xml)
        #expect(XMLText.unescapingSpreadsheet(document.rootElement()?.stringValue ?? "") == all)
    }
}

extension String {
    /// The text an XML reader would see for these escaped characters.
    var xmlUnescaped: String {
        replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")
    }
}
