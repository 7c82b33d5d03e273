/// The names a template's data offers, as a tree: what a report view declares it gives its templates.
///
/// A template is checked against its report's shape when it is loaded, so a misspelt name is an error
/// with its line and column rather than an empty space in the output.
public indirect enum TemplateShape: Hashable, Sendable {
    /// Text or a flag: printed, or tested by a section.
    case value
    /// A list whose items all have the given shape.
    case list(TemplateShape)
    /// Named fields.
    case object([String: TemplateShape])

    /// The field `name` of an object, or `nil` when this is not an object or has no such field.
    subscript(name: String) -> TemplateShape? {
        guard case .object(let fields) = self else { return nil }
        return fields[name]
    }

    /// The shape of what a section over a value of this shape puts in scope: a list's items, an
    /// object itself, or nothing for text and flags.
    var sectionScope: TemplateShape {
        switch self {
        case .list(let item): item
        case .object, .value: self
        }
    }

    /// The field names an object offers (none for anything else).
    var names: [String] {
        guard case .object(let fields) = self else { return [] }
        return fields.keys.sorted()
    }
}
