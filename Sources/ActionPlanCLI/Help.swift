/// Help text, generated from the same ``CommandSpec`` table the scanner uses so they cannot disagree.
///
/// Every paragraph is wrapped to the width it is given (the terminal's, else 80 columns); examples are
/// never wrapped, so each can be copied and run as printed.
enum Help {
    /// The usage line, e.g. `actionplan show PLAN [ACTION] [--format FORMAT]`.
    static func usage(_ spec: CommandSpec) -> String { usageWords(spec).joined(separator: " ") }

    /// The usage line's parts, each kept whole when the line is wrapped: `[--format FORMAT]` is one.
    private static func usageWords(_ spec: CommandSpec) -> [String] {
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
        return words
    }

    /// The full help of one command, `width` columns wide: summary, usage, arguments, every option
    /// with its default, examples.
    static func text(for spec: CommandSpec, width: Int = 80) -> String {
        var lines = wrap("actionplan \(spec.name): \(spec.summary)", width: width)
        lines.append("")
        lines += wrapUsage(usageWords(spec), width: width)
        if let discussion = spec.discussion {
            lines.append("")
            for paragraph in discussion.split(separator: "\n", omittingEmptySubsequences: false) {
                lines += wrap(String(paragraph), width: width)
            }
        }
        let arguments = spec.arguments.map { argument in
            (argument.count == .many ? argument.name + "..." : argument.name, argument.help)
        }
        if !arguments.isEmpty { lines += ["", "Arguments:"] + table(arguments, width: width) }
        let options = spec.allOptions.map { option in
            var help = option.help
            if let choices = option.choices { help += " (\(choices.joined(separator: ", ")))" }
            if let value = option.defaultValue { help += " [default: \(value)]" }
            return (option.isFlag ? option.name : "\(option.name) \(option.value!)", help)
        }
        lines += ["", "Options:"] + table(options, width: width)
        if !spec.examples.isEmpty {
            lines +=
                ["", spec.examples.count == 1 ? "Example:" : "Examples:"] + spec.examples.map { "  " + $0 }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The overview, `width` columns wide: what the tool is for and every command with its summary.
    static func overview(_ specs: [CommandSpec], version: String, width: Int = 80) -> String {
        var lines = wrap(
            "actionplan \(version): turn an inspection report's recommendations into a tracked action plan",
            width: width)
        lines += ["", "Usage: actionplan COMMAND [ARGUMENTS] [OPTIONS]", "", "Commands:"]
        lines += table(specs.map { ($0.name, $0.summary) }, width: width)
        lines.append("")
        lines += wrap(
            "Every command takes --plans DIR (default $ACTIONPLAN_PLANS, else ./Plans) and --help. "
                + "Run 'actionplan help COMMAND' or 'actionplan COMMAND --help' for a command's options.",
            width: width)
        lines.append("")
        lines += wrap(
            "Exit status: 0 success, 64 usage error, 65 bad input data, 66 report, plan or action not found, "
                + "74 I/O error, 1 anything else.",
            width: width)
        return lines.joined(separator: "\n") + "\n"
    }

    /// Rows of a name and its help: names in a column, each help wrapped beside its name.
    private static func table(_ rows: [(String, String)], width: Int) -> [String] {
        let nameWidth = min(26, (rows.map(\.0.count).max() ?? 0) + 2)
        let hanging = String(repeating: " ", count: nameWidth + 2)
        return rows.flatMap { name, help -> [String] in
            // A name too long for its column stands on its own line, its help below it.
            if name.count >= nameWidth - 1 {
                return ["  " + name]
                    + help.wrapped(to: width, indent: hanging, hangingIndent: hanging)
            }
            return help.wrapped(to: width, indent: "  " + name.padding(nameWidth), hangingIndent: hanging)
        }
    }

    private static func wrap(_ text: String, width: Int) -> [String] {
        text.isEmpty ? [""] : text.wrapped(to: width, indent: "", hangingIndent: "")
    }

    /// "Usage: actionplan …" broken between its parts, the later lines indented under the command.
    private static func wrapUsage(_ words: [String], width: Int) -> [String] {
        let hanging = "         "
        var lines: [String] = []
        var current = "Usage:"
        for word in words {
            if current.count + 1 + word.count > width && current.count > hanging.count {
                lines.append(current)
                current = hanging + word
            } else {
                current += " " + word
            }
        }
        lines.append(current)
        return lines
    }
}

extension String {
    /// The string padded with spaces to `width` characters.
    func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
