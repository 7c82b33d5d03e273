import Foundation

/// The plan file format: pretty-printed JSON with sorted keys and a final newline, so it diffs well.
public enum PlanCoding {
    /// The bytes of `plan` as stored in `Plans/NAME.json`.
    public static func encode(_ plan: ActionPlan) throws -> Data {
        var data = try encoder.encode(plan)
        data.append(UInt8(ascii: "\n"))
        return data
    }

    /// Any value as the same stable JSON the plan files use, ending with a newline.
    public static func encodeJSON(_ value: some Encodable) throws -> Data {
        var data = try encoder.encode(value)
        data.append(UInt8(ascii: "\n"))
        return data
    }

    /// Decodes a plan file, describing any fault by the field's path and what is wrong with it.
    public static func decode(_ data: Data, path: String) throws(StoreError) -> ActionPlan {
        if let version = schemaVersion(in: data), version > ActionPlan.currentSchemaVersion {
            throw .newerSchema(path: path, version: version, supported: ActionPlan.currentSchemaVersion)
        }
        do {
            return try JSONDecoder().decode(ActionPlan.self, from: data)
        } catch let error as DecodingError {
            throw .corruptPlan(path: path, detail: describe(error))
        } catch {
            throw .corruptPlan(path: path, detail: "\(error)")
        }
    }

    private static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// The file's `schemaVersion`, read on its own so a newer file is refused before anything else.
    private static func schemaVersion(in data: Data) -> Int? {
        struct Header: Decodable { var schemaVersion: Int }
        return try? JSONDecoder().decode(Header.self, from: data).schemaVersion
    }

    /// A decoding error in words: the field's path (`actions[3].due`) and what is wrong with it.
    static func describe(_ error: DecodingError) -> String {
        func path(_ keys: [any CodingKey]) -> String {
            var text = ""
            for key in keys {
                if let index = key.intValue {
                    text += "[\(index)]"
                } else {
                    text += (text.isEmpty ? "" : ".") + key.stringValue
                }
            }
            return text.isEmpty ? "the top level" : text
        }
        switch error {
        case .keyNotFound(let key, let context):
            let parent = context.codingPath.isEmpty ? "" : " in \(path(context.codingPath))"
            return "missing field '\(key.stringValue)'\(parent)"
        case .typeMismatch(let type, let context):
            return "\(path(context.codingPath)): expected \(typeName(type))"
        case .valueNotFound(let type, let context):
            return "\(path(context.codingPath)): expected \(typeName(type)), found null"
        case .dataCorrupted(let context):
            let underlying = (context.underlyingError as NSError?)?.userInfo[NSDebugDescriptionErrorKey] as? String
            if context.codingPath.isEmpty {
                return "not valid JSON" + (underlying.map { " (\($0))" } ?? "")
            }
            return "\(path(context.codingPath)): \(context.debugDescription)"
        @unknown default:
            return "\(error)"
        }
    }

    private static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type: "a whole number"
        case is Bool.Type: "true or false"
        default: "\(type)".hasPrefix("Array") ? "a list" : "an object"
        }
    }
}
