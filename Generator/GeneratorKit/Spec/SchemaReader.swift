/// What a schema says about one value: its type plus the keywords that travel with a property.
struct SchemaInfo {
    var type: TypeRef
    var isNullable = false
    var description: String?
    var defaultValue: String?
    var constraints = Constraints()
}

/// Reads JSON Schemas from `components/schemas`, and inline ones anywhere, into `TypeRef`s, hoisting
/// inline objects and enums into named types with deterministic names.
struct SchemaReader {
    static let schemaKeys: Set<String> = [
        "type", "format", "description", "title", "default", "example", "enum", "properties", "required",
        "additionalProperties", "items", "$ref", "allOf", "oneOf", "minimum", "maximum", "minLength", "maxLength",
        "pattern", "minItems", "maxItems", "uniqueItems", "deprecated", "readOnly", "x-error-statuses", "x-any-operation",
        // Rules across an object's properties (`ruleKeys`), which handlers enforce.
        "dependentRequired", "not", "anyOf", "minProperties",
        // Marks what LicenseKit's contract does not have; documentation only.
        "x-locksmith-extension",
    ]
    private static let schemaPrefix = "#/components/schemas/"
    /// JSON Schema keywords that state a rule across an object's properties instead of a type: which properties
    /// need or exclude which (`dependentRequired`, `not`), which combinations are allowed (`oneOf` and `anyOf` whose
    /// alternatives are only `required` and `not`), and how many must be present (`minProperties`). The generator
    /// checks that each names properties the object has and generates nothing for them: handlers enforce them with
    /// errors naming the field, and clients and property-based runs read them from the document.
    static let ruleKeys = ["dependentRequired", "not", "anyOf", "minProperties"]

    /// The raw component schemas by name, for resolving references.
    let components: [String: NodeReader]
    private(set) var types: [NamedType] = []
    private(set) var errorCodes: [ErrorCodeEntry] = []
    private var names: Set<String> = []

    init(components: [(key: String, value: NodeReader)]) {
        self.components = Dictionary(uniqueKeysWithValues: components.map { ($0.key, $0.value) })
        self.names = Set(components.map(\.key))
    }

    /// Reads one component schema into a named type.
    mutating func readComponent(name: String, _ reader: NodeReader) throws(SpecError) {
        let description = try reader.child("description")?.string()
        if reader.child("oneOf") != nil, !Self.oneOfIsRules(reader) {
            types.append(NamedType(name: name, kind: .oneOf(try readOneOf(reader)), description: description, pointer: reader.pointer))
        } else if reader.child("allOf") != nil || reader.child("properties") != nil {
            let object = try readObject(reader, name: name)
            types.append(NamedType(name: name, kind: .object(object), description: description, pointer: reader.pointer))
        } else if let values = try reader.child("enum")?.strings() {
            try checkKeys(reader)
            try readErrorCatalogue(reader, name: name, values: values)
            types.append(NamedType(name: name, kind: .enumeration(values), description: description, pointer: reader.pointer))
        } else {
            let info = try read(reader, nameHint: name)
            types.append(NamedType(name: name, kind: .alias(info.type), description: description, pointer: reader.pointer))
        }
    }

    /// Reads a schema used as a value (property, item, parameter), hoisting inline objects and enums.
    mutating func read(_ reader: NodeReader, nameHint: String) throws(SpecError) -> SchemaInfo {
        try checkKeys(reader)
        if let ref = reader.child("$ref") {
            let pairs = try reader.pairs(construct: "a schema")
            if pairs.count > 1 {
                throw reader.error("'$ref' must stand alone in a schema; move '\(pairs.first { $0.key != "$ref" }!.key)' to the referenced schema")
            }
            return SchemaInfo(type: .named(try referencedName(ref)))
        }
        var info = SchemaInfo(type: .freeForm)
        info.description = try reader.child("description")?.string()
        info.defaultValue = try reader.child("default")?.scalarText()
        info.constraints = try readConstraints(reader)

        if reader.child("allOf") != nil {
            let object = try readObject(reader, name: nameHint)
            info.type = .named(try hoist(nameHint, .object(object), reader))
            return info
        }
        if reader.child("oneOf") != nil, !Self.oneOfIsRules(reader) {
            info.type = .named(try hoist(nameHint, .oneOf(try readOneOf(reader)), reader))
            return info
        }
        guard let typeNode = reader.child("type") else {
            throw reader.error("a schema needs 'type', '$ref', 'allOf' or 'oneOf'")
        }
        let (typeName, nullable) = try readTypeKeyword(typeNode)
        info.isNullable = nullable
        let format = try reader.child("format")?.string()
        if format != nil, !["string", "integer"].contains(typeName) {
            throw reader.child("format")!.error("'format' is only supported on strings and integers")
        }

        switch typeName {
        case "string":
            if let values = try reader.child("enum")?.strings() {
                info.type = .named(try hoist(nameHint, .enumeration(values), reader))
            } else {
                switch format {
                case nil: info.type = .string
                case "date-time": info.type = .dateTime
                case "uri": info.type = .uri
                case "binary": info.type = .binary
                case let other?: throw reader.child("format")!.error("unsupported string format '\(other)'")
                }
            }
        case "integer":
            switch format {
            case nil, "int32": info.type = .integer
            case "int64": info.type = .int64
            case let other?: throw reader.child("format")!.error("unsupported integer format '\(other)'")
            }
        case "number":
            info.type = .number
        case "boolean":
            info.type = .boolean
        case "array":
            let items = try reader.requiredChild("items")
            let item = try read(items, nameHint: nameHint + "Item")
            if item.isNullable { throw items.error("nullable array items are not supported") }
            info.type = .array(item.type)
            if !item.constraints.isEmpty { info.constraints.items = item.constraints }
        case "object":
            if reader.child("properties") != nil {
                let object = try readObject(reader, name: nameHint)
                info.type = .named(try hoist(nameHint, .object(object), reader))
            } else if let additional = reader.child("additionalProperties"), case .mapping = additional.node {
                info.type = .map(try read(additional, nameHint: nameHint + "Value").type)
            } else if let additional = reader.child("additionalProperties"), try additional.bool() == false {
                throw additional.error("an object with no properties cannot forbid additional properties")
            } else {
                info.type = .freeForm
            }
        default:
            throw typeNode.error("unsupported type '\(typeName)'")
        }
        return info
    }

    /// Reads `type: X` or `type: [X, "null"]`.
    private func readTypeKeyword(_ node: NodeReader) throws(SpecError) -> (String, Bool) {
        if case .sequence = node.node {
            let names = try node.strings()
            let nonNull = names.filter { $0 != "null" }
            guard names.count == 2, nonNull.count == 1 else {
                throw node.error("a type list must be [X, \"null\"]; union types are not supported")
            }
            return (nonNull[0], true)
        }
        let name = try node.string()
        if name == "null" { throw node.error("a schema of type null alone is not supported") }
        return (name, false)
    }

    /// Reads an object schema, merging `allOf` parts in order.
    private mutating func readObject(_ reader: NodeReader, name: String) throws(SpecError) -> ObjectType {
        try checkKeys(reader)
        var object = ObjectType(properties: [], isClosed: false)
        if let parts = reader.child("allOf") {
            for part in try parts.items(construct: "allOf") {
                let partObject: ObjectType
                if let ref = part.child("$ref") {
                    let target = try referencedName(ref)
                    guard let component = components[target] else { throw ref.error("unresolved reference") }
                    if component.child("oneOf") != nil, !Self.oneOfIsRules(component) { throw ref.error("allOf cannot merge '\(target)', a oneOf schema") }
                    partObject = try readObject(component, name: target)
                } else {
                    partObject = try readObject(part, name: name)
                }
                try merge(partObject, into: &object, at: part)
            }
        }
        if let typeNode = reader.child("type"), try typeNode.string() != "object" {
            throw typeNode.error("an object schema must have type object")
        }
        let required = Set(try reader.child("required")?.strings() ?? [])
        var own = ObjectType(properties: [], isClosed: false)
        if let properties = reader.child("properties") {
            for (key, value) in try properties.pairs(construct: "properties") {
                let info = try read(value, nameHint: name + Naming.typeName(key))
                own.properties.append(Property(
                    name: key, type: info.type, isRequired: required.contains(key), isNullable: info.isNullable,
                    description: info.description, defaultValue: info.defaultValue, constraints: info.constraints))
            }
        }
        for key in required where !own.properties.contains(where: { $0.name == key }) {
            // `required` may name a property inherited through allOf.
            guard let index = object.properties.firstIndex(where: { $0.name == key }) else {
                throw reader.child("required")!.error("'\(key)' is required but not a property")
            }
            object.properties[index].isRequired = true
        }
        if let additional = reader.child("additionalProperties") {
            guard case .scalar = additional.node else {
                throw additional.error("an object with properties may only set additionalProperties to true or false")
            }
            own.isClosed = try !additional.bool()
        }
        try merge(own, into: &object, at: reader)
        try checkRules(reader, names: Set(object.properties.map(\.name)))
        return object
    }

    /// Whether `oneOf` states rules (every alternative only `required` and `not`) rather than alternative types.
    static func oneOfIsRules(_ reader: NodeReader) -> Bool {
        guard let list = reader.child("oneOf"), case .sequence = list.node else { return false }
        guard let items = try? list.items(construct: "oneOf"), !items.isEmpty else { return false }
        return items.allSatisfy { item in
            guard case .mapping = item.node, let pairs = try? item.pairs(construct: "a rule") else { return false }
            return !pairs.isEmpty && pairs.allSatisfy { ["required", "not", "description"].contains($0.key) }
        }
    }

    /// Checks the rule keywords (`ruleKeys`, and `oneOf` as rules) of an object schema: each names properties it has.
    private func checkRules(_ reader: NodeReader, names: Set<String>) throws(SpecError) {
        func known(_ list: NodeReader) throws(SpecError) {
            for name in try list.strings() where !names.contains(name) {
                throw list.error("'\(name)' is not a property of this object")
            }
        }
        func rule(_ node: NodeReader) throws(SpecError) {
            for (key, value) in try node.pairs(allowing: ["required", "not", "anyOf", "oneOf", "description"], construct: "a rule") {
                switch key {
                case "required": try known(value)
                case "not": try rule(value)
                case "anyOf", "oneOf": for item in try value.items(construct: key) { try rule(item) }
                default: break
                }
            }
        }
        if let dependent = reader.child("dependentRequired") {
            for (key, value) in try dependent.pairs(construct: "dependentRequired") {
                guard names.contains(key) else { throw dependent.error("'\(key)' is not a property of this object") }
                try known(value)
            }
        }
        if let not = reader.child("not") { try rule(not) }
        for key in ["anyOf", "oneOf"] {
            guard let list = reader.child(key) else { continue }
            for item in try list.items(construct: key) { try rule(item) }
        }
        if let minimum = reader.child("minProperties"), try minimum.int() < 1 {
            throw minimum.error("minProperties must be at least 1")
        }
    }

    /// Reads `oneOf`: at least two references to component schemas, each named once, with nothing beside them but
    /// documentation. That the alternatives are objects a document can tell apart is checked once every schema is
    /// read (`SpecValidator`).
    private func readOneOf(_ reader: NodeReader) throws(SpecError) -> [String] {
        _ = try reader.pairs(allowing: ["oneOf", "description", "title", "x-locksmith-extension"], construct: "a oneOf schema")
        let list = try reader.requiredChild("oneOf")
        let items = try list.items(construct: "oneOf")
        guard items.count >= 2 else { throw list.error("oneOf needs at least two alternatives") }
        var names: [String] = []
        for item in items {
            guard let ref = item.child("$ref"), try item.pairs(construct: "a oneOf alternative").count == 1 else {
                throw item.error("each oneOf alternative must be a $ref to a component schema")
            }
            let name = try referencedName(ref)
            guard !names.contains(name) else { throw item.error("'\(name)' is listed twice in oneOf") }
            names.append(name)
        }
        return names
    }

    private func merge(_ part: ObjectType, into object: inout ObjectType, at reader: NodeReader) throws(SpecError) {
        for property in part.properties {
            if object.properties.contains(where: { $0.name == property.name }) {
                throw reader.error("property '\(property.name)' is defined twice across allOf")
            }
            object.properties.append(property)
        }
        object.isClosed = object.isClosed || part.isClosed
    }

    private mutating func hoist(_ name: String, _ kind: NamedType.Kind, _ reader: NodeReader) throws(SpecError) -> String {
        guard names.insert(name).inserted else {
            throw reader.error("the inline schema would be named '\(name)', which is already taken; give it a component name")
        }
        types.append(NamedType(name: name, kind: kind, description: try reader.child("description")?.string(), pointer: reader.pointer))
        return name
    }

    func referencedName(_ ref: NodeReader) throws(SpecError) -> String {
        let target = try ref.string()
        guard target.hasPrefix(Self.schemaPrefix) else {
            throw ref.error("only local references to #/components/schemas are supported, found '\(target)'")
        }
        let name = String(target.dropFirst(Self.schemaPrefix.count))
        guard components[name] != nil else { throw ref.error("unresolved reference '\(target)'") }
        return name
    }

    private func checkKeys(_ reader: NodeReader) throws(SpecError) {
        _ = try reader.pairs(allowing: Self.schemaKeys, construct: "a schema")
        for key in Self.ruleKeys where reader.child(key) != nil && reader.child("properties") == nil && reader.child("allOf") == nil {
            throw reader.child(key)!.error("'\(key)' states a rule across properties: it is only supported on an object schema with properties")
        }
        for key in ["x-error-statuses", "x-any-operation"] where reader.child(key) != nil && reader.child("enum") == nil {
            throw reader.child(key)!.error("'\(key)' is only supported on the error code enum")
        }
    }

    private func readConstraints(_ reader: NodeReader) throws(SpecError) -> Constraints {
        var constraints = Constraints()
        constraints.minimum = try reader.child("minimum")?.int()
        constraints.maximum = try reader.child("maximum")?.int()
        constraints.minLength = try reader.child("minLength")?.int().clampedToInt
        constraints.maxLength = try reader.child("maxLength")?.int().clampedToInt
        constraints.pattern = try reader.child("pattern")?.string()
        constraints.minItems = try reader.child("minItems")?.int().clampedToInt
        constraints.maxItems = try reader.child("maxItems")?.int().clampedToInt
        constraints.uniqueItems = try reader.child("uniqueItems")?.bool() ?? false
        return constraints
    }

    /// `x-error-statuses` maps every code of the error enum to its HTTP status.
    private mutating func readErrorCatalogue(_ reader: NodeReader, name: String, values: [String]) throws(SpecError) {
        guard let statuses = reader.child("x-error-statuses") else { return }
        guard name == RuntimeBinding.errorCode else {
            throw statuses.error("the error catalogue must be the schema named \(RuntimeBinding.errorCode)")
        }
        let anyOperation = Set(try reader.child("x-any-operation")?.strings() ?? [])
        var byCode: [String: Int] = [:]
        for (code, status) in try statuses.pairs(construct: "x-error-statuses") {
            guard values.contains(code) else { throw status.error("'\(code)' is not a value of the enum") }
            let number = Int(try status.int())
            guard (400...599).contains(number) else { throw status.error("an error status must be 4xx or 5xx") }
            byCode[code] = number
        }
        for code in anyOperation where !values.contains(code) {
            throw reader.child("x-any-operation")!.error("'\(code)' is not a value of the enum")
        }
        errorCodes = try values.map { code throws(SpecError) in
            guard let status = byCode[code] else { throw statuses.error("no status for error code '\(code)'") }
            return ErrorCodeEntry(code: code, status: status, anyOperation: anyOperation.contains(code))
        }
    }
}

extension Int64 {
    var clampedToInt: Int { Int(clamping: self) }
}
