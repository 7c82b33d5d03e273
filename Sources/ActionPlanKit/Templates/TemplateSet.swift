/// Templates that may include one another as partials, all escaping values the same way.
public struct TemplateSet: Sendable {
    /// How printed values are escaped.
    public let escaping: TemplateEscaping
    let templates: [String: Template]

    /// The deepest partials may nest; only a template including itself gets near it.
    static let maximumDepth = 32

    /// Parses every template (name → source) and checks that every partial each names exists.
    public init(_ sources: [String: String], escaping: TemplateEscaping) throws(TemplateError) {
        // Sorted, so that of several faulty templates the same one is always reported.
        try self.init(sources, roots: sources.keys.sorted(), escaping: escaping)
    }

    /// Parses the templates `roots` and the partials they include, and checks that every partial
    /// named exists; a template of `sources` that none of them includes is not parsed at all.
    public init(_ sources: [String: String], roots: [String], escaping: TemplateEscaping)
        throws(TemplateError)
    {
        var templates: [String: Template] = [:]
        // Each template with the place that names it: the root itself, then where it is included.
        var pending = roots.reversed().map { (name: $0, includedBy: nil as (String, Template.Position)?) }
        while let (name, includedBy) = pending.popLast() {
            guard templates[name] == nil else { continue }
            guard let source = sources[name] else {
                // A root that does not exist is reported when it is rendered or checked.
                guard let (includer, position) = includedBy else { continue }
                throw TemplateError(
                    template: includer, line: position.line, column: position.column,
                    kind: .unknownPartial(name))
            }
            let template = try Template(name: name, source: source)
            templates[name] = template
            pending += template.partialReferences.reversed().map { ($0.name, (name, $0.position)) }
        }
        self.templates = templates
        self.escaping = escaping
    }

    /// Renders the template `name` with `value` as its data.
    public func render(_ name: String, with value: TemplateValue) throws(TemplateError) -> String {
        String(decoding: Array(try renderUTF8(name, with: value).joined()), as: UTF8.self)
    }

    /// ``render(_:with:)`` as runs of UTF-8 that follow one another: the runs of a long list rendered
    /// on several cores are handed over as they were made, never copied into one buffer.
    public func renderUTF8(_ name: String, with value: TemplateValue) throws(TemplateError) -> [[UInt8]] {
        guard let template = templates[name] else {
            throw TemplateError(template: name, line: 1, column: 1, kind: .unknownPartial(name))
        }
        var output = Output()
        var stack = [value]
        try render(template.nodes, in: template, stack: &stack, depth: 0, into: &output)
        return output.runs
    }

    /// Rendered text: the runs finished so far, and the one being written.
    private struct Output {
        var finished: [[UInt8]] = []
        var bytes: [UInt8] = []

        /// Every run, in order, none empty.
        var runs: [[UInt8]] { bytes.isEmpty ? finished : finished + [bytes] }

        /// Appends `other`'s runs as they are; what follows is written into a new run.
        mutating func append(_ other: Output) {
            if !bytes.isEmpty { finished.append(bytes) }
            finished += other.runs
            bytes = []
        }
    }

    private func render(
        _ nodes: [Template.Node], in template: Template, stack: inout [TemplateValue], depth: Int,
        into output: inout Output
    ) throws(TemplateError) {
        for node in nodes {
            switch node {
            case .text(let text):
                output.bytes += text
            case .variable(let path, _):
                switch TemplateSet.lookup(path, in: stack) {
                case .text(let text): escaping.write(text, into: &output.bytes)
                case .bool(let flag): output.bytes += (flag ? "true" : "false").utf8
                case .list, .object, .record, .null: break
                }
            case .section(let path, let inverted, let children, _):
                let value = TemplateSet.lookup(path, in: stack)
                if inverted {
                    if !value.isTruthy {
                        try render(children, in: template, stack: &stack, depth: depth, into: &output)
                    }
                    continue
                }
                guard value.isTruthy else { continue }
                switch value {
                case .list(let items):
                    try render(
                        children, over: items, in: template, stack: &stack, depth: depth, into: &output)
                case .bool:
                    try render(children, in: template, stack: &stack, depth: depth, into: &output)
                default:
                    stack.append(value)
                    try render(children, in: template, stack: &stack, depth: depth, into: &output)
                    stack.removeLast()
                }
            case .partial(let name, let position):
                guard depth < TemplateSet.maximumDepth else {
                    throw TemplateError(
                        template: template.name, line: position.line, column: position.column,
                        kind: .partialsTooDeep(name))
                }
                // Checked when the set was built, so every partial named exists.
                let partial = templates[name]!
                try render(partial.nodes, in: partial, stack: &stack, depth: depth + 1, into: &output)
            }
        }
    }

    /// Items rendered one after another; a longer list is cut into runs of at least this many.
    static let itemsPerRun = 256

    /// `nodes` once for each of `items`, in order.
    ///
    /// A long list (a portfolio's 50,000 rows) is cut into runs rendered on every core, each into its
    /// own runs from its own copy of the stack, kept in order. Of several failing items, the
    /// first one's error is thrown, as when the items are rendered one by one.
    private func render(
        _ nodes: [Template.Node], over items: [TemplateValue], in template: Template,
        stack: inout [TemplateValue], depth: Int, into output: inout Output
    ) throws(TemplateError) {
        let runs = chunks(of: items.count, into: items.count / TemplateSet.itemsPerRun)
        guard runs.count > 1 else {
            return try render(
                nodes, over: items[...], in: template, stack: &stack, depth: depth, into: &output)
        }
        let outer = stack
        let parts = try concurrentMap(runs.count) { (run) throws(TemplateError) -> Output in
            var stack = outer
            var part = Output()
            try render(nodes, over: items[runs[run]], in: template, stack: &stack, depth: depth, into: &part)
            return part
        }
        for part in parts { output.append(part) }
    }

    private func render(
        _ nodes: [Template.Node], over items: ArraySlice<TemplateValue>, in template: Template,
        stack: inout [TemplateValue], depth: Int, into output: inout Output
    ) throws(TemplateError) {
        for item in items {
            stack.append(item)
            try render(nodes, in: template, stack: &stack, depth: depth, into: &output)
            stack.removeLast()
        }
    }

    /// The value at `path`: its first name is looked for from the innermost context outwards, the
    /// rest only inside what that finds. Anything missing is `.null`.
    static func lookup(_ path: Template.Path, in stack: [TemplateValue]) -> TemplateValue {
        guard case .names(let names) = path else { return stack.last ?? .null }
        var index = stack.endIndex
        while index > stack.startIndex {
            index -= 1
            guard var value = stack[index][names[0]] else { continue }
            for name in names.dropFirst() {
                guard let field = value[name] else { return .null }
                value = field
            }
            return value
        }
        return .null
    }
}
