import ActionPlanKit
import Foundation

extension CommandContext {
    /// The extension of `--output`'s file name, lowercased, or `nil` when there is none.
    var outputExtension: String? {
        guard let path = outputPath else { return nil }
        let name = (path as NSString).lastPathComponent
        let fileExtension = (name as NSString).pathExtension.lowercased()
        return fileExtension.isEmpty ? nil : fileExtension
    }

    /// The Office format a report command writes: `--format`, else `--output`'s `.xlsx` name; `nil` for text.
    ///
    /// A name and a format that disagree (`--format html --output paper.xlsx`) are refused, since
    /// either one would leave a file that does not open as its name says.
    func officeFormat(command: String) throws -> OfficeFormat? {
        let named = arguments.value("--format")
        let fromName = outputExtension.flatMap(OfficeFormat.init(rawValue:))
        var format = fromName
        if let named {
            format = OfficeFormat(rawValue: named)
            if let path = outputPath, outputExtension != nil, format != fromName,
                format != nil || fromName != nil
            {
                throw Self.mismatch(
                    path: path, format: named, expected: format?.fileExtension, command: command)
            }
        }
        if let format, arguments.value("--template") != nil {
            throw UsageError(
                "--template applies to the markdown and html reports, not to \(format.noun)",
                hint: "leave out --template, or ask for --format markdown or html", command: command)
        }
        return format
    }

    /// The usage error for `--output PATH` whose name disagrees with `--format FORMAT`.
    static func mismatch(path: String, format: String, expected: String?, command: String) -> UsageError {
        let stem = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        let hint =
            expected.map { "name the file \(stem).\($0), or leave out --format to write what the name says" }
            ?? "leave out --format to write what the name says, or give the file another name"
        return UsageError(
            "--output \(path) does not match --format \(format)", hint: hint, command: command)
    }

    /// Writes a binary file to `--output`, or to standard output when that is not a terminal.
    ///
    /// - Parameter summary: What was written, for the "wrote FILE: …" line, e.g. "21 actions".
    func emit(binary data: Data, as format: OfficeFormat, summary: String? = nil, command: String) throws {
        guard let path = outputPath else {
            if environment.outputIsTerminal {
                throw UsageError(
                    "will not write \(format.noun) to a terminal",
                    hint: "add --output FILE.\(format.fileExtension), or redirect standard output to a file",
                    command: command)
            }
            environment.standardOutputBinary(Array(data))
            return
        }
        try write(data, to: path, describing: summary.map { ": \($0)" } ?? "")
    }
}
