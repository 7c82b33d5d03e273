import Foundation

/// A short description of the machine and the peer tools, for the head of the results.
enum Machine {
    /// CPU model and count, memory, kernel, and the versions of the tools compared.
    static func describe(tool: String) -> String {
        let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        let model =
            cpuinfo.split(separator: "\n").first { $0.hasPrefix("model name") }
            .map { $0.split(separator: ":", maxSplits: 1).last!.trimmingCharacters(in: .whitespaces) }
            ?? "unknown CPU"
        let meminfo = (try? String(contentsOfFile: "/proc/meminfo", encoding: .utf8)) ?? ""
        let memory =
            meminfo.split(separator: "\n").first { $0.hasPrefix("MemTotal") }
            .flatMap { Int($0.split(separator: " ").dropFirst().first ?? "") }.map { "\($0 / 1_048_576) GB" }
            ?? "?"
        let kernel = firstLine(["uname", "-sr"]) ?? "?"
        let task = firstLine(["task", "--version"]) ?? "not installed"
        let jq = firstLine(["jq", "--version"]) ?? "not installed"
        return """
            - Machine: \(ProcessInfo.processInfo.activeProcessorCount) × \(model), \(memory) RAM, \(kernel)
            - Tool: `\(tool)`; Taskwarrior \(task); \(jq)

            """
    }

    private static func firstLine(_ arguments: [String]) -> String? {
        guard let sample = try? ProcessRunner().run(arguments, captureOutput: true), sample.status == 0 else {
            return nil
        }
        return sample.output?.split(separator: "\n").first.map(String.init)
    }
}
