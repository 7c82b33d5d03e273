import Foundation
import Testing

@testable import ActionPlanKit

@Suite("zip container")
struct ZipTests {
    @Test(
        "CRC-32 matches the published check values",
        arguments: [
            ("empty", "", UInt32(0)), ("check string", "123456789", UInt32(0xCBF4_3926)),
            ("pangram", "The quick brown fox jumps over the lazy dog", UInt32(0x414F_A339)),
        ])
    func crc(name: String, text: String, expected: UInt32) {
        #expect(CRC32.checksum(Array(text.utf8)) == expected, "\(name)")
    }

    @Test("a CRC given in pieces equals the CRC of the whole")
    func crcInPieces() {
        var crc = CRC32()
        crc.update(Array("12345".utf8))
        crc.update(Array("6789".utf8))
        #expect(crc.value == 0xCBF4_3926)
    }

    /// An archive of three files, one empty and one with a non-ASCII name.
    private func archive() throws -> Data {
        var zip = ZipWriter()
        try zip.add("[Content_Types].xml", text: "<Types/>")
        try zip.add("empty.txt", [UInt8]())
        try zip.add("xl/naïve £.xml", text: "café\n")
        return try zip.finish()
    }

    @Test("entries written are read back through the central directory, byte for byte")
    func roundTrip() throws {
        let reader = try ZipReader(archive())
        #expect(reader.entries.map(\.path) == ["[Content_Types].xml", "empty.txt", "xl/naïve £.xml"])
        #expect(try reader.contents(of: "[Content_Types].xml") == Array("<Types/>".utf8))
        #expect(try reader.contents(of: "empty.txt") == [])
        #expect(try reader.contents(of: "xl/naïve £.xml") == Array("café\n".utf8))
        #expect(try reader.contents(of: "missing.xml") == nil)
    }

    @Test("the same entries always make the same bytes")
    func deterministic() throws {
        #expect(try archive() == archive())
    }

    @Test("unzip lists and tests the archive without a warning", .enabled(if: Tool.unzip != nil))
    func unzipAcceptsIt() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("zip-\(UUID()).zip")
        defer { try? FileManager.default.removeItem(at: file) }
        try archive().write(to: file)
        let result = try Tool.run(Tool.unzip!, ["-t", file.path])
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("No errors detected"), "\(result.output)")
    }

    @Test("a file that is not a zip is refused as such")
    func notZip() {
        #expect(throws: ZipError.notZip) { try ZipReader(Data("ID,Action\n1,x\n".utf8)) }
        #expect(throws: ZipError.notZip) { try ZipReader(Data()) }
    }

    @Test("a damaged entry fails its checksum")
    func checksum() throws {
        var bytes = [UInt8](try archive())
        // The first entry's data starts after its 30-byte header and 19-byte name.
        bytes[30 + 19] ^= 0xFF
        let reader = try ZipReader(Data(bytes))
        #expect(throws: ZipError.checksumMismatch(entry: "[Content_Types].xml")) {
            try reader.contents(of: "[Content_Types].xml")
        }
    }

    @Test("an entry declaring more than the limit is refused before it is unpacked")
    func limit() throws {
        let reader = try ZipReader(archive(), limit: 4)
        #expect(throws: ZipError.tooBig(entry: "[Content_Types].xml", limit: 4)) {
            try reader.contents(of: "[Content_Types].xml")
        }
    }
}

/// Programs outside the toolchain that some tests use to read files as other software does.
enum Tool {
    /// `unzip`, where installed.
    static let unzip = find("unzip")
    /// `python3`, where installed.
    static let python = find("python3")

    static func find(_ name: String) -> String? {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return paths.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs `program` with `arguments`, returning its exit status and its output and errors together.
    static func run(_ program: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
