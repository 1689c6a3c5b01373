/// Stage 2 of the generator: the YAML tree becomes a typed, validated `Spec`.
public enum SpecReader {
    private static let rootKeys: Set<String> = ["openapi", "info", "servers", "security", "tags", "paths", "components"]
    private static let componentKeys: Set<String> = ["schemas", "parameters", "responses", "securitySchemes"]

    public static func read(_ root: YAMLNode) throws(SpecError) -> Spec {
        let reader = NodeReader(root, at: "#")
        _ = try reader.pairs(allowing: rootKeys, construct: "the document root")
        let version = try reader.requiredChild("openapi").string()
        guard version.hasPrefix("3.1") else {
            throw try reader.requiredChild("openapi").error("only OpenAPI 3.1 is supported, found \(version)")
        }
        let info = try reader.requiredChild("info")
        let components = try reader.requiredChild("components")
        _ = try components.pairs(allowing: componentKeys, construct: "components")

        let schemes = try readSecuritySchemes(components.child("securitySchemes"))
        var schemas = SchemaReader(components: try components.child("schemas")?.pairs(construct: "schemas") ?? [])
        for (name, schema) in try components.child("schemas")?.pairs(construct: "schemas") ?? [] {
            guard Naming.typeName(name) == name else {
                throw schema.error("schema names must be UpperCamelCase Swift type names, found '\(name)'")
            }
            try schemas.readComponent(name: name, schema)
        }

        let operationReader = OperationReader(
            parameters: Dictionary(uniqueKeysWithValues: try components.child("parameters")?.pairs(construct: "parameters").map { ($0.key, $0.value) } ?? []),
            responses: Dictionary(uniqueKeysWithValues: try components.child("responses")?.pairs(construct: "responses").map { ($0.key, $0.value) } ?? []),
            securitySchemes: schemes,
            defaultAuth: try reader.child("security").map { node throws(SpecError) in try OperationReader.auth(node, schemes: schemes) } ?? .none)
        var operations: [Operation] = []
        for (path, item) in try reader.requiredChild("paths").pairs(construct: "paths") {
            guard path.hasPrefix("/") else { throw item.error("paths must start with '/'") }
            for (method, operation) in try item.pairs(allowing: Set(OperationReader.methods), construct: "a path item") {
                operations.append(try operationReader.read(path: path, method: method, operation, schemas: &schemas))
            }
        }

        let tags = try reader.child("tags")?.items(construct: "tags").map { tag throws(SpecError) -> Tag in
            _ = try tag.pairs(allowing: ["name", "description"], construct: "a tag")
            return Tag(name: try tag.requiredChild("name").string(), description: try tag.child("description")?.string())
        } ?? []

        let spec = Spec(
            title: try info.requiredChild("title").string(), version: try info.requiredChild("version").string(),
            tags: tags, types: schemas.types, operations: operations, errorCodes: schemas.errorCodes)
        try SpecValidator(spec: spec).validate()
        return spec
    }

    private static func readSecuritySchemes(_ node: NodeReader?) throws(SpecError) -> [String: AuthSurface] {
        var schemes: [String: AuthSurface] = [:]
        for (name, scheme) in try node?.pairs(construct: "securitySchemes") ?? [] {
            _ = try scheme.pairs(allowing: ["type", "scheme", "bearerFormat", "in", "name", "description"], construct: "a security scheme")
            switch (try scheme.requiredChild("type").string(), try scheme.child("scheme")?.string(), try scheme.child("in")?.string()) {
            case ("http", "bearer", _): schemes[name] = .management
            case ("apiKey", _, "header"): schemes[name] = .runtime
            default: throw scheme.error("only http bearer (management) and apiKey header (runtime) schemes are supported")
            }
        }
        return schemes
    }
}
