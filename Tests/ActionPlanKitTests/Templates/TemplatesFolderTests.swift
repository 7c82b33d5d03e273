import ActionPlanKit
import Foundation
import Testing

/// The editable copies in `Templates/` must be exactly the built-in templates, so a user who edits a
/// copy starts from what the tool really prints.
@Suite struct TemplatesFolderTests {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Templates")

    static var copies: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".mustache") }.map { String($0.dropLast(".mustache".count)) }
            .sorted()
    }

    @Test func everyBuiltInTemplateHasACopyAndEveryCopyIsBuiltIn() {
        #expect(TemplatesFolderTests.copies == DefaultTemplates.all.keys.sorted())
    }

    @Test(
        "Each copy is byte-identical to the built-in template", arguments: DefaultTemplates.all.keys.sorted())
    func copyIsIdentical(_ name: String) throws {
        let url = TemplatesFolderTests.folder.appendingPathComponent(name + ".mustache")
        let copy = try Data(contentsOf: url)
        #expect(
            copy == Data(DefaultTemplates.all[name]!.utf8),
            "Templates/\(name).mustache differs from the built-in")
    }

    @Test("Each built-in template parses", arguments: DefaultTemplates.all.keys.sorted())
    func builtInParses(_ name: String) throws {
        _ = try Template(name: name, source: DefaultTemplates.all[name]!)
    }
}
