extension TemplateSet {
    /// Checks that the template `name`, and every partial it includes, uses only names that data of
    /// `shape` offers where each is used; the first that does not is reported with its line and column.
    ///
    /// Rendering treats a missing name as nothing, as Mustache does, so without this check a misspelt
    /// `{{ownr}}` or `{{#overdu}}` would print an empty space and nobody would notice.
    public func check(_ name: String, against shape: TemplateShape) throws(TemplateError) {
        guard let template = templates[name] else {
            throw TemplateError(template: name, line: 1, column: 1, kind: .unknownPartial(name))
        }
        var scopes = [shape]
        try check(template.nodes, in: template, scopes: &scopes, depth: 0)
    }

    private func check(
        _ nodes: [Template.Node], in template: Template, scopes: inout [TemplateShape], depth: Int
    ) throws(TemplateError) {
        for node in nodes {
            switch node {
            case .text:
                break
            case .variable(let path, let position):
                _ = try resolve(path, in: scopes, template: template, at: position)
            case .section(let path, let inverted, let children, let position):
                let shape = try resolve(path, in: scopes, template: template, at: position)
                // An inverted section shows only when its value is absent, so it opens no scope.
                if !inverted { scopes.append(shape.sectionScope) }
                try check(children, in: template, scopes: &scopes, depth: depth)
                if !inverted { scopes.removeLast() }
            case .partial(let name, _):
                // Rendering reports partials that include themselves; checking just stops there.
                guard depth < TemplateSet.maximumDepth, let partial = templates[name] else { continue }
                try check(partial.nodes, in: partial, scopes: &scopes, depth: depth + 1)
            }
        }
    }

    /// The shape at `path` as rendering would look it up, or an error naming the first unknown name.
    private func resolve(
        _ path: Template.Path, in scopes: [TemplateShape], template: Template, at position: Template.Position
    ) throws(TemplateError) -> TemplateShape {
        guard case .names(let names) = path else { return scopes.last ?? .value }
        let path = names.map(\.text)
        guard var shape = scopes.reversed().lazy.compactMap({ $0[path[0]] }).first else {
            let known = Set(scopes.flatMap(\.names))
            throw TemplateError(
                template: template.name, line: position.line, column: position.column,
                kind: .unknownName(path[0], suggestion: EditDistance.suggestion(for: path[0], among: known)))
        }
        for (index, name) in path.enumerated().dropFirst() {
            guard let field = shape[name] else {
                let within = path[..<index].joined(separator: ".")
                throw TemplateError(
                    template: template.name, line: position.line, column: position.column,
                    kind: .unknownField(
                        name, of: within, suggestion: EditDistance.suggestion(for: name, among: shape.names)))
            }
            shape = field
        }
        return shape
    }
}
