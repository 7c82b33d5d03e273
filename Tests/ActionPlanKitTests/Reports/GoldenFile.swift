import Foundation
import Testing

/// Compares rendered output with a file under `Golden/`; `RECORD_GOLDEN=1` rewrites the files instead.
enum GoldenFile {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "Golden")

    static var recording: Bool { ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" }

    static func check(
        _ output: String, against name: String, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let url = folder.appendingPathComponent(name)
        if recording {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(output.utf8).write(to: url)
            return
        }
        let expected = try #require(
            FileManager.default.contents(atPath: url.path),
            "no golden file \(name); run with RECORD_GOLDEN=1",
            sourceLocation: sourceLocation)
        let actual = Data(output.utf8)
        if actual != expected {
            let firstDifference = zip(
                output.split(separator: "\n", omittingEmptySubsequences: false),
                String(decoding: expected, as: UTF8.self).split(
                    separator: "\n", omittingEmptySubsequences: false)
            )
            .enumerated().first { $0.element.0 != $0.element.1 }
            Issue.record(
                """
                \(name) differs from the golden file (RECORD_GOLDEN=1 re-records it); first differing line \
                \((firstDifference?.offset ?? -1) + 1):
                  got:      \(firstDifference.map { String($0.element.0) } ?? "(length differs)")
                  expected: \(firstDifference.map { String($0.element.1) } ?? "(length differs)")
                """, sourceLocation: sourceLocation)
        }
    }
}
