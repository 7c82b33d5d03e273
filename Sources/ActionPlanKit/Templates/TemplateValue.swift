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
    /// Named fields worked out only when a template asks for one (see ``TemplateRecord``).
    case record(TemplateRecord)
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
        case .object, .record: true
        case .null: false
        }
    }

    /// The value's field `name`, or `nil` when it is not an object or has no such field.
    subscript(name: Template.Name) -> TemplateValue? {
        switch self {
        case .object(let fields): fields[name.text]
        case .record(let record): record.lookup(name)
        default: nil
        }
    }

    /// The value's field `name`, or `nil` when it is not an object or has no such field.
    subscript(name: String) -> TemplateValue? { self[Template.Name(name)] }

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

/// Named fields whose values are worked out when a template asks for them, not before.
///
/// A row of a report offers two dozen names and a table's template prints a handful; some values
/// (a RAG reason in words, a shortened action) cost more than the rest of the row together. Two
/// records are equal only when they are the same record.
public struct TemplateRecord: Hashable, Sendable {
    private final class Storage: Sendable {
        let lookup: @Sendable (Template.Name) -> TemplateValue?
        init(_ lookup: @escaping @Sendable (Template.Name) -> TemplateValue?) { self.lookup = lookup }
    }

    private let storage: Storage

    /// A record whose field `name` is `lookup(name)`, `nil` when it has no such field.
    init(_ lookup: @escaping @Sendable (Template.Name) -> TemplateValue?) {
        storage = Storage(lookup)
    }

    /// The field `name`, worked out now.
    func lookup(_ name: Template.Name) -> TemplateValue? { storage.lookup(name) }

    /// Whether the two are the same record.
    public static func == (left: TemplateRecord, right: TemplateRecord) -> Bool {
        left.storage === right.storage
    }

    /// Hashes the record's identity.
    public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(storage)) }
}
