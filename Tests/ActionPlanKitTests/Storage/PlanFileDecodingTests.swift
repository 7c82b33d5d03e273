import Foundation
import Testing

@testable import ActionPlanKit

/// The bytes of the three-action sample plan as stored, as a string to mangle.
func storedText(_ plan: ActionPlan = freshPlan()) throws -> String {
    String(decoding: try PlanCoding.encode(plan), as: UTF8.self)
}

@Suite("Plan file decoding")
struct PlanFileDecodingTests {
    struct Mangling: CustomTestStringConvertible, Sendable {
        var name: String
        /// Turns the stored text into the bad file.
        var mangle: @Sendable (String) -> String
        /// What the message must say, position and field included.
        var expected: [String]
        var testDescription: String { name }
    }

    static let manglings: [Mangling] = [
        Mangling(name: "cut short", mangle: { String($0.prefix(300)) }, expected: ["line ", "cut short"]),
        Mangling(name: "empty", mangle: { _ in "" }, expected: ["the file is empty"]),
        Mangling(name: "only spaces", mangle: { _ in "  \n\n" }, expected: ["the file is empty"]),
        Mangling(
            name: "not JSON", mangle: { _ in "status: done\n" },
            expected: ["line 1, column 1", "expected a value"]),
        Mangling(
            name: "missing comma",
            mangle: { $0.replacingOccurrences(of: "\"name\" : \"dudley\",", with: "\"name\" : \"dudley\"") },
            expected: ["line ", "expected ',' or '}'"]),
        Mangling(
            name: "trailing text", mangle: { $0 + "}\n" }, expected: ["after the end of the JSON value"]),
        Mangling(
            name: "trailing comma",
            mangle: { $0.replacingOccurrences(of: "\"2011-12-09\"\n}", with: "\"2011-12-09\",\n}") },
            expected: ["expected a key in double quotes, found '}'"]),
        Mangling(
            name: "impossible date",
            mangle: {
                $0.replacingOccurrences(of: "\"due\" : \"2012-03-09\"", with: "\"due\" : \"2012-02-30\"")
            },
            expected: ["line 12, column 19", "recommendations[0].actions[0].due", "2012-02-30", "YYYY-MM-DD"]),
        Mangling(
            name: "unknown status",
            mangle: { $0.replacingOccurrences(of: "\"not-started\"", with: "\"on-hold\"") },
            expected: ["actions[0].status", "'on-hold' is not a known value", "expected one of not-started"]),
        Mangling(
            name: "action under another recommendation",
            mangle: { $0.replacingOccurrences(of: "\"id\" : \"2\"", with: "\"id\" : \"1\"") },
            expected: [
                "line 38, column 19", "recommendations[1].actions", "action 1 is under recommendation 2",
            ]),
        Mangling(
            name: "duplicate recommendation numbers",
            mangle: {
                $0.replacingOccurrences(of: "\"id\" : \"2\"", with: "\"id\" : \"2.2\"")
                    .replacingOccurrences(of: "\"id\" : \"3\"", with: "\"id\" : \"2.2\"")
                    .replacingOccurrences(of: "\"number\" : 3", with: "\"number\" : 2")
                    .replacingOccurrences(
                        of: "\"recommendationNumber\" : 3", with: "\"recommendationNumber\" : 2")
            },
            expected: ["recommendation 2 appears twice"]),
        Mangling(
            name: "duplicate key",
            mangle: {
                $0.replacingOccurrences(of: "\"owner\" : null,", with: "\"owner\" : null, \"owner\" : \"x\",")
            },
            expected: ["the key 'owner' appears twice"]),
        Mangling(
            name: "misspelt field",
            mangle: { $0.replacingOccurrences(of: "\"measure\" : null", with: "\"meausre\" : \"x\"") },
            expected: ["actions[0]: unknown field 'meausre' (did you mean 'measure'?)"]),
        Mangling(
            name: "number where a string belongs",
            mangle: { $0.replacingOccurrences(of: "\"owner\" : null", with: "\"owner\" : 7") },
            expected: ["actions[0].owner: expected a string, found the number 7"]),
        Mangling(
            name: "missing required field",
            mangle: { $0.replacingOccurrences(of: ",\n  \"startDate\" : \"2011-12-09\"", with: "") },
            expected: ["line 1, column 1", "missing field 'startDate'"]),
        Mangling(
            name: "bad action ID",
            mangle: { $0.replacingOccurrences(of: "\"id\" : \"3\"", with: "\"id\" : \"03\"") },
            expected: ["recommendations[2].actions[0].id", "'03' is not an action ID"]),
        Mangling(
            name: "name that is a path",
            mangle: {
                $0.replacingOccurrences(of: "\"name\" : \"dudley\"", with: "\"name\" : \"../etc/dudley\"")
            },
            expected: ["name: '../etc/dudley' is not a valid plan name"]),
        Mangling(
            name: "bytes that are not UTF-8",
            mangle: { $0.replacingOccurrences(of: "Dudley", with: "Dud\u{FFFD}ley") },
            expected: []),
        Mangling(
            name: "older schema version zero",
            mangle: { $0.replacingOccurrences(of: "\"schemaVersion\" : 2", with: "\"schemaVersion\" : 0") },
            expected: ["schemaVersion", "schema version 0 is not valid"]),
        Mangling(
            name: "number too large for the tool",
            mangle: {
                $0.replacingOccurrences(of: "\"revision\" : 0", with: "\"revision\" : 99999999999999999999")
            },
            expected: ["revision", "line "]),
        Mangling(
            name: "negative cost",
            mangle: { $0.replacingOccurrences(of: "\"cost\" : null", with: "\"cost\" : \"-5\"") },
            expected: ["actions[0].cost", "'-5' is not an amount"]),
        Mangling(
            name: "nested too deep",
            mangle: {
                $0.replacingOccurrences(
                    of: "\"lead\" : null", with: "\"lead\" : " + String(repeating: "[", count: 300))
            },
            expected: ["nested more than 200 levels deep"]),
    ]

    @Test("a mangled file is refused with its line, column and field", arguments: manglings)
    func mangled(_ mangling: Mangling) throws {
        let text = mangling.mangle(try storedText())
        try #require(text != (try storedText()), "the mangling must change the file")
        do {
            let plan = try PlanCoding.decode(Data(text.utf8), path: "Plans/dudley.json")
            // A replacement character is valid UTF-8 text, so that case must decode to the same text.
            #expect(mangling.expected.isEmpty, "decoded \(plan.name) although it should not")
        } catch {
            let message = error.description
            #expect(message.hasPrefix("Plans/dudley.json: not a valid plan file: "), "\(message)")
            for part in mangling.expected { #expect(message.contains(part), "\(message)") }
        }
    }

    @Test("invalid UTF-8 inside a string is refused with its position")
    func invalidUTF8() throws {
        var bytes = [UInt8](try PlanCoding.encode(freshPlan()))
        let target = [UInt8]("Dudley".utf8)
        let index = try #require(bytes.indices.first { bytes[$0...].starts(with: target) })
        bytes[index + 1] = 0xC3
        bytes[index + 2] = 0x28
        #expect {
            try PlanCoding.decode(Data(bytes), path: "p.json")
        } throws: { error in
            "\(error)".contains("not UTF-8") && "\(error)".contains("line ")
        }
    }

    @Test("a file from a newer schema is refused as such, before anything else is checked")
    func newerSchema() throws {
        let text = try storedText().replacingOccurrences(
            of: "\"schemaVersion\" : 2", with: "\"schemaVersion\" : 7"
        )
        .replacingOccurrences(of: "\"status\" : \"not-started\"", with: "\"status\" : \"paused\"")
        #expect(throws: StoreError.newerSchema(path: "p.json", version: 7, supported: 2)) {
            try PlanCoding.decode(Data(text.utf8), path: "p.json")
        }
    }

    @Test("a stored plan decodes to itself, with a byte-order mark or CRLF line ends too")
    func roundTrip() throws {
        var plan = SamplePlans.dudley
        try plan.undo(author: author("2013-03-21"))
        let data = try PlanCoding.encode(plan)
        #expect(try PlanCoding.decode(data, path: "p") == plan)
        #expect(try PlanCoding.encode(try PlanCoding.decode(data, path: "p")) == data)
        #expect(try PlanCoding.decode(Data([0xEF, 0xBB, 0xBF]) + data, path: "p") == plan)
        let crlf = String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\n", with: "\r\n")
        #expect(try PlanCoding.decode(Data(crlf.utf8), path: "p") == plan)
    }

    @Test("every field the model writes is one the strict decoder knows")
    func knownFields() throws {
        var plan = SamplePlans.dudley
        for index in plan.actions.indices {
            plan.actions[index].measure = "m"
            plan.actions[index].evidence = "e"
            plan.actions[index].cost = Money(pence: 1)
        }
        for index in plan.recommendations.indices {
            plan.recommendations[index].lead = "l"
            plan.recommendations[index].section = "s"
        }
        try plan.apply(ActionUpdate(note: "n", reason: "r"), to: ids(1), author: author("2013-03-22"))
        let outline = try JSONOutline([UInt8](try PlanCoding.encode(plan)))
        #expect(PlanSchema.unknownField(in: outline, schemaVersion: 2) == nil)
    }

    @Test(
        "line and column count characters, not bytes",
        arguments: [("ab\ncd", 4, 2, 2), ("é\"x", 2, 1, 2), ("\n\n", 2, 3, 1), ("abc", 0, 1, 1)])
    func positions(text: String, offset: Int, line: Int, column: Int) {
        let position = JSONOutline.position(of: offset, in: Array(text.utf8))
        #expect(position.line == line)
        #expect(position.column == column)
    }
}
