/// Stage 2 of the generator: the YAML tree becomes a typed, validated `Spec`.
///
/// Reading goes on past a problem in one part (a schema, a security scheme, an operation, a tag, a cross-check)
/// so that one run reports every problem; only a document without its root keys stops at once.
public enum SpecReader {
    private static let rootKeys: Set<String> = ["openapi", "info", "servers", "security", "tags", "paths", "webhooks", "components"]
    private static let componentKeys: Set<String> = ["schemas", "parameters", "responses", "headers", "securitySchemes"]

    public static func read(_ root: YAMLNode) throws(SpecErrors) -> Spec {
        let diagnostics = Diagnostics()
        do {
            let spec = try read(root, diagnostics)
            if diagnostics.errors.isEmpty { return spec }
        } catch {
            diagnostics.report(error)
        }
        throw diagnostics.failure(locatingIn: root)
    }

    /// Throws only for a document whose structure leaves nothing to read; everything else is reported.
    private static func read(_ root: YAMLNode, _ diagnostics: Diagnostics) throws(SpecError) -> Spec {
        let reader = NodeReader(root, at: "#")
        _ = try reader.pairs(allowing: rootKeys, construct: "the document root", reporting: diagnostics)
        let versionNode = try reader.requiredChild("openapi")
        let info = try reader.requiredChild("info")
        let components = try reader.requiredChild("components")
        let paths = try reader.requiredChild("paths")
        diagnostics.recover { () throws(SpecError) in
            let version = try versionNode.string()
            guard version.hasPrefix("3.1") else { throw versionNode.error("only OpenAPI 3.1 is supported, found \(version)") }
        }
        _ = diagnostics.recover { () throws(SpecError) in
            try components.pairs(allowing: componentKeys, construct: "components", reporting: diagnostics)
        }

        let schemes = readSecuritySchemes(components.child("securitySchemes"), diagnostics)
        let schemaNodes = components.child("schemas").flatMap { node in
            diagnostics.recover { () throws(SpecError) in try node.pairs(construct: "schemas") }
        } ?? []
        var schemas = SchemaReader(components: schemaNodes)
        var unreadSchemas: Set<String> = []
        for (name, schema) in schemaNodes {
            let read: Void? = diagnostics.recover { () throws(SpecError) in
                guard Naming.typeName(name) == name else {
                    throw schema.error("schema names must be UpperCamelCase Swift type names, found '\(name)'")
                }
                try schemas.readComponent(name: name, schema)
            }
            if read == nil { unreadSchemas.insert(name) }
        }

        let defaultAuth: AuthSurface? = if let security = reader.child("security") {
            diagnostics.recover { () throws(SpecError) in try OperationReader.auth(security, schemes: schemes) }
        } else {
            AuthSurface.none
        }
        let operationReader = OperationReader(
            parameters: componentTable(components.child("parameters"), construct: "parameters", diagnostics),
            responses: componentTable(components.child("responses"), construct: "responses", diagnostics),
            headers: componentTable(components.child("headers"), construct: "headers", diagnostics),
            securitySchemes: schemes, defaultAuth: defaultAuth)
        var operations: [Operation] = []
        var tagsOfUnreadOperations: Set<String> = []
        let pathItems = diagnostics.recover { () throws(SpecError) in try paths.pairs(construct: "paths") } ?? []
        for (path, item) in pathItems {
            if !path.hasPrefix("/") { diagnostics.report(item.error("paths must start with '/'")) }
            let methods = diagnostics.recover { () throws(SpecError) in
                try item.pairs(allowing: Set(OperationReader.methods), construct: "a path item", reporting: diagnostics)
            }
            for (method, node) in methods ?? [] {
                if let operation = diagnostics.recover({ () throws(SpecError) in
                    try operationReader.read(path: path, method: method, node, schemas: &schemas)
                }) {
                    operations.append(operation)
                } else {
                    tagsOfUnreadOperations.formUnion((try? node.child("tags")?.strings()) ?? [])
                }
            }
        }

        let tagNodes = reader.child("tags").flatMap { node in
            diagnostics.recover { () throws(SpecError) in try node.items(construct: "tags") }
        } ?? []
        let tags = tagNodes.compactMap { tag in
            diagnostics.recover { () throws(SpecError) -> Tag in
                _ = try tag.pairs(allowing: ["name", "description"], construct: "a tag")
                return Tag(
                    name: try tag.requiredChild("name").string(), description: try tag.child("description")?.string(),
                    pointer: tag.pointer, mark: tag.node.mark)
            }
        }

        let webhooks = reader.child("webhooks").map { readWebhooks($0, schemas: schemas, diagnostics) } ?? []

        let spec = Spec(
            title: diagnostics.recover { () throws(SpecError) in try info.requiredChild("title").string() } ?? "",
            version: diagnostics.recover { () throws(SpecError) in try info.requiredChild("version").string() } ?? "",
            tags: tags, types: schemas.types, operations: operations, errorCodes: schemas.errorCodes, webhooks: webhooks)
        let validator = SpecValidator(
            spec: spec, diagnostics: diagnostics, schemaNames: Set(schemas.components.keys), unreadSchemas: unreadSchemas,
            tagsOfUnreadOperations: tagsOfUnreadOperations)
        validator.validate()
        return spec
    }

    /// Reads the root `webhooks`: each key names an event type, whose `post` has a JSON request body (the payload,
    /// a `$ref` to a component schema) and numeric responses (what the subscriber answers).
    private static func readWebhooks(_ node: NodeReader, schemas: SchemaReader, _ diagnostics: Diagnostics) -> [Webhook] {
        let pairs = diagnostics.recover { () throws(SpecError) in try node.pairs(construct: "webhooks") } ?? []
        return pairs.compactMap { name, item in
            diagnostics.recover { () throws(SpecError) -> Webhook in
                _ = try item.pairs(allowing: ["post"], construct: "a webhook")
                let post = try item.requiredChild("post")
                _ = try post.pairs(allowing: ["summary", "description", "requestBody", "responses", "x-locksmith-extension"], construct: "a webhook operation")
                let body = try post.requiredChild("requestBody")
                _ = try body.pairs(allowing: ["required", "description", "content"], construct: "a request body")
                let content = try body.requiredChild("content")
                _ = try content.pairs(allowing: ["application/json"], construct: "webhook content")
                let json = try content.requiredChild("application/json")
                _ = try json.pairs(allowing: ["schema"], construct: "a media type")
                let schema = try json.requiredChild("schema")
                guard let ref = schema.child("$ref") else { throw schema.error("webhook payloads must reference a component schema with $ref") }
                for (status, response) in try post.requiredChild("responses").pairs(construct: "responses") {
                    guard status.count == 3, let code = Int(status), (100...599).contains(code) else {
                        throw response.error("response keys must be HTTP status codes; '\(status)' is not supported")
                    }
                    _ = try response.pairs(allowing: ["description"], construct: "a webhook response")
                }
                return Webhook(
                    name: name, summary: try post.child("summary")?.string(), description: try post.child("description")?.string(),
                    payloadType: try schemas.referencedName(ref), pointer: item.pointer)
            }
        }
    }

    private static func readSecuritySchemes(_ node: NodeReader?, _ diagnostics: Diagnostics) -> SecuritySchemes {
        var schemes = SecuritySchemes()
        let pairs = node.flatMap { node in diagnostics.recover { () throws(SpecError) in try node.pairs(construct: "securitySchemes") } }
        for (name, scheme) in pairs ?? [] {
            schemes.surfaces[name] = diagnostics.recover { () throws(SpecError) -> AuthSurface in
                _ = try scheme.pairs(allowing: ["type", "scheme", "bearerFormat", "in", "name", "description"], construct: "a security scheme")
                switch (try scheme.requiredChild("type").string(), try scheme.child("scheme")?.string(), try scheme.child("in")?.string()) {
                case ("http", "bearer", _): return .management
                case ("apiKey", _, "header"): return .runtime
                default: throw scheme.error("only http bearer (management) and apiKey header (runtime) schemes are supported")
                }
            }
            if schemes.surfaces[name] == nil { schemes.unread.insert(name) }
        }
        return schemes
    }

    /// `components/parameters` or `components/responses` by name, for resolving references.
    private static func componentTable(_ node: NodeReader?, construct: String, _ diagnostics: Diagnostics) -> [String: NodeReader] {
        let pairs = node.flatMap { node in diagnostics.recover { () throws(SpecError) in try node.pairs(construct: construct) } }
        return Dictionary((pairs ?? []).map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
    }
}
