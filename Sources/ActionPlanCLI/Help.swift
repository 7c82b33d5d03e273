/// Help text, generated from the same ``CommandSpec`` table the scanner uses so they cannot disagree.
enum Help {
    /// The usage line, e.g. `actionplan show PLAN [ACTION] [--format FORMAT]`.
    static func usage(_ spec: CommandSpec) -> String {
        var words = ["actionplan", spec.name]
        for argument in spec.arguments {
            switch argument.count {
            case .one: words.append(argument.name)
            case .optional: words.append("[\(argument.name)]")
            case .many: words.append("[\(argument.name)...]")
            }
        }
        for option in spec.options {
            words.append(option.isFlag ? "[\(option.name)]" : "[\(option.name) \(option.value!)]")
        }
        words.append("[--plans DIR]")
        return words.joined(separator: " ")
    }

    /// The full help of one command: summary, usage, arguments, every option with its default, examples.
    static func text(for spec: CommandSpec) -> String {
        var lines = ["actionplan \(spec.name): \(spec.summary)", "", "Usage: \(wrapUsage(usage(spec)))"]
        if let discussion = spec.discussion { lines += ["", discussion] }
        let arguments = spec.arguments.map { argument in
            (argument.count == .many ? argument.name + "..." : argument.name, argument.help)
        }
        if !arguments.isEmpty { lines += ["", "Arguments:"] + table(arguments) }
        let options = spec.allOptions.map { option in
            var help = option.help
            if let choices = option.choices { help += " (\(choices.joined(separator: ", ")))" }
            if let value = option.defaultValue { help += " [default: \(value)]" }
            return (option.isFlag ? option.name : "\(option.name) \(option.value!)", help)
        }
        lines += ["", "Options:"] + table(options)
        if !spec.examples.isEmpty {
            lines +=
                ["", spec.examples.count == 1 ? "Example:" : "Examples:"] + spec.examples.map { "  " + $0 }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The overview: what the tool is for and every command with its summary.
    static func overview(_ specs: [CommandSpec], version: String) -> String {
        var lines = [
            "actionplan \(version): turn an inspection report's recommendations into a tracked action plan",
            "",
            "Usage: actionplan COMMAND [ARGUMENTS] [OPTIONS]",
            "",
            "Commands:",
        ]
        lines += table(specs.map { ($0.name, $0.summary) })
        lines += [
            "",
            "Every command takes --plans DIR (default $ACTIONPLAN_PLANS, else ./Plans) and --help.",
            "Run 'actionplan help COMMAND' or 'actionplan COMMAND --help' for a command's options.",
            "",
            "Exit status: 0 success, 64 usage error, 65 bad input data, 66 report, plan or action not found,",
            "74 I/O error, 1 anything else.",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    private static func table(_ rows: [(String, String)]) -> [String] {
        let width = min(26, (rows.map(\.0.count).max() ?? 0) + 2)
        return rows.map { name, help in
            let padded =
                name.count >= width - 1
                ? name + "\n" + String(repeating: " ", count: width + 2) : name.padding(width)
            return "  " + padded + help
        }
    }

    private static func wrapUsage(_ usage: String) -> String {
        var lines: [String] = []
        var current = ""
        for word in usage.split(separator: " ", omittingEmptySubsequences: false) {
            let candidate = current.isEmpty ? String(word) : current + " " + word
            if candidate.count > 92 && !current.isEmpty && word.hasPrefix("[") {
                lines.append(current)
                current = "         " + word
            } else {
                current = candidate
            }
        }
        lines.append(current)
        return lines.joined(separator: "\n")
    }
}

extension String {
    /// The string padded with spaces to `width` characters.
    func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
