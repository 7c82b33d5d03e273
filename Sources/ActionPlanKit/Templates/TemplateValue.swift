/// The data a template is rendered with: text, yes/no, lists and named fields, as in JSON.
public enum TemplateValue: Hashable, Sendable {
    /// Text, escaped for the template's format when printed.
    case text(String)
    /// A yes/no flag: a section over it is shown once when true.
    case bool(Bool)
    /// A list: a section over it is shown once per item.
    case list([TemplateValue])
    /// Named fields, found by `{{name}}` and `{{name.field}}`.
    case object([String: TemplateValue])
    /// Nothing: prints as nothing and counts as false.
    case null

    /// Whether a section shows: not null, not false, not an empty list and not empty text.
    ///
    /// Empty text counts as false (unlike some Mustache engines) so `{{^owner}}no owner{{/owner}}`
    /// works for a field that is present but blank.
    public var isTruthy: Bool {
        switch self {
        case .text(let text): !text.isEmpty
        case .bool(let flag): flag
        case .list(let items): !items.isEmpty
        case .object: true
        case .null: false
        }
    }

    /// The value's field `name`, or `nil` when it is not an object or has no such field.
    subscript(name: String) -> TemplateValue? {
        guard case .object(let fields) = self else { return nil }
        return fields[name]
    }

    /// Text for a value that may be absent: `.null` for `nil`.
    public static func optional(_ text: String?) -> TemplateValue {
        text.map(TemplateValue.text) ?? .null
    }

    /// Text for anything with a description: numbers, days, IDs.
    public static func describing(_ value: (some CustomStringConvertible)?) -> TemplateValue {
        value.map { .text($0.description) } ?? .null
    }
}

extension TemplateValue: ExpressibleByStringLiteral {
    /// Text from a literal.
    public init(stringLiteral value: String) { self = .text(value) }
}

extension TemplateValue: ExpressibleByBooleanLiteral {
    /// A flag from a literal.
    public init(booleanLiteral value: Bool) { self = .bool(value) }
}

extension TemplateValue: ExpressibleByIntegerLiteral {
    /// A number from a literal, held as its text.
    public init(integerLiteral value: Int) { self = .text(String(value)) }
}

extension TemplateValue: ExpressibleByArrayLiteral {
    /// A list from a literal.
    public init(arrayLiteral elements: TemplateValue...) { self = .list(elements) }
}

extension TemplateValue: ExpressibleByDictionaryLiteral {
    /// An object from a literal.
    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        self = .object(Dictionary(elements) { _, last in last })
    }
}
