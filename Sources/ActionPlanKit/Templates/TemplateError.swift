/// A fault in a template: which template, where in it, and what is wrong.
public struct TemplateError: Error, Hashable, Sendable {
    /// What went wrong.
    public enum Kind: Hashable, Sendable {
        /// A section was opened and never closed.
        case unclosedSection(String)
        /// A close tag does not match the innermost open section (`nil` when none is open).
        case mismatchedClose(expected: String?, found: String)
        /// A partial names no template that exists.
        case unknownPartial(String)
        /// A tag is malformed: empty, unterminated, or with a character a name cannot hold.
        case badTag(String)
        /// A template's output is not possible in the chosen format (e.g. a `--template` for JSON).
        case formatHasNoTemplate(String)
        /// Partials include one another more deeply than any sensible template would.
        case partialsTooDeep(String)
        /// A tag names something the report does not offer there; `suggestion` is the nearest it does.
        case unknownName(String, suggestion: String?)
        /// A dotted tag names a field its value does not have, e.g. `{{chart.widht}}`.
        case unknownField(String, of: String, suggestion: String?)
    }

    /// The template's name, e.g. `overdue.html` or the user's file name.
    public var template: String
    /// The 1-based line of the fault.
    public var line: Int
    /// The 1-based column (in characters) of the fault.
    public var column: Int
    /// What is wrong.
    public var kind: Kind

    /// Creates an error.
    public init(template: String, line: Int, column: Int, kind: Kind) {
        self.template = template
        self.line = line
        self.column = column
        self.kind = kind
    }

    /// The fault in words, e.g. `overdue.html:12:5: section 'plans' is never closed`.
    public var description: String {
        "\(template):\(line):\(column): \(what)"
    }

    private var what: String {
        switch kind {
        case .unclosedSection(let name):
            "section '\(name)' is never closed; add {{/\(name)}}"
        case .mismatchedClose(let expected?, let found):
            "{{/\(found)}} closes a section that is not open; the open section is '\(expected)'"
        case .mismatchedClose(nil, let found):
            "{{/\(found)}} closes a section that is not open"
        case .unknownPartial(let name):
            "there is no partial named '\(name)'"
        case .badTag(let detail):
            "bad tag: \(detail)"
        case .formatHasNoTemplate(let format):
            "the \(format) format is not rendered through a template, so --template cannot change it"
        case .partialsTooDeep(let name):
            "partial '\(name)' includes partials too deeply (is it including itself?)"
        case .unknownName(let name, let suggestion):
            "the report has no value named '\(name)' here"
                + (suggestion.map { "; did you mean '\($0)'?" } ?? "; Templates/README.md lists the names")
        case .unknownField(let name, let parent, let suggestion):
            "'\(parent)' has no field '\(name)'"
                + (suggestion.map { "; did you mean '\(parent).\($0)'?" }
                    ?? "; Templates/README.md lists the names")
        }
    }
}
