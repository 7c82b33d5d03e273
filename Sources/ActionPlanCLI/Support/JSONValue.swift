import ActionPlanKit
import Foundation

/// A JSON value built by hand, so command output can carry explicit `null`s in a fixed shape.
enum JSONValue: Encodable {
    case string(String)
    case number(Int)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([String: JSONValue])

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .string(let value): try container.encode(value)
        case .number(let value): try container.encode(value)
        case .bool(let value): try container.encode(value)
        case .null: try container.encodeNil()
        case .array(let values): try container.encode(values)
        case .object(let members): try container.encode(members)
        }
    }

    /// The value as pretty-printed JSON with sorted keys and a final newline.
    var text: String {
        // Encoding a JSONValue cannot fail: it holds no floating-point values.
        String(decoding: (try? PlanCoding.encodeJSON(self)) ?? Data("null\n".utf8), as: UTF8.self)
    }
}

extension JSONValue {
    /// A string, or `null` when absent.
    static func optional(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }

    /// A day as `YYYY-MM-DD`, or `null`.
    static func day(_ value: CalendarDay?) -> JSONValue { optional(value?.description) }
}
