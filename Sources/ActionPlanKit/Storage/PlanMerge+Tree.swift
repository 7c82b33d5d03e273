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

        /// The value as compact JSON text.
        var json: String {
            var text = ""
            write(to: &text)
            return text
        }

        /// The value as a person reads it in a conflict message: strings unquoted, `null` as "(empty)".
        var shown: String {
            switch self {
            case .string(let text): text
            case .scalar("null"): "(empty)"
            case .scalar(let text): text
            case .array, .object: json
            }
        }

        private func write(to text: inout String) {
            switch self {
            case .object(let members):
                text += "{"
                for (index, member) in members.enumerated() {
                    if index > 0 { text += "," }
                    Value.string(member.key).write(to: &text)
                    text += ":"
                    member.value.write(to: &text)
                }
                text += "}"
            case .array(let elements):
                text += "["
                for (index, element) in elements.enumerated() {
                    if index > 0 { text += "," }
                    element.write(to: &text)
                }
                text += "]"
            case .string(let value):
                text += "\""
                for scalar in value.unicodeScalars {
                    switch scalar {
                    case "\"": text += "\\\""
                    case "\\": text += "\\\\"
                    case "\n": text += "\\n"
                    case "\r": text += "\\r"
                    case "\t": text += "\\t"
                    case _ where scalar.value < 0x20:
                        let hex = String(scalar.value, radix: 16)
                        text += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                    default: text.unicodeScalars.append(scalar)
                    }
                }
                text += "\""
            case .scalar(let value):
                text += value
            }
        }
    }
}
