import Foundation
import Testing

@testable import ActionPlanKit

@Suite("inflater (RFC 1951)")
struct InflaterTests {
    /// 300 words from a small vocabulary, deflated by zlib at level 9 (one dynamic-Huffman block).
    static let dynamicBlock = Data(
        base64Encoded:
            "hVXRboQwDPsVPmY/gkZ3OukEEweb9vcTbVrsxIWHo0ebJo7jhOV3Tuswfm7PZR7e27jt7/Y2fqXHPq7Tc35cvCw/aZ32NBw/dfP7"
            + "Nc7NqK55k32W2ODlY59e6a+YugfGJJfHnz7U49S81tsKA4UwMEvmiQkyVwjGDOqieIqpYxZtzfEsgi2KXYJXL5t9LIPYKUg5bH"
            + "kSqYiNUd0yeHrrUwBVqUbq3CHIfrrJ+nxY5NnEtmy5pgjKS6TX+OKIREMvSiCST1FrVbe+FDlr2TCiWmWrIO41e9Aw+XGICD"
            + "TLi4EyXrrRlIGb51AImDAVwM3dhIwED7WaHDhKxCVLXdCSrUaomn7BrnoZ5hLKGEV3hjW3LFNuYTdfQO+RTjGc/agUs4QjuA"
            + "v45VBg5feIjlBHpyB0NDnSeELErIONn9f3fQ3J6i+by121nVMNt4y6eFNS5jloRncMUf8P")!

    @Test(
        "streams made by zlib inflate to what was deflated",
        arguments: [
            (
                "fixed Huffman, with a repeated match",
                [203, 72, 205, 201, 201, 87, 200, 64, 39, 1] as [UInt8],
                "hello hello hello hello"
            ),
            ("stored block", [1, 3, 0, 252, 255, 97, 98, 99], "abc"),
            ("empty fixed block", [3, 0], ""),
        ])
    func known(name: String, stream: [UInt8], text: String) throws {
        #expect(try Inflater.inflate(stream, limit: 1000) == Array(text.utf8), "\(name)")
    }

    @Test("a dynamic-Huffman block inflates to the text zlib was given")
    func dynamic() throws {
        let output = try Inflater.inflate(Self.dynamicBlock, limit: 10_000)
        #expect(output.count == 2112)
        #expect(CRC32.checksum(output) == 2_960_583_559)
        #expect(String(decoding: output.prefix(12), as: UTF8.self).split(separator: " ").count >= 2)
    }

    @Test(
        "malformed streams are refused, never trusted",
        arguments: [
            ("empty", [] as [UInt8], InflateError.truncated),
            ("reserved block type", [0x07], .badBlockType),
            ("stored length fails its check", [1, 3, 0, 0, 0, 97, 98, 99], .storedLengthMismatch),
            ("stored block cut short", [1, 3, 0, 252, 255, 97], .truncated),
            ("match before the start", [3, 2, 0], .distanceTooFar),
        ])
    func malformed(name: String, stream: [UInt8], error: InflateError) {
        #expect(throws: error, "\(name)") { try Inflater.inflate(stream, limit: 1000) }
    }

    @Test("a stream that unpacks past its limit is stopped at the limit: a zip bomb")
    func bomb() throws {
        let output = try Inflater.inflate(Self.dynamicBlock, limit: 2112)
        #expect(output.count == 2112)
        #expect(throws: InflateError.outputLimit) { try Inflater.inflate(Self.dynamicBlock, limit: 2111) }
    }

    @Test("every cut of a valid stream is refused or gives a prefix of the output, never a crash")
    func truncations() {
        let full = [UInt8](Self.dynamicBlock)
        let expected = (try? Inflater.inflate(full, limit: 10_000)) ?? []
        for length in 0..<full.count {
            if let output = try? Inflater.inflate(full.prefix(length), limit: 10_000) {
                #expect(expected.starts(with: output), "cut at \(length)")
            }
        }
    }
}
