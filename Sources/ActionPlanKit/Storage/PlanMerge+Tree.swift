import Foundation

extension PlanMerge {
    /// A JSON value as the merge sees it: positions dropped, members in file order.
    indirect enum Value: Equatable, Sendable {
        /// An object's members.
        case object([Member])
        /// An array's elements.
        case array([Value])
        /// A string.
        case string(String)
        /// A number, `true`, `false` or `null`, as written.
        case scalar(String)

        /// One member of an object.
        struct Member: Equatable, Sendable {
            var key: String
            var value: Value
        }

        /// The value of an outline's node.
        init(_ node: JSONOutline.Node) {
            switch node {
            case .object(_, let members):
                self = .object(members.map { Member(key: $0.key, value: Value($0.value)) })
            case .array(_, let elements): self = .array(elements.map(Value.init))
            case .string(_, let value): self = .string(value)
            case .scalar(_, let text): self = .scalar(text)
            }
        }

        /// The member `key` of an object, else `nil`.
        subscript(key: String) -> Value? {
            guard case .object(let members) = self else { return nil }
            return members.first { $0.key == key }?.value
        }

        /// The object with member `key` set to `value` (added when missing); other values unchanged.
        func setting(_ key: String, to value: Value) -> Value {
            guard case .object(var members) = self else { return self }
            if let index = members.firstIndex(where: { $0.key == key }) {
                members[index].value = value
            } else {
                members.append(Member(key: key, value: value))
            }
            return .object(members)
        }

        /// The elements of an array, else none.
        var elements: [Value] {
            if case .array(let elements) = self { elements } else { [] }
        }

        /// A string's text or a scalar's, else `nil`.
        var text: String? {
            switch self {
            case .string(let text), .scalar(let text): text
            case .object, .array: nil
            }
        }

        /// The value as JSON text, written by the library's one JSON writer.
        var json: String {
            var writer = JSONWriter()
            write(to: &writer)
            return writer.text()
        }

        /// The value as a person reads it in a conflict message: strings unquoted, `null` as "(empty)".
        var shown: String {
            switch self {
            case .string(let text): text
            case .scalar("null"): "(empty)"
            case .scalar(let text): text
            case .array, .object:
                // On one line, as the writer's indentation would spread it over several.
                json.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined()
            }
        }

        private func write(to writer: inout JSONWriter) {
            switch self {
            case .object(let members):
                writer.object { writer in
                    for member in members {
                        writer.member(member.key)
                        member.value.write(to: &writer)
                    }
                }
            case .array(let elements):
                writer.array { writer in
                    for element in elements {
                        writer.element()
                        element.write(to: &writer)
                    }
                }
            case .string(let text): writer.scalar(.string(text))
            case .scalar("true"): writer.scalar(.bool(true))
            case .scalar("false"): writer.scalar(.bool(false))
            case .scalar(let text):
                // A plan file, decoded and encoded again, holds only whole numbers (its decoder refuses
                // fractions), `true`, `false` and `null`.
                writer.scalar(Int(text).map(JSONWriter.Scalar.number) ?? .null)
            }
        }
    }
}
