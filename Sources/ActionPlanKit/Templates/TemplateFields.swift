/// The names a report view gives its templates, each with how its value is found in the view.
///
/// Declared once per view, so the data a template is rendered with and the names a template is
/// allowed to use (its ``shape``) come from the same list and cannot disagree.
struct TemplateFields<Subject>: Sendable {
    /// One name and how its value is found.
    struct Field: Sendable {
        let name: String
        let shape: TemplateShape
        let value: @Sendable (Subject) -> TemplateValue

        /// Text, or nothing when `value` gives `nil`.
        static func text(_ name: String, _ value: @escaping @Sendable (Subject) -> String?) -> Field {
            Field(name: name, shape: .value) { TemplateValue.optional(value($0)) }
        }

        /// A yes/no flag.
        static func flag(_ name: String, _ value: @escaping @Sendable (Subject) -> Bool) -> Field {
            Field(name: name, shape: .value) { .bool(value($0)) }
        }

        /// A list of items, each described by `fields`.
        static func list<Item: Sendable>(
            _ name: String, _ fields: TemplateFields<Item>, _ items: @escaping @Sendable (Subject) -> [Item]
        ) -> Field {
            Field(name: name, shape: .list(fields.shape)) { .list(items($0).map(fields.value)) }
        }

        /// A part described by `fields`, or nothing when `part` gives `nil`.
        static func object<Part: Sendable>(
            _ name: String, _ fields: TemplateFields<Part>, _ part: @escaping @Sendable (Subject) -> Part?
        ) -> Field {
            Field(name: name, shape: fields.shape) { part($0).map(fields.value) ?? .null }
        }
    }

    private let fields: [Field]
    /// Each field's value by name: only the closure, so that a lookup copies nothing more.
    private let values: [Template.Name: @Sendable (Subject) -> TemplateValue]

    /// The fields, in any order; each name once.
    init(_ fields: [Field]) {
        precondition(Set(fields.map(\.name)).count == fields.count, "a template name is declared twice")
        self.fields = fields
        values = Dictionary(uniqueKeysWithValues: fields.map { (Template.Name($0.name), $0.value) })
    }

    /// The names offered and the shape of each.
    var shape: TemplateShape {
        .object(Dictionary(uniqueKeysWithValues: fields.map { ($0.name, $0.shape) }))
    }

    /// `subject`'s values under every declared name, each worked out when a template asks for it.
    func value(_ subject: Subject) -> TemplateValue where Subject: Sendable {
        let values = values
        return .record(TemplateRecord { name in values[name].map { $0(subject) } })
    }
}
