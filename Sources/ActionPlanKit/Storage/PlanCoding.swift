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

    /// Decodes a plan file, naming the line, column and field of any fault and what is wrong with it.
    ///
    /// Besides what the types check (dates, statuses, unique IDs), the file must be strict JSON with
    /// no key given twice and no unknown field in an action or its history: `JSONDecoder` would keep
    /// the first of two keys and drop unknown ones, and the next write would lose them in silence.
    public static func decode(_ data: Data, path: String) throws(StoreError) -> ActionPlan {
        let bytes = [UInt8](data)
        let outline: JSONOutline
        do {
            outline = try JSONOutline(bytes)
        } catch {
            if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
                throw .corruptPlan(path: path, detail: "the file is empty")
            }
            let (line, column) = JSONOutline.position(of: error.offset, in: bytes)
            let ending = error.offset >= bytes.count ? " (the file may have been cut short)" : ""
            throw .corruptPlan(
                path: path, detail: "line \(line), column \(column): \(error.problem)\(ending)")
        }
        let version = schemaVersion(in: outline)
        if let version, version > ActionPlan.currentSchemaVersion {
            throw .newerSchema(path: path, version: version, supported: ActionPlan.currentSchemaVersion)
        }
        if let fault = PlanSchema.unknownField(in: outline, schemaVersion: version) {
            throw .corruptPlan(path: path, detail: fault)
        }
        // JSONDecoder calls the whole file invalid when one number is too large or not whole; say which.
        if let number = oversizedNumber(in: outline.root) {
            let (line, column) = outline.position(of: number.offset)
            throw .corruptPlan(
                path: path,
                detail:
                    "line \(line), column \(column): \(number.field): the number \(number.text) is "
                    + (number.isWhole ? "too large" : "not a whole number")
                    + "; every number in a plan is a whole number")
        }
        do {
            return try JSONDecoder().decode(ActionPlan.self, from: data)
        } catch let error as DecodingError {
            throw .corruptPlan(path: path, detail: describe(error, in: outline))
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
    private static func schemaVersion(in outline: JSONOutline) -> Int? {
        guard case .object(_, let members) = outline.root,
            let member = members.first(where: { $0.key == "schemaVersion" }),
            case .scalar(_, let text) = member.value
        else { return nil }
        return Int(text)
    }

    /// The first number in `node` that is not a whole number fitting in an `Int` (`1e300`, `1.5`,
    /// `99999999999999999999`): where it starts, its text, its field, and whether it is whole.
    private static func oversizedNumber(in node: JSONOutline.Node, at field: String = "")
        -> (offset: Int, text: String, field: String, isWhole: Bool)?
    {
        switch node {
        case .object(_, let members):
            for member in members {
                let path = field.isEmpty ? member.key : "\(field).\(member.key)"
                if let found = oversizedNumber(in: member.value, at: path) { return found }
            }
        case .array(_, let elements):
            for (index, element) in elements.enumerated() {
                if let found = oversizedNumber(in: element, at: "\(field)[\(index)]") { return found }
            }
        case .scalar(let offset, let text):
            let isNumber = text.first.map { $0 == "-" || $0.isNumber } == true
            guard isNumber, Int(text) == nil else { break }
            // `1e3` is a whole number JSONDecoder reads; `1e300` and `1.5` it calls invalid JSON.
            if let value = Double(text), value.rounded() == value, abs(value) < 9.2e18 { break }
            let isWhole = !text.contains(".") && (Double(text).map { $0.rounded() == $0 } ?? true)
            return (offset, text, field.isEmpty ? "the top level" : field, isWhole)
        case .string:
            break
        }
        return nil
    }

    /// A decoding error in words: where (line, column, field path) and what is wrong.
    static func describe(_ error: DecodingError, in outline: JSONOutline) -> String {
        let context: DecodingError.Context
        switch error {
        case .keyNotFound(_, let found), .typeMismatch(_, let found), .valueNotFound(_, let found),
            .dataCorrupted(let found):
            context = found
        @unknown default:
            return "\(error)"
        }
        let node = outline.node(at: context.codingPath)
        let (line, column) = outline.position(of: node.offset)
        return "line \(line), column \(column): " + describe(error, node: node)
    }

    /// What is wrong, prefixed by the field's path (`actions[3].due`).
    private static func describe(_ error: DecodingError, node: JSONOutline.Node) -> String {
        switch error {
        case .keyNotFound(let key, let context):
            let parent = context.codingPath.isEmpty ? "" : " in \(fieldPath(context.codingPath))"
            return "missing field '\(key.stringValue)'\(parent)"
        case .typeMismatch(let type, let context):
            return "\(fieldPath(context.codingPath)): expected \(typeName(type)), found \(kind(of: node))"
        case .valueNotFound(let type, let context):
            return "\(fieldPath(context.codingPath)): expected \(typeName(type)), found null"
        case .dataCorrupted(let context):
            let field = fieldPath(context.codingPath)
            if context.debugDescription.hasPrefix("Cannot initialize"), case .string(_, let text) = node {
                let known = knownValues(for: context.codingPath)
                return "\(field): '\(text)' is not a known value"
                    + (known.map { "; expected one of \($0)" } ?? "")
            }
            return "\(field): \(context.debugDescription)"
        @unknown default:
            return "\(error)"
        }
    }

    /// A coding path as a person reads it, e.g. `actions[3].history[0].on`.
    static func fieldPath(_ keys: [any CodingKey]) -> String {
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

    private static func knownValues(for path: [any CodingKey]) -> String? {
        switch path.last?.stringValue {
        case "status": return ActionStatus.allCases.map(\.rawValue).joined(separator: ", ")
        case "field":
            // The plan's own history (top-level `history`) records plan fields, an action's its own.
            if path.first?.stringValue == "history" {
                return PlanField.allCases.map(\.rawValue).joined(separator: ", ")
            }
            return ActionField.allCases.map(\.rawValue).joined(separator: ", ")
        default: return nil
        }
    }

    private static func kind(of node: JSONOutline.Node) -> String {
        switch node {
        case .object: return "an object"
        case .array: return "a list"
        case .string: return "a string"
        case .scalar(_, let text):
            switch text.first {
            case "t", "f": return text
            case "n": return "null"
            default: return "the number \(text)"
            }
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
