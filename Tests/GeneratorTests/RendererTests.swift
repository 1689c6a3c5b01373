import Testing
@testable import GeneratorKit

@Suite struct RendererTests {
    private func render() throws -> [String: String] {
        try Pipeline.render(try Pipeline.spec(fromYAML: SpecFixtures.mini))
    }

    @Test func splitsFilesByTagAndWritesOnlyGeneratedFiles() throws {
        let files = try render()
        #expect(Set(files.keys) == [
            "Exports.swift", "OperationTable.swift", "Dispatcher.swift", "ModelCatalog.swift", "Catalog.swift", "Runtime.swift", "System.swift",
            "Models+Catalog.swift", "Models+Runtime.swift", "Models+Shared.swift", "ContractDocument.swift",
        ])
        for (name, contents) in files {
            #expect(contents.hasPrefix("// Generated from openapi.yaml — do not edit.\n"), "\(name) lacks the header")
        }
    }

    @Test func exportsTheRuntimeBoundToThisContract() throws {
        let exports = try #require(try render()["Exports.swift"])
        #expect(exports.contains("@_exported public import LocksmithAPIRuntime"))
        #expect(exports.contains("public typealias APIError = APIRuntime<OperationTable>.APIError"))
        #expect(exports.contains("public typealias ListResponse<Item: Sendable, PageInfo: Sendable> = APIRuntime<OperationTable>.ListResponse<Item, PageInfo>"))
        let table = try #require(try render()["OperationTable.swift"])
        #expect(table.contains("public enum OperationTable: APIContract {"))
        #expect(table.contains("public typealias Code = ErrorCode"))
        let shared = try #require(try render()["Models+Shared.swift"])
        #expect(shared.contains("extension ErrorCode: APIErrorCode {"))
        #expect(shared.contains("extension ResponseMeta: EnvelopeMeta {}"))
    }

    @Test(arguments: [
        // (tag renamed, its new name, the file that would be written twice)
        ("System", "Exports", "Exports.swift"),
        ("System", "Dispatcher", "Dispatcher.swift"),
        ("System", "operation-table", "OperationTable.swift"),
        ("System", "ModelCatalog", "ModelCatalog.swift"),
        ("Runtime", "shared", "Models+Shared.swift"),
        ("Runtime", "CataLog", "CataLog.swift"),
    ])
    func refusesTagsWhoseFilesClash(tag: String, renamed: String, file: String) throws {
        let yaml = SpecFixtures.mini(replacing: "{name: \(tag)}", with: "{name: \(renamed)}")
            .replacingOccurrences(of: "tags: [\(tag)]", with: "tags: [\(renamed)]")
        let spec = try Pipeline.spec(fromYAML: yaml)
        let failure = try #require(throws: Pipeline.Failure.self) { try Pipeline.render(spec) }
        #expect(failure.problems.contains { $0.hasPrefix("#/tags/") && $0.contains("\(file) would hold both") }, "got \(failure)")
    }

    @Test func closedRequestTypesRejectUnknownKeysAndValidate() throws {
        let models = try #require(try render()["Models+Catalog.swift"])
        #expect(models.contains("public struct ProductCreateRequest: Codable, Hashable, Sendable {"))
        #expect(models.contains("try decoder.rejectUnknownKeys(CodingKeys.self)"))
        #expect(models.contains("extension ProductCreateRequest: Validatable {"))
        #expect(models.contains(#"try Validation.check(name, minLength: 1, maxLength: 10, pattern: "^[a-z]+$", field: path + "name")"#))
        #expect(models.contains(#"try Validation.checkKnown(each: scopes, field: path + "scopes")"#))
        // Arrays check each item's own constraints, naming the item, and `uniqueItems`.
        #expect(models.contains(#"try Validation.checkUnique(labels, field: path + "labels")"#))
        #expect(models.contains("""
                    for (index, item) in (labels ?? []).enumerated() {
                        try Validation.check(item, maxLength: 8, pattern: "^[a-z]+$", field: path + "labels" + "[\\(index)]")
                    }
            """))
        #expect(models.contains("public var email: Nullable<String>?"))
        // Response types are lenient and never validated.
        #expect(!models.contains("extension Product: Validatable"))
    }

    @Test func requiredNullablePropertiesEncodeAnExplicitNull() throws {
        let shared = try #require(try render()["Models+Catalog.swift"])
        #expect(shared.contains("public var nextCursor: String?"))
        #expect(shared.contains("self.nextCursor = try container.decode(String?.self, forKey: .nextCursor)"))
        #expect(shared.contains("try container.encode(self.nextCursor, forKey: .nextCursor)"))
    }

    @Test func operationTableCarriesAuthScopesAndStatuses() throws {
        let table = try #require(try render()["OperationTable.swift"])
        #expect(table.contains(#"OperationSpec(id: .listProducts, method: "GET", path: "/api/v1/products", auth: .management, requiredScopes: [.productRead], successStatuses: [200], errorStatuses: [401, 403], errorCodes: [.unauthorized, .tokenScopeDenied], requiresIdempotencyKey: false, signsResponse: false, requestBody: .none, headerParameters: [], tag: "Catalog", summary: "List products.")"#))
        #expect(table.contains("requiresIdempotencyKey: true"))
        #expect(table.contains(#"tag: "Catalog", summary: "", isExtension: true)"#), "deleteProduct carries its extension mark")
        #expect(table.components(separatedBy: "isExtension").count == 2, "only extensions say so")
        #expect(table.contains(#"OperationSpec(id: .validateLicense, method: "POST", path: "/api/v1/license/validate", auth: .runtime, requiredScopes: [], successStatuses: [200], errorStatuses: [401], errorCodes: [.unauthorized], requiresIdempotencyKey: false, signsResponse: true, requestBody: .optional"#))
    }

    @Test func clientMethodsReturnWhatTheResponsesCarry() throws {
        let catalog = try #require(try render()["Catalog.swift"])
        #expect(catalog.contains("public func listProducts(limit: Int? = nil, cursor: String? = nil, status: Status? = nil, groupBy: [ListProductsGroupByItem]? = nil) async throws -> ListResponse<Product, PageInfo> {"))
        #expect(catalog.contains("public func upsertThing(id: String, idempotencyKey: String? = nil, _ body: ProductUpdateRequest) async throws -> Response<Product>? {"))
        // The SDK makes up an Idempotency-Key when none is given.
        #expect(catalog.contains(#"headers["Idempotency-Key"] = idempotencyKey"#))
        #expect(catalog.contains("case 204: return nil"))
        #expect(catalog.contains("public func deleteProduct(id: String) async throws {"))
        let runtime = try #require(try render()["Runtime.swift"])
        #expect(runtime.contains("public func validateLicense(_ body: Binding? = nil) async throws -> SignedResponse<Entitlement> {"))
        let system = try #require(try render()["System.swift"])
        #expect(system.contains("public func getMetrics() async throws -> String {"))
        #expect(system.contains("public func download(id: String) async throws -> BinaryBody {"))
        #expect(system.contains(#"case 200: return core.binary(from: response, headers: ["ETag"])"#))
        #expect(system.contains("body: .binary(body.data, contentType: body.contentType, headers: body.headers)"))
    }

    /// `x-locksmith-bare` answers are the model itself, form bodies mark the operation, and a JSON envelope may have a
    /// binary rendition beside it.
    @Test func bareAnswersFormBodiesAndRenditions() throws {
        var yaml = SpecFixtures.mini(
            replacing: "requestBody: {required: false, content: {application/json: {schema: {$ref: '#/components/schemas/Binding'}}}}",
            with: """
                requestBody:
                        required: false
                        content:
                          application/json: {schema: {$ref: '#/components/schemas/Binding'}}
                          application/x-www-form-urlencoded: {schema: {$ref: '#/components/schemas/Binding'}}
                """)
        yaml = yaml.replacingOccurrences(of: """
                      content:
                        application/json:
                          schema: {$ref: '#/components/schemas/SignedEnvelope'}
            """, with: """
                      content:
                        application/json:
                          schema: {$ref: '#/components/schemas/Entitlement'}
                          x-locksmith-bare: true
            """)
        yaml = yaml.replacingOccurrences(of: """
                      description: Created.
                      content:
            """, with: """
                      description: Created.
                      headers: {Content-Disposition: {description: Name., schema: {type: string}}}
                      content:
                        application/x-pem-file: {schema: {type: string, format: binary}}
            """)
        let files = try Pipeline.render(try Pipeline.spec(fromYAML: yaml))
        let table = try #require(files["OperationTable.swift"])
        #expect(table.contains("requestBody: .optional, headerParameters: [], tag: \"Runtime\", summary: \"\", acceptsForm: true)"))
        #expect(table.components(separatedBy: "acceptsForm").count == 2, "only the form operation says so")
        let runtime = try #require(files["Runtime.swift"])
        #expect(runtime.contains("case ok(Document<Entitlement>)"))
        #expect(runtime.contains("case .ok(let document): try .document(200, document)"))
        #expect(runtime.contains("public func validateLicense(_ body: Binding? = nil) async throws -> Entitlement {"))
        #expect(runtime.contains("case 200: return try core.document(Entitlement.self, from: response)"))
        let catalog = try #require(files["Catalog.swift"])
        #expect(catalog.contains("case created(Product)") && catalog.contains("case createdBinary(BinaryBody)"))
        #expect(catalog.contains("case .createdBinary(let body): DispatchResult(status: 201, body: .binary("))
        // The client reads the JSON answer; the rendition is for clients that ask for it.
        #expect(catalog.contains("public func createProduct(_ body: ProductCreateRequest) async throws -> Response<Product> {"))

        // A form body's fields are strings, and its schema is the JSON body's.
        let numeric = yaml.replacingOccurrences(of: "properties: {fingerprint: {type: string}}", with: "properties: {fingerprint: {type: integer}}")
        #expect("\(String(describing: Result { try Pipeline.spec(fromYAML: numeric) }))".contains("form field 'fingerprint' must be a string"))
        let other = yaml.replacingOccurrences(
            of: "application/x-www-form-urlencoded: {schema: {$ref: '#/components/schemas/Binding'}}",
            with: "application/x-www-form-urlencoded: {schema: {$ref: '#/components/schemas/Entitlement'}}")
        #expect("\(String(describing: Result { try Pipeline.spec(fromYAML: other) }))".contains("a form body must have the same schema as the JSON body"))
    }

    @Test func oneOfBecomesAnEnumThatTriesItsAlternativesInOrder() throws {
        let files = try Pipeline.render(try Pipeline.spec(fromYAML: SpecFixtures.withOneOfAndWebhooks))
        let models = try #require(files["Models+Catalog.swift"])
        #expect(models.contains("public enum UpsertThingData: Codable, Hashable, Sendable {"))
        #expect(models.contains("    case product(Product)\n    /// The ``Entitlement`` alternative.\n    case entitlement(Entitlement)\n"))
        let product = models.range(of: "if let value = try? Product(from: decoder) {")
        let entitlement = models.range(of: "if let value = try? Entitlement(from: decoder) {")
        #expect(product != nil && entitlement != nil && product!.lowerBound < entitlement!.lowerBound)
        #expect(models.contains(#"debugDescription: "matches none of Product, Entitlement""#))
        #expect(models.contains("case .entitlement(let value): try value.encode(to: encoder)"))
        #expect(models.contains("extension UpsertThingData: JSONWritable {"))
        #expect(models.contains("case .product(let value): value.writeJSON(to: &writer)"))
        let catalog = try #require(files["Catalog.swift"])
        #expect(catalog.contains("public func upsertThing(id: String, idempotencyKey: String? = nil, _ body: ProductUpdateRequest) async throws -> Response<UpsertThingData>? {"))
        // A component oneOf no operation uses goes with the shared models.
        #expect(try #require(files["Models+Shared.swift"]).contains("public enum Either: Codable, Hashable, Sendable {"))
    }

    @Test func webhooksBecomeACatalogueOfPayloadTypes() throws {
        let files = try Pipeline.render(try Pipeline.spec(fromYAML: SpecFixtures.withOneOfAndWebhooks))
        let catalog = try #require(files["WebhookCatalog.swift"])
        #expect(catalog.contains("public enum WebhookCatalog {"))
        #expect(catalog.contains(#""product.created": ProductEvent.self,"#))
        #expect(catalog.contains(#""entitlement.changed": Entitlement.self,"#))
        #expect(try render()["WebhookCatalog.swift"] == nil, "a spec without webhooks has no catalogue")
    }

    @Test func errorCodesKnowTheirStatus() throws {
        let shared = try #require(try render()["Models+Shared.swift"])
        #expect(shared.contains("case .tokenScopeDenied: 403"))
        #expect(shared.contains("public static let anyOperation: Set<ErrorCode> = [.invalidQuery, .internal, .notImplemented]"))
    }
}
