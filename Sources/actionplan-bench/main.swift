import Foundation

// The benchmark's world (arguments, clock, output) is gathered here and handed to the suite.

do {
    let options = try BenchOptions(Array(CommandLine.arguments.dropFirst()))
    var suite = BenchSuite(options: options)
    let markdown = try suite.run()
    if let output = options.output {
        try markdown.write(toFile: output, atomically: true, encoding: .utf8)
        FileHandle.standardError.write(Data("wrote \(output)\n".utf8))
    }
} catch let usage as BenchUsage {
    let text = (usage.message.map { "error: \($0)\n" } ?? "") + BenchOptions.usage + "\n"
    FileHandle.standardError.write(Data(text.utf8))
    exit(usage.message == nil ? 0 : 64)
} catch {
    FileHandle.standardError.write(Data("error: \(error)\n".utf8))
    exit(1)
}
