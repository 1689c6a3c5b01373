/// Reads `paths` into operations, resolving parameter and response references.
struct OperationReader {
    static let methods = ["get", "put", "post", "delete", "patch"]
    static let operationKeys: Set<String> = [
        "operationId", "tags", "summary", "description", "x-required-scopes", "x-error-codes", "parameters",
        "requestBody", "responses", "security", "deprecated", "x-locksmith-extension", "x-locksmith-credential-field",
    ]
    private static let parameterKeys: Set<String> = [
        "name", "in", "required", "description", "schema", "style", "explode", "deprecated", "example", "x-locksmith-extension",
    ]

    let parameters: [String: NodeReader]
    let responses: [String: NodeReader]
    /// `components/headers`: headers many responses share (rate limits, `Retry-After`), referenced with `$ref`.
    var headers: [String: NodeReader] = [:]
    let securitySchemes: SecuritySchemes
    /// The root `security`; nil when it could not be read.
    let defaultAuth: AuthSurface?

    func read(path: String, method: String, _ reader: NodeReader, schemas: inout SchemaReader) throws(SpecError) -> Operation {
        _ = try reader.pairs(allowing: Self.operationKeys, construct: "an operation")
        let id = try reader.requiredChild("operationId").string()
        guard id.first?.isLetter == true, id.allSatisfy({ $0.isLetter || $0.isNumber }) else {
            throw try reader.requiredChild("operationId").error("operationId '\(id)' must be alphanumeric, starting with a letter")
        }
        let tagsNode = try reader.requiredChild("tags")
        let tags = try tagsNode.strings()
        guard tags.count == 1 else { throw tagsNode.error("every operation needs exactly one tag (its handler protocol)") }

        var operation = Operation(
            id: id, method: method.uppercased(), path: path, tag: tags[0],
            summary: try reader.child("summary")?.string(), description: try reader.child("description")?.string(),
            auth: try readAuth(reader), requiredScopes: try reader.child("x-required-scopes")?.strings() ?? [],
            errorCodes: try reader.child("x-error-codes")?.strings() ?? [], parameters: [], requestBody: nil,
            responses: [], isExtension: try reader.child("x-locksmith-extension")?.bool() ?? false, pointer: reader.pointer)

        let typePrefix = Naming.typeName(id)
        for item in try reader.child("parameters")?.items(construct: "parameters") ?? [] {
            operation.parameters.append(try readParameter(item, typePrefix: typePrefix, schemas: &schemas))
        }
        if let body = reader.child("requestBody") {
            operation.requestBody = try readRequestBody(body, schemas: schemas)
        }
        if let field = reader.child("x-locksmith-credential-field") {
            // A runtime operation whose credential travels in the body: no Authorization header (`security: []`),
            // a required body, and the field a required string member of it.
            guard operation.auth == .none else { throw field.error("x-locksmith-credential-field needs security: []") }
            guard let body = operation.requestBody, body.isRequired, let schema = schemas.components[body.typeName],
                  try schema.child("required")?.strings().contains(try field.string()) == true
            else {
                throw field.error("x-locksmith-credential-field must name a required member of a required request body")
            }
            operation.auth = .runtime
            operation.credentialField = try field.string()
        }
        for (status, response) in try reader.requiredChild("responses").pairs(construct: "responses") {
            guard status.count == 3, let code = Int(status), (100...599).contains(code) else {
                throw response.error("response keys must be HTTP status codes; '\(status)' is not supported")
            }
            operation.responses.append(try readResponse(code, response, typePrefix: typePrefix, schemas: &schemas))
        }
        return operation
    }

    private func readAuth(_ reader: NodeReader) throws(SpecError) -> AuthSurface {
        guard let security = reader.child("security") else {
            guard let defaultAuth else { throw .following(earlierProblemAt: reader.pointer) }
            return defaultAuth
        }
        return try Self.auth(security, schemes: securitySchemes)
    }

    /// `[]` means no auth; `[{name: []}]` names exactly one scheme.
    static func auth(_ security: NodeReader, schemes: SecuritySchemes) throws(SpecError) -> AuthSurface {
        let requirements = try security.items(construct: "security")
        if requirements.isEmpty { return .none }
        guard requirements.count == 1, let pairs = try? requirements[0].pairs(construct: "a security requirement"),
              pairs.count == 1
        else {
            throw security.error("an operation must use exactly one security scheme, or none ([])")
        }
        guard let surface = schemes.surfaces[pairs[0].key] else {
            if schemes.unread.contains(pairs[0].key) { throw .following(earlierProblemAt: pairs[0].value.pointer) }
            throw pairs[0].value.error("unknown security scheme '\(pairs[0].key)'")
        }
        return surface
    }

    private func readParameter(_ item: NodeReader, typePrefix: String, schemas: inout SchemaReader) throws(SpecError) -> Parameter {
        let reader = try resolve(item, in: parameters, prefix: "#/components/parameters/")
        _ = try reader.pairs(allowing: Self.parameterKeys, construct: "a parameter")
        let name = try reader.requiredChild("name").string()
        let locationNode = try reader.requiredChild("in")
        guard let location = Parameter.Location(rawValue: try locationNode.string()) else {
            throw locationNode.error("parameters in '\(try locationNode.string())' are not supported (path, query, header)")
        }
        let isRequired = try reader.child("required")?.bool() ?? false
        if location == .path && !isRequired { throw reader.error("path parameters must be required") }
        let info = try schemas.read(try reader.requiredChild("schema"), nameHint: typePrefix + Naming.typeName(name))
        if info.isNullable { throw reader.error("nullable parameters are not supported") }
        if case .array = info.type {
            guard location == .query, try reader.child("style")?.string() == "form",
                  try reader.child("explode")?.bool() == false
            else {
                throw reader.error("array parameters must be query parameters with style: form and explode: false")
            }
        } else if reader.child("explode") != nil || reader.child("style") != nil {
            throw reader.error("style and explode are only supported on array query parameters")
        }
        return Parameter(
            name: name, location: location, isRequired: isRequired, type: info.type,
            description: try reader.child("description")?.string(), constraints: info.constraints)
    }

    private func readRequestBody(_ reader: NodeReader, schemas: SchemaReader) throws(SpecError) -> RequestBody {
        _ = try reader.pairs(allowing: ["required", "description", "content"], construct: "a request body")
        let content = try reader.requiredChild("content").pairs(
            allowing: ["application/json", RequestBody.formMediaType], construct: "request content")
        guard let json = content.first(where: { $0.key == "application/json" })?.value else {
            throw reader.error("a request body needs application/json content")
        }
        let typeName = try referencedBody(json, schemas: schemas)
        var acceptsForm = false
        // A form body (RFC 7662 and RFC 7009 clients send one) has the JSON body's schema, whose members are strings: a
        // form field is text, and the server reads the form as the JSON object of those strings.
        if let form = content.first(where: { $0.key == RequestBody.formMediaType })?.value {
            guard try referencedBody(form, schemas: schemas) == typeName else {
                throw form.error("a form body must have the same schema as the JSON body")
            }
            guard let component = schemas.components[typeName] else { throw form.error("unresolved request body '\(typeName)'") }
            for (name, property) in try component.requiredChild("properties").pairs(construct: "form fields") {
                guard property.child("$ref") == nil, try property.child("type")?.string() == "string" else {
                    throw property.error("form field '\(name)' must be a string")
                }
            }
            acceptsForm = true
        }
        return RequestBody(typeName: typeName, isRequired: try reader.child("required")?.bool() ?? false, acceptsForm: acceptsForm)
    }

    private func referencedBody(_ media: NodeReader, schemas: SchemaReader) throws(SpecError) -> String {
        _ = try media.pairs(allowing: ["schema"], construct: "a media type")
        let schema = try media.requiredChild("schema")
        guard let ref = schema.child("$ref") else {
            throw schema.error("request bodies must reference a component schema with $ref")
        }
        return try schemas.referencedName(ref)
    }

    private func readResponse(_ status: Int, _ item: NodeReader, typePrefix: String, schemas: inout SchemaReader) throws(SpecError) -> Response {
        let reader = try resolve(item, in: responses, prefix: "#/components/responses/")
        _ = try reader.pairs(allowing: ["description", "content", "headers"], construct: "a response")
        let description = try reader.requiredChild("description").string()
        let headers = try readResponseHeaders(reader)
        guard let content = reader.child("content") else {
            if !headers.isEmpty { throw try reader.requiredChild("headers").error("response headers are only supported on binary responses") }
            return Response(status: status, description: description, payload: .empty)
        }
        let media = try content.pairs(construct: "response content")
        var binaryTypes: [String] = []
        var envelope: ResponsePayload?
        for (type, value) in media {
            _ = try value.pairs(allowing: ["schema", "x-locksmith-raw", "x-locksmith-bare"], construct: "a media type")
            let schema = try value.requiredChild("schema")
            // The schema is the whole body, with no envelope: documents whose shape a standard fixes (a JWK Set, an
            // RFC 7662 introspection answer), which the handler returns as a model and the client decodes as one.
            if try value.child("x-locksmith-bare")?.bool() == true {
                guard type == "application/json", media.count == 1, let ref = schema.child("$ref") else {
                    throw value.error("x-locksmith-bare needs a single application/json content whose schema is a $ref")
                }
                let name = try schemas.referencedName(ref)
                return Response(status: status, description: description, payload: .document(.named(name)), headers: headers)
            }
            // The handler writes the document's bytes as they are; the schema describes the document a client parses
            // from them (the contract itself, a JSON export), so the generator does not read it.
            if try value.child("x-locksmith-raw")?.bool() == true {
                binaryTypes.append(type)
                continue
            }
            if type == "application/json", schema.child("format") == nil {
                envelope = try readJSONPayload(schema, typePrefix: typePrefix, schemas: &schemas)
                continue
            }
            let format = try schema.child("format")?.string()
            guard try schema.child("type")?.string() == "string" else {
                throw schema.error("non-JSON content must be a string schema")
            }
            if format == "binary" {
                binaryTypes.append(type)
            } else if type.hasPrefix("text/") && media.count == 1 && format == nil {
                if !headers.isEmpty { throw try reader.requiredChild("headers").error("response headers are only supported on binary responses") }
                return Response(status: status, description: description, payload: .text(contentType: type))
            } else {
                throw schema.error("content '\(type)' must be text/* with a string schema or a binary string")
            }
        }
        // A JSON envelope with binary renditions beside it: the same answer as a file, for a client whose `Accept` asks
        // for one (a license file as `.lic`); the documented headers are the file's.
        if let envelope {
            if case .envelope = envelope {} else if !binaryTypes.isEmpty {
                throw content.error("only a result envelope may have other renditions")
            }
            if binaryTypes.isEmpty, !headers.isEmpty {
                throw try reader.requiredChild("headers").error("response headers are only supported on binary responses")
            }
            return Response(status: status, description: description, payload: envelope, headers: headers, renditions: binaryTypes)
        }
        return Response(status: status, description: description, payload: .binary(contentTypes: binaryTypes), headers: headers)
    }

    /// The names of a response's own documented headers. Each is a string; handlers set them on binary bodies, and
    /// clients read back exactly these. A header given by `$ref` to `components/headers` is one the server adds to many
    /// answers (the rate-limit fields, `Retry-After`): documented on any response, and not part of a body's value.
    private func readResponseHeaders(_ response: NodeReader) throws(SpecError) -> [String] {
        guard let headers = response.child("headers") else { return [] }
        var names: [String] = []
        for (name, header) in try headers.pairs(construct: "response headers") {
            if header.child("$ref") != nil {
                let shared = try resolve(header, in: self.headers, prefix: "#/components/headers/")
                _ = try shared.pairs(allowing: ["description", "schema"], construct: "a response header")
                _ = try shared.requiredChild("description").string()
                let schema = try shared.requiredChild("schema")
                _ = try schema.pairs(allowing: ["type", "minimum"], construct: "a response header schema")
                guard ["string", "integer"].contains(try schema.requiredChild("type").string()) else {
                    throw schema.error("shared response headers must be strings or integers")
                }
                continue
            }
            _ = try header.pairs(allowing: ["description", "schema"], construct: "a response header")
            _ = try header.requiredChild("description").string()
            let schema = try header.requiredChild("schema")
            _ = try schema.pairs(allowing: ["type"], construct: "a response header schema")
            guard try schema.requiredChild("type").string() == "string" else { throw schema.error("response headers must be strings") }
            names.append(name)
        }
        return names
    }

    /// Recognises the envelopes: `{error, meta}` is an error, `{data, meta[, page_info][, signature]}` a result.
    private func readJSONPayload(_ schema: NodeReader, typePrefix: String, schemas: inout SchemaReader) throws(SpecError) -> ResponsePayload {
        var object = schema
        if let ref = schema.child("$ref") {
            object = schemas.components[try schemas.referencedName(ref)]!
        }
        let properties = try object.requiredChild("properties")
        let keys = Set(try properties.pairs(construct: "an envelope").map(\.key))
        if keys == ["error", "meta"] { return .error }
        guard keys.contains("data"), keys.contains("meta"), keys.isSubset(of: ["data", "meta", "page_info", "signature"]) else {
            throw schema.error("a JSON response must be an envelope {data, meta[, page_info][, signature]} or {error, meta}; found \(keys.sorted())")
        }
        let data = try schemas.read(try properties.requiredChild("data"), nameHint: typePrefix + "Data")
        let pageInfo = try properties.child("page_info").map { node throws(SpecError) in
            try schemas.read(node, nameHint: typePrefix + "PageInfo").type
        }
        return .envelope(data: data.type, pageInfo: pageInfo, signed: keys.contains("signature"))
    }

    private func resolve(_ item: NodeReader, in table: [String: NodeReader], prefix: String) throws(SpecError) -> NodeReader {
        guard let ref = item.child("$ref") else { return item }
        let target = try ref.string()
        guard target.hasPrefix(prefix), let resolved = table[String(target.dropFirst(prefix.count))] else {
            throw ref.error("unresolved reference '\(target)'")
        }
        return resolved
    }
}

/// The security schemes by the auth surface each stands for; a scheme that could not be read is known by name only.
struct SecuritySchemes {
    var surfaces: [String: AuthSurface] = [:]
    var unread: Set<String> = []
}
