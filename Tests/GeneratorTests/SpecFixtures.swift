import Foundation

/// A small spec that uses every construct the generator supports; refusal tests mutate it.
enum SpecFixtures {
    static let mini = #"""
openapi: 3.1.0
info: {title: Mini, version: 0.0.1}
security: [{bearerAuth: []}]
tags:
  - {name: Catalog, description: Products.}
  - {name: Runtime}
  - {name: System}
paths:
  /api/v1/products:
    get:
      operationId: listProducts
      tags: [Catalog]
      summary: List products.
      x-required-scopes: [product:read]
      x-error-codes: [UNAUTHORIZED, TOKEN_SCOPE_DENIED]
      parameters:
        - $ref: '#/components/parameters/Limit'
        - {name: cursor, in: query, required: false, schema: {type: string}}
        - {name: status, in: query, schema: {$ref: '#/components/schemas/Status'}}
        - {name: group_by, in: query, style: form, explode: false, schema: {type: array, items: {type: string, enum: [day, product]}}}
      responses:
        '200':
          description: A page.
          content:
            application/json:
              schema:
                type: object
                required: [data, page_info, meta]
                properties:
                  data: {type: array, items: {$ref: '#/components/schemas/Product'}}
                  page_info: {$ref: '#/components/schemas/PageInfo'}
                  meta: {$ref: '#/components/schemas/ResponseMeta'}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '403': {$ref: '#/components/responses/Forbidden'}
    post:
      operationId: createProduct
      tags: [Catalog]
      x-required-scopes: [product:write]
      x-error-codes: [UNAUTHORIZED, TOKEN_SCOPE_DENIED]
      requestBody: {required: true, content: {application/json: {schema: {$ref: '#/components/schemas/ProductCreateRequest'}}}}
      responses:
        '201':
          description: Created.
          content:
            application/json:
              schema: {type: object, required: [data, meta], properties: {data: {$ref: '#/components/schemas/Product'}, meta: {$ref: '#/components/schemas/ResponseMeta'}}}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '403': {$ref: '#/components/responses/Forbidden'}
  /api/v1/products/{id}:
    put:
      operationId: upsertThing
      tags: [Catalog]
      x-required-scopes: [admin]
      x-error-codes: [UNAUTHORIZED, TOKEN_SCOPE_DENIED]
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
        - {name: Idempotency-Key, in: header, required: true, schema: {type: string, maxLength: 255}}
      requestBody: {required: true, content: {application/json: {schema: {$ref: '#/components/schemas/ProductUpdateRequest'}}}}
      responses:
        '200':
          description: Updated.
          content:
            application/json:
              schema: {type: object, required: [data, meta], properties: {data: {$ref: '#/components/schemas/Product'}, meta: {$ref: '#/components/schemas/ResponseMeta'}}}
        '204': {description: Cleared.}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '403': {$ref: '#/components/responses/Forbidden'}
    delete:
      operationId: deleteProduct
      tags: [Catalog]
      x-locksmith-extension: true
      x-required-scopes: [product:write]
      x-error-codes: [UNAUTHORIZED, TOKEN_SCOPE_DENIED]
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
      responses:
        '204': {description: Deleted.}
        '401': {$ref: '#/components/responses/Unauthorized'}
        '403': {$ref: '#/components/responses/Forbidden'}
  /api/v1/license/validate:
    post:
      operationId: validateLicense
      tags: [Runtime]
      security: [{licenseAuth: []}]
      x-error-codes: [UNAUTHORIZED]
      requestBody: {required: false, content: {application/json: {schema: {$ref: '#/components/schemas/Binding'}}}}
      responses:
        '200':
          description: Signed.
          content:
            application/json:
              schema: {$ref: '#/components/schemas/SignedEnvelope'}
        '401': {$ref: '#/components/responses/Unauthorized'}
  /metrics:
    get:
      operationId: getMetrics
      tags: [System]
      security: []
      responses:
        '200': {description: Metrics., content: {text/plain: {schema: {type: string}}}}
  /download/{id}:
    get:
      operationId: download
      tags: [System]
      security: []
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
      responses:
        '200':
          description: Bytes.
          headers: {ETag: {description: Digest., schema: {type: string}}}
          content: {text/csv: {schema: {type: string, format: binary}}, application/pdf: {schema: {type: string, format: binary}}}
components:
  securitySchemes:
    bearerAuth: {type: http, scheme: bearer}
    licenseAuth: {type: apiKey, in: header, name: Authorization}
  parameters:
    Limit: {name: limit, in: query, required: false, schema: {type: integer, minimum: 1, maximum: 200}}
  responses:
    Unauthorized: {description: No., content: {application/json: {schema: {$ref: '#/components/schemas/ErrorEnvelope'}}}}
    Forbidden: {description: No., content: {application/json: {schema: {$ref: '#/components/schemas/ErrorEnvelope'}}}}
  schemas:
    ResponseMeta:
      type: object
      required: [request_id, timestamp]
      properties:
        request_id: {type: string}
        timestamp: {type: string, format: date-time}
    ErrorObject:
      type: object
      required: [code, message]
      properties: {code: {type: string}, message: {type: string}, detail: {type: string}}
    ErrorEnvelope:
      type: object
      required: [error, meta]
      properties: {error: {$ref: '#/components/schemas/ErrorObject'}, meta: {$ref: '#/components/schemas/ResponseMeta'}}
    ErrorCode:
      type: string
      enum: [INVALID_JSON, INVALID_QUERY, IDEMPOTENCY_KEY_REQUIRED, UNAUTHORIZED, TOKEN_SCOPE_DENIED, NOT_FOUND, VALIDATION_FAILED, INTERNAL, NOT_IMPLEMENTED]
      x-error-statuses: {INVALID_JSON: 400, INVALID_QUERY: 400, IDEMPOTENCY_KEY_REQUIRED: 400, UNAUTHORIZED: 401, TOKEN_SCOPE_DENIED: 403, NOT_FOUND: 404, VALIDATION_FAILED: 422, INTERNAL: 500, NOT_IMPLEMENTED: 501}
      x-any-operation: [INVALID_QUERY, INTERNAL, NOT_IMPLEMENTED]
    ManagementScope: {type: string, enum: [admin, product:read, product:write]}
    Status: {type: string, enum: [active, time_limited]}
    PageInfo:
      type: object
      required: [next_cursor]
      properties: {next_cursor: {type: [string, "null"]}}
    Signature:
      type: object
      required: [alg, kid, value]
      properties: {alg: {type: string}, kid: {type: string}, value: {type: string}}
    Product:
      type: object
      description: A product.
      required: [id, name, metadata, created_at]
      properties:
        id: {type: string}
        name: {type: string, description: Display name.}
        default: {type: integer, format: int64}
        metadata: {type: object, additionalProperties: true}
        created_at: {type: string, format: date-time}
        limits: {type: object, properties: {max: {type: integer}}}
        kind: {type: string, enum: [a, b]}
        tags: {type: object, additionalProperties: {type: string}}
    ProductCreateRequest:
      type: object
      additionalProperties: false
      required: [name]
      properties:
        name: {type: string, minLength: 1, maxLength: 10, pattern: '^[a-z]+$'}
        status: {$ref: '#/components/schemas/Status'}
        labels: {type: array, uniqueItems: true, items: {type: string, maxLength: 8, pattern: '^[a-z]+$'}}
        scopes: {type: array, items: {$ref: '#/components/schemas/ManagementScope'}, maxItems: 3}
    ProductUpdateRequest:
      type: object
      additionalProperties: false
      properties:
        name: {type: string}
        email: {type: [string, "null"]}
    Binding:
      type: object
      additionalProperties: false
      properties: {fingerprint: {type: string}}
    Consume:
      allOf:
        - $ref: '#/components/schemas/Binding'
        - type: object
          additionalProperties: false
          required: [amount]
          properties: {amount: {type: integer, format: int64, minimum: 1}}
    Entitlement:
      type: object
      required: [license_id]
      properties: {license_id: {type: string}}
    SignedEnvelope:
      type: object
      required: [data, signature, meta]
      properties:
        data: {$ref: '#/components/schemas/Entitlement'}
        signature: {$ref: '#/components/schemas/Signature'}
        meta: {$ref: '#/components/schemas/ResponseMeta'}
"""#

    /// The mini spec where `upsertThing` answers 200 with a `oneOf` (inline, so hoisted as `UpsertThingData`) and a
    /// component `oneOf` of the same two objects, plus a `webhooks` section with two deliveries.
    static let withOneOfAndWebhooks = mini
        .replacingOccurrences(
            of: "'200':\n          description: Updated.\n          content:\n            application/json:\n              schema: {type: object, required: [data, meta], properties: {data: {$ref: '#/components/schemas/Product'}, meta: {$ref: '#/components/schemas/ResponseMeta'}}}",
            with: "'200':\n          description: Updated.\n          content:\n            application/json:\n              schema: {type: object, required: [data, meta], properties: {data: {oneOf: [{$ref: '#/components/schemas/Product'}, {$ref: '#/components/schemas/Entitlement'}]}, meta: {$ref: '#/components/schemas/ResponseMeta'}}}")
        .replacingOccurrences(
            of: "components:\n  securitySchemes:",
            with: """
                webhooks:
                  product.created:
                    post:
                      summary: A product was created.
                      requestBody: {required: true, content: {application/json: {schema: {$ref: '#/components/schemas/ProductEvent'}}}}
                      responses:
                        '200': {description: Received.}
                  entitlement.changed:
                    post:
                      requestBody: {content: {application/json: {schema: {$ref: '#/components/schemas/Entitlement'}}}}
                      responses:
                        '204': {description: Received.}
                components:
                  securitySchemes:
                """)
        .replacingOccurrences(
            of: "    Entitlement:\n",
            with: """
                    Either:
                      description: A product or an entitlement.
                      oneOf: [{$ref: '#/components/schemas/Product'}, {$ref: '#/components/schemas/Entitlement'}]
                    ProductEvent:
                      type: object
                      required: [type, data]
                      properties: {type: {type: string}, data: {$ref: '#/components/schemas/Product'}}
                    Entitlement:

                """)

    /// `withOneOfAndWebhooks` with `old` replaced by `new`; fails loudly when `old` is not there.
    static func withOneOfAndWebhooks(replacing old: String, with new: String) -> String {
        precondition(withOneOfAndWebhooks.contains(old), "fixture does not contain: \(old)")
        return withOneOfAndWebhooks.replacingOccurrences(of: old, with: new)
    }

    /// The mini spec with `old` replaced by `new`; fails loudly when `old` is not there.
    static func mini(replacing old: String, with new: String) -> String {
        precondition(mini.contains(old), "fixture does not contain: \(old)")
        return mini.replacingOccurrences(of: old, with: new)
    }
}
