/// Renders named types: structs with explicit Codable, open enums, aliases, and request validation.
struct ModelRenderer {
    let spec: Spec
    /// Types reachable from request bodies; they get `Validatable` conformances.
    let requestTypes: Set<String>

    static func swiftType(_ ref: TypeRef) -> String {
        switch ref {
        case .string, .uri: "String"
        case .dateTime: "Date"
        case .binary: "Data"
        case .integer: "Int"
        case .int64: "Int64"
        case .number: "Double"
        case .boolean: "Bool"
        case .freeForm: "[String: JSONValue]"
        case .named(let name): name
        case .array(let element): "[\(swiftType(element))]"
        case .map(let value): "[String: \(swiftType(value))]"
        }
    }

    /// A property that may be absent and may also be `null` keeps the difference: `Nullable<T>?`.
    static func isTriState(_ property: Property) -> Bool {
        !property.isRequired && property.isNullable
    }

    static func propertyType(_ property: Property) -> String {
        let base = swiftType(property.type)
        if isTriState(property) { return "Nullable<\(base)>?" }
        return property.isRequired && !property.isNullable ? base : base + "?"
    }

    func render(_ type: NamedType, into writer: inout SwiftWriter) {
        switch type.kind {
        case .object(let object): renderStruct(type, object, into: &writer)
        case .enumeration(let values): renderEnum(type, values, into: &writer)
        case .oneOf(let alternatives): renderOneOf(type, alternatives, into: &writer)
        case .alias(let ref):
            writer.doc(docComment(type))
            writer.line("public typealias \(type.name) = \(Self.swiftType(ref))")
        }
        if let conformance = RuntimeBinding.conformances[type.name], type.name != RuntimeBinding.errorCode {
            writer.line()
            writer.line("extension \(type.name): \(conformance) {}")
        }
        writer.line()
    }

    private func docComment(_ type: NamedType) -> String {
        let remark = "- Remark: Generated from `\(type.pointer)`."
        guard let description = type.description?.trimmingTrailingWhitespace, !description.isEmpty else { return remark }
        return description + "\n\n" + remark
    }

    // MARK: Structs

    private func renderStruct(_ type: NamedType, _ object: ObjectType, into writer: inout SwiftWriter) {
        writer.doc(docComment(type))
        writer.block("public struct \(type.name): Codable, Hashable, Sendable") { w in
            for property in object.properties {
                w.doc(propertyDoc(property))
                w.line("public var \(Naming.propertyName(property.name)): \(Self.propertyType(property))")
            }
            if !object.properties.isEmpty { w.line() }
            renderInit(object, into: &w)
            w.line()
            w.line("/// The JSON member names, in the contract's order.")
            w.block("public enum CodingKeys: String, CodingKey, CaseIterable") { w in
                for property in object.properties {
                    let name = Naming.propertyName(property.name)
                    w.line(Naming.unescaped(name) == property.name ? "case \(name)" : "case \(name) = \(swiftString(property.name))")
                }
            }
            w.line()
            renderDecoder(object, into: &w)
            w.line()
            renderEncoder(object, into: &w)
        }
        writer.line()
        renderJSONWriter(type.name, object.properties, into: &writer)
        if requestTypes.contains(type.name) {
            writer.line()
            renderValidation(type.name, object.properties, into: &writer)
        }
    }

    /// Writes the members in sorted key order, as `JSONEncoder` with `.sortedKeys` would.
    private func renderJSONWriter(_ name: String, _ properties: [Property], into writer: inout SwiftWriter) {
        writer.block("extension \(name): JSONWritable") { w in
            w.line("/// Writes the JSON form straight into `writer`, as responses are written.")
            w.block("public func writeJSON(to writer: inout JSONWriter)") { w in
                w.line("writer.beginObject()")
                for property in properties.sorted(by: { Array($0.name.utf8).lexicographicallyPrecedes(Array($1.name.utf8)) }) {
                    let value = "self." + Naming.unescaped(Naming.propertyName(property.name))
                    let key = swiftString(property.name)
                    if Self.isTriState(property) {
                        w.line("switch \(value) {")
                        w.line("case .null?: writer.nullField(\(key))")
                        w.line("case .value(let value)?: writer.field(\(key), value)")
                        w.line("case nil: break")
                        w.line("}")
                    } else if !property.isRequired {
                        w.line("if let value = \(value) { writer.field(\(key), value) }")
                    } else {
                        w.line("writer.field(\(key), \(value))")
                    }
                }
                w.line("writer.endObject()")
            }
        }
    }

    private func propertyDoc(_ property: Property) -> String? {
        var lines: [String] = []
        if let description = property.description?.trimmingTrailingWhitespace, !description.isEmpty { lines.append(description) }
        if let value = property.defaultValue { lines.append("Default: `\(value)`.") }
        if Self.isTriState(property) { lines.append("Absent leaves the value unchanged; `.null` clears it.") }
        if lines.isEmpty { lines.append("The `\(property.name)` member" + (property.isRequired ? "." : ", absent when not given.")) }
        return lines.joined(separator: "\n\n")
    }

    private func renderInit(_ object: ObjectType, into writer: inout SwiftWriter) {
        let arguments = object.properties.map { property in
            let name = Naming.propertyName(property.name)
            let type = Self.propertyType(property)
            return "\(Naming.unescaped(name)): \(type)" + (type.hasSuffix("?") ? " = nil" : "")
        }
        writer.line("/// A value with these members; optional ones default to absent.")
        writer.block("public init(\(arguments.joined(separator: ", ")))") { w in
            for property in object.properties {
                let name = Naming.propertyName(property.name)
                w.line("self.\(Naming.unescaped(name)) = \(name)")
            }
        }
    }

    private func renderDecoder(_ object: ObjectType, into writer: inout SwiftWriter) {
        writer.line("/// Reads the JSON form, refusing what the contract does not allow.")
        writer.block("public init(from decoder: any Decoder) throws") { w in
            if object.isClosed { w.line("try decoder.rejectUnknownKeys(CodingKeys.self)") }
            guard !object.properties.isEmpty else { return }
            w.line("let container = try decoder.container(keyedBy: CodingKeys.self)")
            for property in object.properties {
                let name = Naming.unescaped(Naming.propertyName(property.name))
                let base = Self.swiftType(property.type)
                let call: String
                if Self.isTriState(property) {
                    call = "container.decodeNullable(\(base).self, forKey: .\(name))"
                } else if !property.isRequired {
                    let method = object.isClosed ? "decodeIfPresentRejectingNull" : "decodeIfPresent"
                    call = "container.\(method)(\(base).self, forKey: .\(name))"
                } else if property.isNullable {
                    call = "container.decode(\(base)?.self, forKey: .\(name))"
                } else {
                    call = "container.decode(\(base).self, forKey: .\(name))"
                }
                w.line("self.\(name) = try \(call)")
            }
        }
    }

    private func renderEncoder(_ object: ObjectType, into writer: inout SwiftWriter) {
        writer.line("/// Writes the JSON form.")
        writer.block("public func encode(to encoder: any Encoder) throws") { w in
            guard !object.properties.isEmpty else {
                w.line("_ = encoder.container(keyedBy: CodingKeys.self)")
                return
            }
            w.line("var container = encoder.container(keyedBy: CodingKeys.self)")
            for property in object.properties {
                let name = Naming.unescaped(Naming.propertyName(property.name))
                let method = Self.isTriState(property) ? "encodeNullable" : (property.isRequired ? "encode" : "encodeIfPresent")
                w.line("try container.\(method)(self.\(name), forKey: .\(name))")
            }
        }
    }

    // MARK: Validation

    private func renderValidation(_ name: String, _ properties: [Property], into writer: inout SwiftWriter) {
        writer.block("extension \(name): Validatable") { w in
            w.line("/// Checks the contract's constraints; `path` prefixes the field names an error reports.")
            w.block("public func validate(at path: String) throws") { w in
                var lines: [String] = []
                for property in properties {
                    lines += validationLines(for: property)
                }
                if lines.isEmpty { w.line("_ = path") }
                for line in lines { w.line(line) }
            }
        }
    }

    private func validationLines(for property: Property) -> [String] {
        let swiftName = Naming.propertyName(property.name)
        let field = "path + \(swiftString(property.name))"
        let isOptional = Self.propertyType(property).hasSuffix("?")
        let value = Self.isTriState(property) ? "\(swiftName)?.wrapped" : swiftName
        var lines = constraintLines(property.constraints, value: value, type: property.type, field: field, code: nil)
        switch resolved(property.type) {
        case .named(let typeName):
            if isEnum(typeName) {
                lines.append("try Validation.checkKnown(\(value), field: \(field))")
            } else if requestTypes.contains(typeName) {
                let receiver = isOptional ? "\(value)?" : value
                lines.append("try \(receiver).validate(at: \(field) + \".\")")
            }
        case .array(let element):
            switch resolved(element) {
            case .named(let typeName) where isEnum(typeName):
                lines.append("try Validation.checkKnown(each: \(value), field: \(field))")
            case .named(let typeName) where requestTypes.contains(typeName):
                lines.append("for (index, item) in (\(value)\(isOptional ? " ?? []" : "")).enumerated() {")
                lines.append("    try item.validate(at: \(field) + \"[\\(index)].\")")
                lines.append("}")
            default:
                if let items = property.constraints.items {
                    let itemLines = constraintLines(items, value: "item", type: element, field: "\(field) + \"[\\(index)]\"", code: nil)
                    lines.append("for (index, item) in (\(value)\(isOptional ? " ?? []" : "")).enumerated() {")
                    lines += itemLines.map { "    " + $0 }
                    lines.append("}")
                }
            }
        default:
            break
        }
        return lines
    }

    /// The checks a property's or parameter's constraints ask for. `code` nil means VALIDATION_FAILED.
    func constraintLines(_ constraints: Constraints, value: String, type: TypeRef, field: String, code: String?) -> [String] {
        let codeArgument = code.map { ", code: \($0)" } ?? ""
        var lines: [String] = []
        if constraints.minimum != nil || constraints.maximum != nil {
            var arguments = [value]
            if let minimum = constraints.minimum { arguments.append("minimum: \(minimum)") }
            if let maximum = constraints.maximum { arguments.append("maximum: \(maximum)") }
            lines.append("try Validation.check(\(arguments.joined(separator: ", ")), field: \(field)\(codeArgument))")
        }
        if constraints.minLength != nil || constraints.maxLength != nil || constraints.pattern != nil {
            var arguments = [value]
            if let minLength = constraints.minLength { arguments.append("minLength: \(minLength)") }
            if let maxLength = constraints.maxLength { arguments.append("maxLength: \(maxLength)") }
            if let pattern = constraints.pattern { arguments.append("pattern: \(swiftString(pattern))") }
            lines.append("try Validation.check(\(arguments.joined(separator: ", ")), field: \(field)\(codeArgument))")
        }
        if constraints.minItems != nil || constraints.maxItems != nil {
            var arguments = ["count: " + value]
            if let minItems = constraints.minItems { arguments.append("minItems: \(minItems)") }
            if let maxItems = constraints.maxItems { arguments.append("maxItems: \(maxItems)") }
            lines.append("try Validation.check(\(arguments.joined(separator: ", ")), field: \(field)\(codeArgument))")
        }
        if constraints.uniqueItems {
            lines.append("try Validation.checkUnique(\(value), field: \(field)\(codeArgument))")
        }
        _ = type
        return lines
    }

    private func resolved(_ ref: TypeRef) -> TypeRef {
        if case .named(let name) = ref, case .alias(let target)? = spec.type(named: name)?.kind { return resolved(target) }
        return ref
    }

    private func isEnum(_ name: String) -> Bool {
        if case .enumeration? = spec.type(named: name)?.kind { return true }
        return false
    }

    // MARK: oneOf

    /// One case per alternative, holding its value. Decoding tries the alternatives in the contract's order and
    /// takes the first that decodes (the validator made sure each requires a property the others lack); encoding
    /// writes the case's value as it is.
    private func renderOneOf(_ type: NamedType, _ alternatives: [String], into writer: inout SwiftWriter) {
        let cases = alternatives.map { (name: $0, case: Naming.unescaped(Naming.propertyName($0))) }
        writer.doc(docComment(type))
        writer.block("public enum \(type.name): Codable, Hashable, Sendable") { w in
            for alternative in cases {
                w.line("/// The ``\(alternative.name)`` alternative.")
                w.line("case \(Naming.propertyName(alternative.name))(\(alternative.name))")
            }
            w.line()
            w.line("/// Reads the first alternative, in the contract's order, that the JSON decodes as.")
            w.block("public init(from decoder: any Decoder) throws") { w in
                for alternative in cases {
                    w.block("if let value = try? \(alternative.name)(from: decoder)") { w in
                        w.line("self = .\(alternative.case)(value)")
                        w.line("return")
                    }
                }
                let names = alternatives.joined(separator: ", ")
                w.line("throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: \(swiftString("matches none of " + names))))")
            }
            w.line()
            w.line("/// Writes the JSON form of the case's value.")
            w.block("public func encode(to encoder: any Encoder) throws") { w in
                w.switchBlock("self") { w in
                    for alternative in cases {
                        w.line("case .\(alternative.case)(let value): try value.encode(to: encoder)")
                    }
                }
            }
        }
        writer.line()
        writer.block("extension \(type.name): JSONWritable") { w in
            w.line("/// Writes the JSON form straight into `writer`, as responses are written.")
            w.block("public func writeJSON(to writer: inout JSONWriter)") { w in
                w.switchBlock("self") { w in
                    for alternative in cases {
                        w.line("case .\(alternative.case)(let value): value.writeJSON(to: &writer)")
                    }
                }
            }
        }
    }

    // MARK: Enums

    private func renderEnum(_ type: NamedType, _ values: [String], into writer: inout SwiftWriter) {
        writer.doc(docComment(type))
        writer.block("public enum \(type.name): OpenEnum") { w in
            for value in values {
                w.line("/// `\(value)`.")
                w.line("case \(Naming.propertyName(value))")
            }
            w.line("/// A value this version of the contract does not define.")
            w.line("case unrecognized(String)")
            w.line()
            let known = values.map { "." + Naming.unescaped(Naming.propertyName($0)) }.joined(separator: ", ")
            w.line("/// Every value the contract defines, in its order.")
            w.line("public static let knownCases: [\(type.name)] = [\(known)]")
            w.line()
            w.line("/// The case for a wire value; one the contract does not define becomes `unrecognized`.")
            w.block("public init(rawValue: String)") { w in
                w.switchBlock("rawValue") { w in
                    for value in values {
                        w.line("case \(swiftString(value)): self = .\(Naming.unescaped(Naming.propertyName(value)))")
                    }
                    w.line("default: self = .unrecognized(rawValue)")
                }
            }
            w.line()
            w.line("/// The value as the wire carries it.")
            w.block("public var rawValue: String") { w in
                w.switchBlock("self") { w in
                    for value in values {
                        w.line("case .\(Naming.unescaped(Naming.propertyName(value))): \(swiftString(value))")
                    }
                    w.line("case .unrecognized(let value): value")
                }
            }
        }
        if type.name == RuntimeBinding.errorCode, !spec.errorCodes.isEmpty {
            writer.line()
            renderErrorCatalogue(into: &writer)
        }
    }

    private func renderErrorCatalogue(into writer: inout SwiftWriter) {
        writer.block("extension \(RuntimeBinding.errorCode): \(RuntimeBinding.conformances[RuntimeBinding.errorCode]!)") { w in
            w.line("/// The HTTP status this code travels with; nil for a code this version does not know.")
            w.block("public var httpStatus: Int?") { w in
                w.switchBlock("self") { w in
                    for entry in spec.errorCodes {
                        w.line("case .\(Naming.unescaped(Naming.propertyName(entry.code))): \(entry.status)")
                    }
                    w.line("case .unrecognized: nil")
                }
            }
            w.line()
            w.line("/// Transport-level codes that any operation may return (not listed per operation).")
            let any = spec.errorCodes.filter(\.anyOperation).map { "." + Naming.unescaped(Naming.propertyName($0.code)) }
            w.line("public static let anyOperation: Set<\(RuntimeBinding.errorCode)> = [\(any.joined(separator: ", "))]")
        }
    }
}
