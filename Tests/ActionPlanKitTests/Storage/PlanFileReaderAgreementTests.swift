import Foundation
import Testing

@testable import ActionPlanKit

/// The lean reader's fast paths (whole key lines, eight-byte scans, shared strings, dates, IDs and
/// enumeration values read in place) against the thorough path: whatever the lean reader accepts must be
/// exactly what the thorough path reads, and what it refuses must still decode the thorough way.
@Suite("Lean plan file reader against the thorough path")
struct PlanFileReaderAgreementTests {
    /// What the thorough path (strict JSON, schema checks, then `JSONDecoder`) reads, or `nil` if it refuses.
    private func thorough(_ data: Data) -> ActionPlan? {
        try? PlanCoding.decodeThoroughly(data, path: "p.json")
    }

    private func text(_ plan: ActionPlan) throws -> String {
        String(decoding: try PlanCoding.encode(plan), as: UTF8.self)
    }

    struct Variant: CustomTestStringConvertible, Sendable {
        var name: String
        /// Turns the stored text of ``busyPlan()`` into the variant.
        var change: @Sendable (String) -> String
        var testDescription: String { name }
    }

    /// Files the lean reader must read, to the same plan as the thorough path and `JSONDecoder`.
    static let accepted: [Variant] = [
        Variant(name: "as stored") { $0 },
        // The key expected next is then never the one that comes.
        Variant(name: "keys in reverse order") { reversingKeys($0) },
        Variant(name: "CRLF line ends") { $0.replacingOccurrences(of: "\n", with: "\r\n") },
        Variant(name: "tabs for indentation") { $0.replacingOccurrences(of: "  ", with: "\t") },
        Variant(name: "no space before the colon") { $0.replacingOccurrences(of: "\" : ", with: "\": ") },
        Variant(name: "one space of indentation per level") { $0.replacingOccurrences(of: "  ", with: " ") },
        Variant(name: "escapes in the recorded time") {
            $0.replacingOccurrences(of: "\"2012-01-15T09:00:00Z\"", with: "\"2012\\u002d01-15T09:00:00Z\"")
        },
        Variant(name: "an escaped slash and tab in a note") {
            $0.replacingOccurrences(of: "Lead agreed.", with: "Lead\\/deputy\\tagreed.")
        },
        Variant(name: "non-ASCII across word boundaries") {
            $0.replacingOccurrences(of: "Lead agreed.", with: "Lé\u{00E9}ad agr😀eed – ✓ café naïve")
        },
        Variant(name: "a DEL byte inside a string") {
            $0.replacingOccurrences(of: "Lead agreed.", with: "Lead\u{7F}agreed.")
        },
        Variant(name: "a long owner repeated word for word") {
            $0.replacingOccurrences(
                of: "Head of Safeguarding",
                with: "Head of Safeguarding and Quality Assurance, Children's Services")
        },
        Variant(name: "an empty note") { $0.replacingOccurrences(of: "Lead agreed.", with: "") },
        Variant(name: "timescale in weeks") {
            $0.replacingOccurrences(of: "within 3 months", with: "within 2 weeks")
        },
        Variant(name: "negative zero number") {
            $0.replacingOccurrences(of: "\"number\" : 1,", with: "\"number\" : -0,")
        },
    ]

    @Test("reads what the thorough path reads, laid out otherwise", arguments: accepted)
    func accepts(_ variant: Variant) throws {
        let original = try text(try busyPlan())
        let changed = variant.change(original)
        let data = Data(changed.utf8)
        let expected = try #require(thorough(data), "the thorough path must read the variant")
        let lean = try #require(PlanFileReader.plan(from: data), "the lean reader must read the variant")
        #expect(lean == expected)
        #expect(lean == (try JSONDecoder().decode(ActionPlan.self, from: data)))
    }

    /// Files the lean reader must leave to the thorough path, whatever that makes of them.
    static let refused: [Variant] = [
        Variant(name: "escape in a key") {
            $0.replacingOccurrences(of: "\"owner\" :", with: "\"own\\u0065r\" :")
        },
        Variant(name: "escape in a date") {
            $0.replacingOccurrences(of: "\"due\" : \"2012-03-09\"", with: "\"due\" : \"2012\\u002d03-09\"")
        },
        Variant(name: "escape in a status") {
            $0.replacingOccurrences(
                of: "\"status\" : \"not-started\"", with: "\"status\" : \"not\\u002dstarted\"")
        },
        Variant(name: "escape in an action ID") {
            $0.replacingOccurrences(of: "\"id\" : \"2\"", with: "\"id\" : \"\\u0032\"")
        },
        Variant(name: "impossible date in history") {
            $0.replacingOccurrences(of: "2012-02-10", with: "2012-02-30")
        },
        Variant(name: "date with a time") {
            $0.replacingOccurrences(of: "\"due\" : \"2012-03-09\"", with: "\"due\" : \"2012-03-09T00:00\"")
        },
        Variant(name: "date with a sign") {
            $0.replacingOccurrences(of: "\"due\" : \"2012-03-09\"", with: "\"due\" : \"+012-03-09\"")
        },
        Variant(name: "duplicate key on the expected line") {
            $0.replacingOccurrences(of: "\"lead\" : null,", with: "\"lead\" : null,\n      \"lead\" : null,")
        },
        Variant(name: "unknown key between known ones") {
            $0.replacingOccurrences(
                of: "\"lead\" : null,", with: "\"lead\" : null,\n      \"leader\" : null,")
        },
        Variant(name: "key that extends a known one") {
            $0.replacingOccurrences(of: "\"lead\" : null,", with: "\"leadx\" : null,")
        },
        Variant(name: "key with a NUL byte") {
            $0.replacingOccurrences(of: "\"lead\" : null,", with: "\"lead\u{0}\" : null,")
        },
        Variant(name: "number of 16 digits") {
            $0.replacingOccurrences(of: "\"number\" : 1,", with: "\"number\" : 1234567890123456,")
        },
        Variant(name: "huge number") {
            $0.replacingOccurrences(of: "\"number\" : 1,", with: "\"number\" : 99999999999999999999999,")
        },
        Variant(name: "action ID of 16 digits") {
            $0.replacingOccurrences(of: "\"id\" : \"2\"", with: "\"id\" : \"1234567890123456\"")
        },
        Variant(name: "number with an exponent") {
            $0.replacingOccurrences(of: "\"number\" : 1,", with: "\"number\" : 1e0,")
        },
        Variant(name: "control character in a long string") {
            $0.replacingOccurrences(of: "Head of Safeguarding", with: "Head of\u{1}Safeguarding")
        },
        Variant(name: "trailing comma in an object") {
            $0.replacingOccurrences(
                of: "\"timescale\" : \"unspecified\"\n", with: "\"timescale\" : \"unspecified\",\n")
        },
        Variant(name: "status that is a number") {
            $0.replacingOccurrences(of: "\"status\" : \"not-started\"", with: "\"status\" : 7")
        },
        Variant(name: "status in capitals") {
            $0.replacingOccurrences(of: "\"status\" : \"not-started\"", with: "\"status\" : \"NOT-STARTED\"")
        },
        Variant(name: "change of a field that is not one") {
            $0.replacingOccurrences(of: "\"field\" : \"owner\"", with: "\"field\" : \"owners\"")
        },
    ]

    @Test("leaves anything out of the ordinary to the thorough path", arguments: refused)
    func refuses(_ variant: Variant) throws {
        let original = try text(try busyPlan())
        let changed = variant.change(original)
        try #require(changed != original, "the variant must change the file")
        let data = Data(changed.utf8)
        #expect(PlanFileReader.plan(from: data) == nil)
        // Whatever the thorough path makes of it (a plan or a precise error), decoding still gives that.
        let decoded = Result { () throws(StoreError) in try PlanCoding.decode(data, path: "p.json") }
        let thoroughly = Result { () throws(StoreError) in
            try PlanCoding.decodeThoroughly(data, path: "p.json")
        }
        #expect(decoded == thoroughly)
    }

    @Test("compact JSON, where values end close to the end of the file, reads as the thorough path reads it")
    func compact() throws {
        for plan in [freshPlan(), try busyPlan()] {
            let data = try JSONEncoder().encode(plan)
            let lean = try #require(PlanFileReader.plan(from: data))
            #expect(lean == thorough(data))
        }
    }

    @Test("strings alike at both ends but not in the middle are not taken for one another")
    func sharedStrings() throws {
        var plan = try busyPlan()
        // Same length, same first and last eight bytes: only the middle tells them apart.
        let owners = [
            "Head of Service: alpha — Safeguarding", "Head of Service: omega — Safeguarding",
            "Head of Service: alpha — Safeguarding", "Head of", "Head of ", "Head of  ", "H", "",
        ]
        for index in plan.actions.indices {
            plan.actions[index].owner = owners[index % owners.count]
            plan.actions[index].evidence = owners[(index + 1) % owners.count]
            plan.actions[index].measure = owners[(index + 2) % owners.count]
        }
        let data = try PlanCoding.encode(plan)
        let lean = try #require(PlanFileReader.plan(from: data))
        #expect(lean == plan)
        #expect(lean == thorough(data))
    }

    @Test("every truncation of a stored plan is refused, not misread")
    func truncations() throws {
        let data = try PlanCoding.encode(freshPlan())
        for count in 0..<data.count - 1 {
            let cut = data.prefix(count)
            // Only the final newline may go: anything shorter is not a whole JSON value.
            #expect(PlanFileReader.plan(from: cut) == nil, "cut to \(count) bytes")
        }
        #expect(PlanFileReader.plan(from: data.prefix(data.count - 1)) == freshPlan())
    }

    @Test("a byte changed anywhere makes the lean reader give up or read what the thorough path reads")
    func changedBytes() throws {
        let data = try PlanCoding.encode(freshPlan())
        var read = 0
        for offset in data.indices {
            for byte: UInt8 in [0x20, 0x22, 0x5C, 0x00, 0xC3, 0x7D, 0x2C, 0x31] where data[offset] != byte {
                var changed = data
                changed[offset] = byte
                guard let lean = PlanFileReader.plan(from: changed) else { continue }
                read += 1
                #expect(lean == thorough(changed), "byte \(offset) set to \(byte)")
            }
        }
        // Changes inside strings and spaces keep the file readable; the check above must have run.
        #expect(read > 100)
    }

    @Test("reads a file of exactly the stored size, with no bytes to spare after it")
    func exactBuffer() throws {
        // A fresh allocation of exactly the file's size, so a read past its end would trip ASan.
        let bytes = [UInt8](try PlanCoding.encode(try busyPlan()))
        let pointer = UnsafeMutablePointer<UInt8>.allocate(capacity: bytes.count)
        pointer.initialize(from: bytes, count: bytes.count)
        let data = Data(
            bytesNoCopy: pointer, count: bytes.count,
            deallocator: .custom { pointer, _ in
                pointer.deallocate()
            })
        #expect(PlanFileReader.plan(from: data) == (try busyPlan()))
    }
}

/// The plan text `text` laid out as `PlanCoding` lays it out, but with every object's keys in reverse order.
private func reversingKeys(_ text: String) -> String {
    func quoted(_ string: String) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .withoutEscapingSlashes
        return String(decoding: try! encoder.encode(string), as: UTF8.self)
    }
    func write(_ node: JSONOutline.Node, indent: String) -> String {
        let inner = indent + "  "
        switch node {
        case .object(_, let members):
            let lines = members.reversed().map {
                "\(inner)\(quoted($0.key)) : \(write($0.value, indent: inner))"
            }
            return "{\n" + lines.joined(separator: ",\n") + "\n\(indent)}"
        case .array(_, let elements):
            if elements.isEmpty { return "[\n\n\(indent)]" }
            return "[\n" + elements.map { inner + write($0, indent: inner) }.joined(separator: ",\n")
                + "\n\(indent)]"
        case .string(_, let value): return quoted(value)
        case .scalar(_, let text): return text
        }
    }
    return write(try! JSONOutline(Array(text.utf8)).root, indent: "") + "\n"
}
