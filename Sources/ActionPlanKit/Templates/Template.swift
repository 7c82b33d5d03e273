/// A parsed template: Mustache-like text with `{{name}}`, sections, comments and partials.
///
/// Supported tags: `{{name}}` and `{{a.b.c}}` (printed escaped for the format), `{{.}}` (the current
/// item), sections `{{#name}}…{{/name}}` over lists, flags, objects and non-empty text, inverted
/// sections `{{^name}}…{{/name}}`, comments `{{! … }}` and partials `{{> name}}`. A line holding only
/// a section, close, comment or partial tag (and blanks) leaves nothing behind, not even its line
/// break. Unescaped output (`{{{x}}}`, `{{&x}}`) and changing delimiters are refused: every value is
/// escaped, so data can never become markup.
public struct Template: Sendable {
    /// The template's name, used in errors and to find it as a partial.
    public let name: String
    let nodes: [Node]

    /// A piece of a parsed template.
    indirect enum Node: Sendable {
        /// Literal text, as UTF-8 ready to copy.
        case text([UInt8])
        /// A value to print: what the tag names and where the tag is.
        case variable(Path, Position)
        /// A section, or an inverted section, with its contents.
        case section(Path, inverted: Bool, [Node], Position)
        /// Another template included here.
        case partial(String, Position)
    }

    /// What a tag names, worked out once when the template is parsed rather than at every lookup.
    enum Path: Sendable, Equatable {
        /// `.`: the current item.
        case current
        /// `a.b.c`: a name looked for from the innermost context outwards, then fields within it.
        case names([Name])

        /// The path as the template spells it.
        var written: String {
            switch self {
            case .current: "."
            case .names(let names): names.map(\.text).joined(separator: ".")
            }
        }
    }

    /// A name in a tag or a report's fields, hashed once when it is made: a field is found by name
    /// several times a row, and hashing the text each time cost more than the rest of finding it.
    struct Name: Hashable, Sendable {
        let text: String
        private let key: Int

        init(_ text: String) {
            self.text = text
            key = text.hashValue
        }

        func hash(into hasher: inout Hasher) { hasher.combine(key) }

        static func == (left: Name, right: Name) -> Bool { left.key == right.key && left.text == right.text }
    }

    /// A place in a template's source, 1-based.
    struct Position: Sendable {
        var line: Int
        var column: Int
    }

    /// Parses `source`, reporting the first fault with the template's name, line and column.
    public init(name: String, source: String) throws(TemplateError) {
        self.name = name
        var parser = TemplateParser(name: name, source: source)
        nodes = try parser.parse()
    }

    /// The names of the partials the template includes, with where each is first named.
    var partialReferences: [(name: String, position: Position)] {
        var found: [(String, Position)] = []
        func visit(_ nodes: [Node]) {
            for node in nodes {
                switch node {
                case .partial(let name, let position): found.append((name, position))
                case .section(_, _, let children, _): visit(children)
                case .text, .variable: break
                }
            }
        }
        visit(nodes)
        return found
    }
}

/// Turns template source into nodes, one character at a time, keeping line and column for errors.
private struct TemplateParser {
    let name: String
    let characters: [Character]
    var index = 0
    var line = 1
    var column = 1

    /// Whether the current line so far holds only blanks, so a tag on it may be standalone.
    var lineIsBlankSoFar = true

    /// The open sections, innermost last, each with the nodes gathered inside it so far.
    var stack: [(path: Template.Path, inverted: Bool, position: Template.Position, nodes: [Template.Node])] =
        []
    var nodes: [Template.Node] = []
    var text = ""

    init(name: String, source: String) {
        self.name = name
        characters = Array(source)
    }

    mutating func parse() throws(TemplateError) -> [Template.Node] {
        while index < characters.count {
            if characters[index] == "{", next(1) == "{" {
                try parseTag()
            } else {
                let character = characters[index]
                text.append(character)
                advance()
                if character == "\n" || character == "\r\n" {
                    lineIsBlankSoFar = true
                } else if character != " " && character != "\t" {
                    lineIsBlankSoFar = false
                }
            }
        }
        flushText()
        if let open = stack.last {
            throw error(at: open.position, .unclosedSection(open.path.written))
        }
        return nodes
    }

    private mutating func parseTag() throws(TemplateError) {
        let start = Template.Position(line: line, column: column)
        guard let close = findClose(from: index + 2, comment: next(2) == "!") else {
            throw error(at: start, .badTag("'{{' is never closed by '}}'"))
        }
        let content = String(characters[(index + 2)..<close])
        let sigil = content.first
        let body = String(content.dropFirst()).trimmingCharacters(in: " \t")
        let kind: Character? = sigil.flatMap { "#^/!>".contains($0) ? $0 : nil }
        switch sigil {
        case "{", "&":
            throw error(
                at: start,
                .badTag("unescaped output ('{{\(sigil!)') is not supported; values are always escaped"))
        case "=":
            throw error(at: start, .badTag("changing delimiters ('{{=') is not supported"))
        default: break
        }
        let standalone = kind != nil && lineIsBlankSoFar && restOfLineIsBlank(after: close + 2)
        if standalone {
            // The blanks before the tag belong to the tag's line, which disappears with it.
            while let last = text.last, last == " " || last == "\t" { text.removeLast() }
        }
        let tagEnd = close + 2
        while index < tagEnd { advance() }
        if standalone {
            while index < characters.count, characters[index] == " " || characters[index] == "\t" {
                advance()
            }
            if index < characters.count { advance() }  // the line break
        } else {
            lineIsBlankSoFar = false
        }
        switch kind {
        case "!":
            return
        case ">":
            guard isValidName(body) else { throw badName(body, at: start) }
            flushText()
            nodes.append(.partial(body, start))
        case "#", "^":
            let path = try parsePath(body, at: start)
            flushText()
            stack.append((path, kind == "^", start, nodes))
            nodes = []
        case "/":
            let path = try parsePath(body, at: start)
            flushText()
            guard let open = stack.popLast() else {
                throw error(at: start, .mismatchedClose(expected: nil, found: path.written))
            }
            guard open.path == path else {
                throw error(
                    at: start,
                    .mismatchedClose(
                        expected: open.path.written, found: path.written))
            }
            let inner = nodes
            nodes = open.nodes
            nodes.append(.section(open.path, inverted: open.inverted, inner, open.position))
        default:
            let path = try parsePath(content.trimmingCharacters(in: " \t"), at: start)
            flushText()
            nodes.append(.variable(path, start))
        }
    }

    private func next(_ offset: Int) -> Character? {
        index + offset < characters.count ? characters[index + offset] : nil
    }

    /// The index of the `}}` ending the tag; a comment may span lines and hold anything but `}}`.
    private func findClose(from start: Int, comment: Bool) -> Int? {
        var position = start
        while position + 1 < characters.count {
            if characters[position] == "}" && characters[position + 1] == "}" { return position }
            if comment {
                position += 1
                continue
            }
            // A new "{{" before any "}}" means this tag was never closed.
            if characters[position] == "{" && characters[position + 1] == "{" { return nil }
            if characters[position] == "\n" || characters[position] == "\r\n" { return nil }
            position += 1
        }
        return nil
    }

    private func restOfLineIsBlank(after position: Int) -> Bool {
        var position = position
        while position < characters.count {
            switch characters[position] {
            case " ", "\t": position += 1
            case "\n", "\r\n": return true
            default: return false
            }
        }
        return true
    }

    private mutating func advance() {
        if characters[index] == "\n" || characters[index] == "\r\n" {
            line += 1
            column = 1
        } else {
            column += 1
        }
        index += 1
    }

    private mutating func flushText() {
        if !text.isEmpty {
            nodes.append(.text(Array(text.utf8)))
            text = ""
        }
    }

    private func parsePath(
        _ body: String, at position: Template.Position
    ) throws(TemplateError) -> Template.Path {
        if body == "." { return .current }
        guard isValidName(body) else { throw badName(body, at: position) }
        return .names(body.split(separator: ".").map { Template.Name(String($0)) })
    }

    private func isValidName(_ body: String) -> Bool {
        guard !body.isEmpty, !body.hasPrefix("."), !body.hasSuffix("."), !body.contains("..") else {
            return false
        }
        return body.allSatisfy { character in
            character.isLetter || character.isNumber || character == "_" || character == "-"
                || character == "."
        }
    }

    private func badName(_ body: String, at position: Template.Position) -> TemplateError {
        body.isEmpty
            ? error(at: position, .badTag("the tag names nothing"))
            : error(
                at: position, .badTag("'\(body)' is not a name (letters, digits, '_', '-', dots between)"))
    }

    private func error(at position: Template.Position, _ kind: TemplateError.Kind) -> TemplateError {
        TemplateError(template: name, line: position.line, column: position.column, kind: kind)
    }
}
