import Testing
@testable import GeneratorKit

@Suite struct SpecReaderTests {
    private func read(_ yaml: String) throws -> Spec {
        try SpecReader.read(try YAMLParser.parse(yaml))
    }

    private func object(_ spec: Spec, _ name: String) -> ObjectType? {
        if case .object(let object)? = spec.type(named: name)?.kind { return object }
        return nil
    }

    private func operation(_ spec: Spec, _ id: String) throws -> GeneratorKit.Operation {
        try #require(spec.operations.first { $0.id == id })
    }

    @Test func readsObjectsWithEveryPropertyKind() throws {
        let spec = try read(SpecFixtures.mini)
        let product = try #require(object(spec, "Product"))
        #expect(product.properties.map(\.name) == ["id", "name", "default", "metadata", "created_at", "limits", "kind", "tags"])
        #expect(product.properties.map(\.type) == [
            .string, .string, .int64, .freeForm, .dateTime, .named("ProductLimits"), .named("ProductKind"), .map(.string),
        ])
        #expect(product.properties.map(\.isRequired) == [true, true, false, true, true, false, false, false])
        #expect(product.isClosed == false)
        #expect(spec.type(named: "Product")?.description == "A product.")
        #expect(object(spec, "ProductLimits")?.properties.map(\.type) == [.integer])
        guard case .enumeration(["a", "b"])? = spec.type(named: "ProductKind")?.kind else {
            Issue.record("inline enum not hoisted as ProductKind")
            return
        }
    }

    @Test func mergesAllOfAndKeepsClosedRequestsClosed() throws {
        let spec = try read(SpecFixtures.mini)
        let consume = try #require(object(spec, "Consume"))
        #expect(consume.properties.map(\.name) == ["fingerprint", "amount"])
        #expect(consume.properties.map(\.isRequired) == [false, true])
        #expect(consume.properties[1].constraints.minimum == 1)
        #expect(consume.isClosed)
    }

    @Test func readsNullableAndConstrainedProperties() throws {
        let spec = try read(SpecFixtures.mini)
        let pageInfo = try #require(object(spec, "PageInfo")?.properties.first)
        #expect(pageInfo.isRequired && pageInfo.isNullable)
        let email = try #require(object(spec, "ProductUpdateRequest")?.properties.last)
        #expect(!email.isRequired && email.isNullable)
        let name = try #require(object(spec, "ProductCreateRequest")?.properties.first)
        #expect(name.constraints.minLength == 1 && name.constraints.maxLength == 10 && name.constraints.pattern == "^[a-z]+$")
        let scopes = try #require(object(spec, "ProductCreateRequest")?.properties.last)
        #expect(scopes.type == .array(.named("ManagementScope")) && scopes.constraints.maxItems == 3)
        #expect(scopes.constraints.items == nil && !scopes.constraints.uniqueItems)
        let labels = try #require(object(spec, "ProductCreateRequest")?.properties.first { $0.name == "labels" })
        #expect(labels.constraints.uniqueItems && labels.constraints.items?.maxLength == 8 && labels.constraints.items?.pattern == "^[a-z]+$")
    }

    @Test func readsParametersThroughReferencesWithTheirConstraints() throws {
        let list = try operation(try read(SpecFixtures.mini), "listProducts")
        #expect(list.parameters.map(\.name) == ["limit", "cursor", "status", "group_by"])
        #expect(list.parameters[0].constraints.minimum == 1 && list.parameters[0].constraints.maximum == 200)
        #expect(list.parameters[2].type == .named("Status"))
        #expect(list.parameters[3].type == .array(.named("ListProductsGroupByItem")))
        let upsert = try operation(try read(SpecFixtures.mini), "upsertThing")
        #expect(upsert.parameters.map(\.location) == [.path, .header])
        #expect(upsert.requiresIdempotencyKey)
    }

    @Test func readsTheExtensionMark() throws {
        let spec = try read(SpecFixtures.mini)
        #expect(try operation(spec, "deleteProduct").isExtension)
        #expect(spec.operations.filter(\.isExtension).map(\.id) == ["deleteProduct"])
        #expect(throws: SpecErrors.self) {
            try read(SpecFixtures.mini.replacingOccurrences(of: "x-locksmith-extension: true", with: "x-locksmith-extension: sometimes"))
        }
    }

    @Test func classifiesResponsesAndAuthSurfaces() throws {
        let spec = try read(SpecFixtures.mini)
        let list = try operation(spec, "listProducts")
        #expect(list.auth == .management && list.requiredScopes == ["product:read"])
        guard case .envelope(.array(.named("Product")), .named("PageInfo")?, false) = list.responses[0].payload else {
            Issue.record("list envelope")
            return
        }
        #expect(list.errorStatuses == [401, 403])
        let validate = try operation(spec, "validateLicense")
        #expect(validate.auth == .runtime && validate.requestBody?.isRequired == false)
        guard case .envelope(.named("Entitlement"), nil, true) = validate.responses[0].payload else {
            Issue.record("signed envelope")
            return
        }
        let upsert = try operation(spec, "upsertThing")
        #expect(upsert.successResponses.map(\.status) == [200, 204])
        guard case .text("text/plain") = try operation(spec, "getMetrics").responses[0].payload else {
            Issue.record("text response")
            return
        }
        guard case .binary(["text/csv", "application/pdf"]) = try operation(spec, "download").responses[0].payload else {
            Issue.record("binary response")
            return
        }
        #expect(try operation(spec, "download").auth == AuthSurface.none)
        #expect(try operation(spec, "download").responses[0].headers == ["ETag"])
    }

    @Test func readsTheErrorCatalogue() throws {
        let spec = try read(SpecFixtures.mini)
        #expect(spec.errorCodes.first == ErrorCodeEntry(code: "INVALID_JSON", status: 400, anyOperation: false))
        #expect(spec.errorCodes.filter(\.anyOperation).map(\.code) == ["INVALID_QUERY", "INTERNAL", "NOT_IMPLEMENTED"])
    }

    @Test(arguments: [
        // (old text, new text, pointer that must be named, message fragment)
        ("Status: {type: string, enum: [active, time_limited]}", "Status: {anyOf: [{type: string}]}",
         "#/components/schemas/Status/anyOf", "only supported on an object schema with properties"),
        ("Status: {type: string, enum: [active, time_limited]}", "Status: {oneOf: [{type: string}, {type: integer}]}",
         "#/components/schemas/Status/oneOf/0", "must be a $ref to a component schema"),
        ("Status: {type: string, enum: [active, time_limited]}", "Status: {oneOf: [{$ref: '#/components/schemas/Product'}]}",
         "#/components/schemas/Status/oneOf", "at least two alternatives"),
        ("status: {$ref: '#/components/schemas/Status'}", "status: {$ref: '#/components/schemas/Nope'}",
         "#/components/schemas/ProductCreateRequest/properties/status/$ref", "unresolved reference"),
        ("request_id: {type: string}", "request_id: {type: string, format: email}",
         "#/components/schemas/ResponseMeta/properties/request_id/format", "unsupported string format 'email'"),
        ("next_cursor: {type: [string, \"null\"]}", "next_cursor: {type: [string, integer]}",
         "#/components/schemas/PageInfo/properties/next_cursor/type", "union types"),
        ("      x-required-scopes: [product:read]\n", "",
         "#/paths/~1api~1v1~1products/get", "need x-required-scopes"),
        ("x-required-scopes: [product:read]", "x-required-scopes: [product:delete]",
         "#/paths/~1api~1v1~1products/get/x-required-scopes", "not a ManagementScope value"),
        ("x-error-codes: [UNAUTHORIZED, TOKEN_SCOPE_DENIED]\n      parameters:\n        - $ref",
         "x-error-codes: [UNAUTHORIZED, TOKEN_SCOPE_DENIED, NOT_FOUND]\n      parameters:\n        - $ref",
         "#/paths/~1api~1v1~1products/get/x-error-codes", "status 404, which this operation does not document"),
        ("x-error-codes: [UNAUTHORIZED, TOKEN_SCOPE_DENIED]\n      parameters:\n        - $ref",
         "x-error-codes: [UNAUTHORIZED]\n      parameters:\n        - $ref",
         "#/paths/~1api~1v1~1products/get/x-error-codes", "status 403 is documented"),
        ("[UNAUTHORIZED, TOKEN_SCOPE_DENIED]\n      parameters:\n        - {name: id, in: path, required: true, schema: {type: string}}\n      responses:",
         "[UNAUTHORIZED, TOKEN_SCOPE_DENIED]\n      parameters:\n        - {name: key, in: path, required: true, schema: {type: string}}\n      responses:",
         "#/paths/~1api~1v1~1products~1{id}/delete/parameters", "do not match the template"),
        ("  /api/v1/products:\n    get:", "  /api/v1/products:\n    parameters: []\n    get:",
         "#/paths/~1api~1v1~1products/parameters", "unsupported construct 'parameters' in a path item"),
        ("'200': {description: Metrics.", "default: {description: Metrics.",
         "#/paths/~1metrics/get/responses/default", "must be HTTP status codes"),
        ("'200': {description: Metrics.,", "'200': {description: Metrics., headers: {ETag: {description: x, schema: {type: string}}},",
         "#/paths/~1metrics/get/responses/200/headers", "only supported on binary responses"),
        ("headers: {ETag: {description: Digest., schema: {type: string}}}", "headers: {ETag: {description: Digest., schema: {type: integer}}}",
         "#/paths/~1download~1{id}/get/responses/200/headers/ETag/schema", "must be strings"),
        ("schema: {$ref: '#/components/schemas/Binding'}", "schema: {type: object}",
         "#/paths/~1api~1v1~1license~1validate/post/requestBody/content/application~1json/schema", "must reference a component schema"),
        ("openapi: 3.1.0", "openapi: 3.0.3", "#/openapi", "only OpenAPI 3.1"),
        ("tags: [Runtime]", "tags: [Runtime, System]", "#/paths/~1api~1v1~1license~1validate/post/tags", "exactly one tag"),
        ("schema: {$ref: '#/components/schemas/SignedEnvelope'}", "schema: {$ref: '#/components/schemas/Product'}",
         "#/paths/~1api~1v1~1license~1validate/post/responses/200/content/application~1json/schema", "must be an envelope"),
        ("{name: group_by, in: query, style: form, explode: false,", "{name: group_by, in: query,",
         "#/paths/~1api~1v1~1products/get/parameters/3", "style: form and explode: false"),
        ("operationId: deleteProduct", "operationId: deleteProduct\n      x-scopes: [admin]",
         "#/paths/~1api~1v1~1products~1{id}/delete/x-scopes", "unsupported construct 'x-scopes'"),
        ("tags: [Runtime]\n      security: [{licenseAuth: []}]", "tags: [Runtime]\n      security: [{licenseAuth: []}]\n      x-required-scopes: [admin]",
         "#/paths/~1api~1v1~1license~1validate/post/x-required-scopes", "only management operations take scopes"),
        ("Status: {type: string, enum: [active, time_limited]}", "Status: {$ref: '#/components/schemas/Status', description: x}",
         "#/components/schemas/Status", "must stand alone"),
        // Every operation that uses the scheme is left unread, silently.
        ("bearerAuth: {type: http, scheme: bearer}", "bearerAuth: {type: oauth2}",
         "#/components/securitySchemes/bearerAuth", "only http bearer (management) and apiKey header (runtime) schemes"),
        ("security: [{bearerAuth: []}]\ntags:", "security: [{bearerAuth: []}, {licenseAuth: []}]\ntags:",
         "#/security", "exactly one security scheme"),
    ])
    func refusesWithTheJSONPointer(old: String, new: String, pointer: String, message: String) {
        #expect {
            try read(SpecFixtures.mini(replacing: old, with: new))
        } throws: { error in
            // One problem is reported once: nothing that depends on the broken part repeats it.
            guard let errors = (error as? SpecErrors)?.errors, errors.count == 1 else {
                Issue.record("got \(error)")
                return false
            }
            let matches = errors[0].pointer == pointer && errors[0].message.contains(message) && errors[0].mark != nil
            if !matches { Issue.record("got \(error)") }
            return matches
        }
    }

    @Test func reportsEveryIndependentProblemInOneRunInDocumentOrder() throws {
        var yaml = SpecFixtures.mini
        for (old, new) in [
            ("openapi: 3.1.0", "openapi: 3.0.3"),
            ("x-required-scopes: [product:read]", "x-required-scopes: [product:delete]"),
            ("'200': {description: Metrics.", "default: {description: Metrics."),
            ("Status: {type: string, enum: [active, time_limited]}", "Status: {anyOf: [{type: string}]}"),
            ("next_cursor: {type: [string, \"null\"]}", "next_cursor: {type: [string, integer]}"),
            ("      properties: {license_id: {type: string}}", "      properties: {license_id: {type: string}}\n      discriminator: {propertyName: kind}"),
        ] {
            yaml = yaml.replacingOccurrences(of: old, with: new)
        }
        let failure = try #require(throws: SpecErrors.self) { try read(yaml) }
        #expect(failure.errors.map(\.pointer) == [
            "#/openapi",
            "#/paths/~1api~1v1~1products/get/x-required-scopes",
            "#/paths/~1metrics/get/responses/default",
            "#/components/schemas/Status/anyOf",
            "#/components/schemas/PageInfo/properties/next_cursor/type",
            "#/components/schemas/Entitlement/discriminator",
        ])
        let lines = failure.description.split(separator: "\n")
        #expect(lines.count == 6)
        #expect(lines.first == "#/openapi (1:10): only OpenAPI 3.1 is supported, found 3.0.3")
        let positions = failure.errors.compactMap(\.mark).map { [$0.line, $0.column] }
        #expect(positions.count == 6 && positions == positions.sorted { $0.lexicographicallyPrecedes($1) })
    }

    /// Rules across properties are read for what they name and generate nothing: the type is the plain object.
    @Test func readsRulesAcrossPropertiesWithoutChangingTheType() throws {
        let rules = [
            "        email: {type: [string, \"null\"]}", "      minProperties: 1", "      dependentRequired: {email: [name]}",
            "      not: {required: [name, email]}", "      anyOf: [{required: [name]}, {required: [email]}]", "",
        ].joined(separator: "\n")
        let spec = try read(SpecFixtures.mini(replacing: "        email: {type: [string, \"null\"]}\n", with: rules))
        #expect(object(spec, "ProductUpdateRequest")?.properties.map(\.name) == ["name", "email"])
        let exactlyOne = try read(SpecFixtures.mini(
            replacing: "      properties: {fingerprint: {type: string}}", with: "      properties: {fingerprint: {type: string}, key: {type: string}}\n      oneOf: [{required: [fingerprint]}, {required: [key]}]"))
        #expect(object(exactlyOne, "Binding")?.properties.map(\.name) == ["fingerprint", "key"])
    }

    @Test(arguments: [
        ("        email: {type: [string, \"null\"]}", "        email: {type: [string, \"null\"]}\n      dependentRequired: {email: [nope]}",
         "#/components/schemas/ProductUpdateRequest/dependentRequired/email", "'nope' is not a property"),
        ("        email: {type: [string, \"null\"]}", "        email: {type: [string, \"null\"]}\n      not: {required: [name, nope]}",
         "#/components/schemas/ProductUpdateRequest/not/required", "'nope' is not a property"),
        ("        email: {type: [string, \"null\"]}", "        email: {type: [string, \"null\"]}\n      minProperties: 0",
         "#/components/schemas/ProductUpdateRequest/minProperties", "at least 1"),
        ("Status: {type: string, enum: [active, time_limited]}", "Status: {type: string, enum: [active, time_limited], not: {required: [x]}}",
         "#/components/schemas/Status/not", "only supported on an object schema with properties"),
    ])
    func refusesRulesThatNameNoProperty(old: String, new: String, pointer: String, message: String) {
        refusesWithTheJSONPointer(old: old, new: new, pointer: pointer, message: message)
    }

    @Test func readsOneOfAsNamedAlternativesAndWebhooksAsPayloads() throws {
        let spec = try read(SpecFixtures.withOneOfAndWebhooks)
        guard case .oneOf(let either)? = spec.type(named: "Either")?.kind,
              case .oneOf(let data)? = spec.type(named: "UpsertThingData")?.kind,
              case .envelope(.named("UpsertThingData"), nil, false) = try operation(spec, "upsertThing").responses[0].payload
        else {
            Issue.record("oneOf not read")
            return
        }
        #expect(either == ["Product", "Entitlement"] && data == either)
        #expect(spec.type(named: "Either")?.description == "A product or an entitlement.")
        #expect(spec.webhooks.map(\.name) == ["product.created", "entitlement.changed"])
        #expect(spec.webhooks.map(\.payloadType) == ["ProductEvent", "Entitlement"])
        #expect(spec.webhooks[0].summary == "A product was created.")
        #expect(spec.webhooks[0].pointer == "#/webhooks/product.created")
    }

    @Test(arguments: [
        // (old text, new text, pointer that must be named, message fragment)
        ("oneOf: [{$ref: '#/components/schemas/Product'}, {$ref: '#/components/schemas/Entitlement'}]\n",
         "oneOf: [{$ref: '#/components/schemas/Product'}, {$ref: '#/components/schemas/Status'}]\n",
         "#/components/schemas/Either/oneOf", "'Status' must be an object schema"),
        ("oneOf: [{$ref: '#/components/schemas/Product'}, {$ref: '#/components/schemas/Entitlement'}]\n",
         "oneOf: [{$ref: '#/components/schemas/Product'}, {$ref: '#/components/schemas/Product'}]\n",
         "#/components/schemas/Either/oneOf/1", "listed twice"),
        ("{$ref: '#/components/schemas/Entitlement'}]\n    ProductEvent:\n      type: object\n      required: [type, data]\n",
         "{$ref: '#/components/schemas/ProductEvent'}]\n    ProductEvent:\n      type: object\n",
         "#/components/schemas/Either/oneOf", "'ProductEvent' requires no property that the other alternatives lack"),
        ("      oneOf: [{$ref: '#/components/schemas/Product'}, {$ref: '#/components/schemas/Entitlement'}]\n",
         "      type: object\n      oneOf: [{$ref: '#/components/schemas/Product'}, {$ref: '#/components/schemas/Entitlement'}]\n",
         "#/components/schemas/Either/type", "unsupported construct 'type' in a oneOf schema"),
        ("status: {$ref: '#/components/schemas/Status'}", "status: {$ref: '#/components/schemas/Either'}",
         "#/components/schemas/Either", "reachable from a request body"),
        ("schema: {$ref: '#/components/schemas/ProductEvent'}", "schema: {type: object}",
         "#/webhooks/product.created/post/requestBody/content/application~1json/schema", "must reference a component schema"),
        ("      summary: A product was created.\n", "      summary: A product was created.\n      operationId: productCreated\n",
         "#/webhooks/product.created/post/operationId", "unsupported construct 'operationId' in a webhook operation"),
        ("'204': {description: Received.}", "2XX: {description: Received.}",
         "#/webhooks/entitlement.changed/post/responses/2XX", "must be HTTP status codes"),
        ("schema: {$ref: '#/components/schemas/Entitlement'}}}}\n      responses:\n        '204'",
         "schema: {$ref: '#/components/schemas/Either'}}}}\n      responses:\n        '204'",
         "#/webhooks/entitlement.changed", "must be an object schema"),
    ])
    func refusesOneOfAndWebhooksOutsideTheSubset(old: String, new: String, pointer: String, message: String) {
        #expect {
            try read(SpecFixtures.withOneOfAndWebhooks(replacing: old, with: new))
        } throws: { error in
            guard let errors = (error as? SpecErrors)?.errors, errors.count == 1 else {
                Issue.record("got \(error)")
                return false
            }
            let matches = errors[0].pointer == pointer && errors[0].message.contains(message)
            if !matches { Issue.record("got \(error)") }
            return matches
        }
    }

    @Test func aDocumentWithoutItsRootKeysStopsAtOnce() {
        #expect {
            try read(SpecFixtures.mini(replacing: "paths:\n", with: "routes:\n"))
        } throws: { error in
            guard let errors = (error as? SpecErrors)?.errors else { return false }
            return errors.map(\.message) == ["missing required key 'paths'", "unsupported construct 'routes' in the document root"]
        }
    }
}
