import ActionPlanKit

/// The arguments of one command after strict scanning against its ``CommandSpec``.
struct ParsedArguments: Sendable {
    /// The command's spec, for messages.
    var spec: CommandSpec
    /// The positional arguments in order.
    var positionals: [String] = []
    /// Each value option's value, by name with dashes.
    var values: [String: String] = [:]
    /// The flags given.
    var flags: Set<String> = []
    /// The day `today` means in a date option; set by the tool from its environment.
    var today: CalendarDay?

    /// Scans `arguments` (the words after the command's name).
    ///
    /// Accepts `--name value`, `--name=value` and `--` (everything after it is positional). Unknown
    /// options, missing values, a repeated option, values outside an option's choices and the wrong
    /// number of positional arguments are all usage errors, with a suggestion where one helps.
    init(scanning arguments: [String], spec: CommandSpec) throws(UsageError) {
        self.spec = spec
        var index = 0
        var onlyPositionals = false
        while index < arguments.count {
            let word = arguments[index]
            index += 1
            if onlyPositionals || word == "-" || !word.hasPrefix("-") {
                positionals.append(word)
                continue
            }
            if word == "--" {
                onlyPositionals = true
                continue
            }
            if word == "-h" {
                flags.insert("--help")
                continue
            }
            var name = word
            var inlineValue: String?
            if let equals = word.firstIndex(of: "=") {
                name = String(word[..<equals])
                inlineValue = String(word[word.index(after: equals)...])
            }
            guard let option = spec.option(named: name) else {
                throw unknownOption(name)
            }
            if option.isFlag {
                if inlineValue != nil { throw usage("option '\(name)' takes no value") }
                flags.insert(name)
                continue
            }
            var value: String
            if let inlineValue {
                value = inlineValue
            } else if index < arguments.count, !isOption(arguments[index]) {
                value = arguments[index]
                index += 1
            } else {
                throw usage("option '\(name)' needs a value (\(option.value!))")
            }
            if values[name] != nil { throw usage("option '\(name)' is given twice") }
            if let choices = option.choices {
                value = try choice(value, among: choices, for: name)
            }
            try checkCharacters(value, of: name)
            values[name] = value
        }
        if flags.contains("--help") { return }
        for positional in positionals { try checkCharacters(positional, of: nil) }
        try checkPositionals()
    }

    /// The one of `choices` that `value` names, typed as people type it: "In Progress", "in progress"
    /// and "in_progress" all name `in-progress`, "JSON" names `json`.
    ///
    /// Anything else is refused with every choice listed, and the nearest suggested when one is near.
    private func choice(_ value: String, among choices: [String], for name: String) throws(UsageError)
        -> String
    {
        if choices.contains(value) { return value }
        let key = ParsedArguments.choiceKey(value)
        if let match = choices.first(where: { ParsedArguments.choiceKey($0) == key }) { return match }
        let hint = EditDistance.suggestion(for: key, among: choices).map { "did you mean '\($0)'?" }
        throw UsageError(
            "'\(value)' is not a valid value for \(name); expected one of: \(choices.joined(separator: ", "))",
            hint: hint, command: spec.name)
    }

    /// A value reduced to lowercase words joined by hyphens: "Signed Off" → "signed-off".
    static func choiceKey(_ value: String) -> String {
        value.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).joined(separator: "-")
    }

    /// The options whose text may run over several lines; every other value is one line.
    static let multilineOptions: Set<String> = ["--note", "--reason", "--measure", "--evidence", "--action"]

    /// Refuses a value holding a control character (an escape sequence, a bell, a line break where one
    /// line is expected): stored in a plan, it would reach every terminal that shows the plan.
    private func checkCharacters(_ value: String, of name: String?) throws(UsageError) {
        let allowsLines = name.map(Self.multilineOptions.contains) ?? false
        for scalar in value.unicodeScalars {
            let code = scalar.value
            let isControl = code < 0x20 || (0x7F...0x9F).contains(code)
            guard isControl, !(allowsLines && (code == 0x0A || code == 0x09)) else { continue }
            let hex = String(code, radix: 16, uppercase: true)
            let shown = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
            let named =
                code == 0x1B ? "an escape character" : code == 0x0A ? "a line break" : "a control character"
            throw UsageError(
                "\(name ?? "the argument '\(value)'") contains \(named) (\(shown)); type plain text"
                    + (allowsLines || code != 0x0A ? "" : " on one line"),
                command: spec.name)
        }
    }

    /// Whether `word` looks like one of the command's options rather than a value.
    private func isOption(_ word: String) -> Bool {
        guard word.hasPrefix("--") else { return false }
        let name = word.split(separator: "=", maxSplits: 1).first.map(String.init) ?? word
        return spec.option(named: name) != nil || word == "--"
    }

    private func unknownOption(_ name: String) -> UsageError {
        let suggestion = EditDistance.suggestion(for: name, among: spec.allOptions.map(\.name))
        return UsageError(
            "unknown option '\(name)'", hint: suggestion.map { "did you mean '\($0)'?" }, command: spec.name)
    }

    private func usage(_ message: String) -> UsageError {
        UsageError(message, command: spec.name)
    }

    private func checkPositionals() throws(UsageError) {
        let required = spec.arguments.filter { $0.count == .one }.count
        let unlimited = spec.arguments.contains { $0.count == .many }
        let maximum = unlimited ? Int.max : spec.arguments.count
        if positionals.count < required {
            let missing = spec.arguments.filter { $0.count == .one }[positionals.count]
            throw usage("missing \(missing.name): \(missing.help)")
        }
        if positionals.count > maximum {
            let extra = positionals[maximum]
            if let suggestion = EditDistance.suggestion(for: extra, among: spec.allOptions.map(\.name)),
                extra.hasPrefix("-")
            {
                throw UsageError(
                    "unexpected argument '\(extra)'", hint: "did you mean '\(suggestion)'?",
                    command: spec.name)
            }
            throw usage("unexpected argument '\(extra)'")
        }
    }

    /// Whether the flag `name` was given.
    func has(_ name: String) -> Bool { flags.contains(name) }

    /// The value of option `name`, if given.
    func value(_ name: String) -> String? { values[name] }

    /// The value of `name` as a calendar day: `YYYY-MM-DD`, `DD/MM/YYYY` or `today`, within
    /// ``CalendarDay/typedYears``; impossible dates such as 2012-02-30 are refused, never rolled over.
    func day(_ name: String) throws(UsageError) -> CalendarDay? {
        guard let text = values[name] else { return nil }
        guard let today else {
            preconditionFailure("ParsedArguments.today is set by the tool before any command runs")
        }
        do throws(CalendarDay.TypedDateProblem) {
            return try CalendarDay(typed: text, today: today)
        } catch .notADate {
            throw UsageError(
                "'\(text)' is not a valid date for \(name); expected \(CalendarDay.typedForms)",
                command: spec.name)
        } catch {
            throw UsageError(
                "'\(text)' is outside the dates actionplan accepts for \(name): years "
                    + "\(CalendarDay.typedYears.lowerBound) to \(CalendarDay.typedYears.upperBound)",
                command: spec.name)
        }
    }

    /// The value of `name` as a day that has already come (today or earlier): a report's publication
    /// date, which is known only once it has happened.
    func pastDay(_ name: String, what: String) throws(UsageError) -> CalendarDay? {
        guard let day = try day(name), let today else { return nil }
        guard day <= today else {
            throw UsageError(
                "\(name) \(day): that is after today (\(today)); \(what) is a day that has already come",
                hint: "give the date printed on the report or its web page", command: spec.name)
        }
        return day
    }

    /// The value of `name` as a whole number within `range`.
    func integer(_ name: String, in range: ClosedRange<Int>) throws(UsageError) -> Int? {
        guard let text = values[name] else { return nil }
        guard let number = Int(text), range.contains(number) else {
            throw UsageError(
                "'\(text)' is not valid for \(name); expected a whole number from \(range.lowerBound) to \(range.upperBound)",
                command: spec.name)
        }
        return number
    }

    /// The value of `name` as a non-empty string.
    func text(_ name: String) throws(UsageError) -> String? {
        guard let text = values[name] else { return nil }
        guard !text.allSatisfy(\.isWhitespace) else {
            throw UsageError("\(name) needs some text", command: spec.name)
        }
        return text
    }
}
