/// One command's arguments and options: the single table the scanner, the help and completions read.
struct CommandSpec: Sendable {
    /// The command's name, e.g. "overdue".
    var name: String
    /// One line saying what it does.
    var summary: String
    /// The positional arguments, in order.
    var arguments: [ArgumentSpec] = []
    /// The command's own options; `--plans` and `--help` are added to every command.
    var options: [OptionSpec] = []
    /// Worked examples shown in help.
    var examples: [String] = []
    /// A few sentences of detail for help, if needed.
    var discussion: String? = nil

    /// Every option the command accepts, its own followed by the common ones.
    var allOptions: [OptionSpec] { options + OptionSpec.common }

    /// The option called `name` (with its dashes), if the command has one.
    func option(named name: String) -> OptionSpec? {
        allOptions.first { $0.name == name }
    }
}

/// A positional argument.
struct ArgumentSpec: Sendable {
    /// How many values it takes.
    enum Count: Sendable {
        /// Exactly one.
        case one
        /// Zero or one.
        case optional
        /// Zero or more.
        case many
    }

    /// The placeholder shown in usage, e.g. "PLAN".
    var name: String
    /// What it is.
    var help: String
    /// How many values it takes.
    var count: Count = .one
    /// What completions offer for it.
    var completion: Completion = .none
}

/// An option such as `--as-of DATE` or the flag `--force`.
struct OptionSpec: Sendable {
    /// The name with its dashes, e.g. "--as-of".
    var name: String
    /// The placeholder for its value, e.g. "DATE"; `nil` for a flag.
    var value: String?
    /// What it does.
    var help: String
    /// The default, as shown in help ("today", "./Plans").
    var defaultValue: String? = nil
    /// The only values allowed, checked while scanning so a typo never falls back to a default.
    var choices: [String]? = nil
    /// What completions offer for its value.
    var completion: Completion = .none

    /// Whether the option is a flag that takes no value.
    var isFlag: Bool { value == nil }

    /// The options every command takes.
    static let common: [OptionSpec] = [
        OptionSpec(
            name: "--plans", value: "DIR", help: "the folder holding the plan files",
            defaultValue: "$ACTIONPLAN_PLANS, else ./Plans", completion: .directory),
        OptionSpec(name: "--help", value: nil, help: "show this help"),
    ]
}

/// What shell completion offers for an argument or option value.
enum Completion: Sendable {
    /// Nothing in particular.
    case none
    /// A file name.
    case file
    /// A folder name.
    case directory
    /// A plan name from the plans folder.
    case plan
    /// An action ID of the plan named before it.
    case action
}
