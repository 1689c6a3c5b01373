import Foundation
import HTTPTypes
import Hummingbird
import LocksmithAPI
import LocksmithHandlers

/// Mounts every operation of the generated table on the router and answers it: authenticate, read the body,
/// dispatch to the handler, wrap the result in its envelope (signing runtime `data`).
struct OperationRoutes: Sendable {
    let dispatcher: Dispatcher<HandlerContext>
    let authenticator: Authenticator
    let keyring: SigningKeyring
    let limiter: RateLimiter
    let idempotency: IdempotentRequests
    let maxBodyBytes: Int

    func mount(on router: Router<LocksmithRequestContext>) {
        for spec in OperationTable.all {
            router.on(RouterPath(spec.path), method: HTTPRequest.Method(spec.method)!) { request, context in
                try await respond(spec, request, context)
            }
        }
    }

    func respond(_ spec: OperationSpec, _ request: Request, _ context: LocksmithRequestContext) async throws -> Response {
        context.served.operation = spec.id
        let ipAddress = authenticator.clientAddress(request, context: context)
        // An operation that takes its license key in the body reads the body before authenticating (after the
        // address's limit); every other one after.
        let credentialInBody = spec.credentialField != nil
        var body: Data?
        let caller: Caller
        if limiter.isEnabled {
            // Each step's policies go into the report, which the outer middleware turns into the RateLimit headers of
            // whatever answer this request gets.
            let report = RateLimitReport()
            context.served.rateLimits = report
            try await limiter.admitAddress(spec, address: ipAddress, report: report)
            if credentialInBody { body = try await readBody(request) }
            let lookups = CredentialLookups(
                before: { [limiter] in try await limiter.admitLookup(address: ipAddress, report: report) },
                failed: { [limiter] in await limiter.lookupFailed(address: ipAddress, report: report) })
            caller = try await authenticator.authenticate(spec, request, body: body, ipAddress: ipAddress, lookups: lookups)
            try await limiter.admit(caller.principal, account: caller.accountID, report: report)
        } else {
            if credentialInBody { body = try await readBody(request) }
            caller = try await authenticator.authenticate(spec, request, body: body, ipAddress: ipAddress)
        }
        if !caller.accountID.isEmpty { context.served.accountID = caller.accountID }
        if !credentialInBody, spec.requestBody != .none { body = try await readBody(request, acceptsForm: spec.acceptsForm) }
        let raw = RawRequest(
            pathParameters: pathParameters(spec, context),
            queryItems: request.uri.queryParameters.map { QueryItem(name: String($0.key), value: String($0.value)) },
            headers: headers(spec, request),
            body: body)
        var handlerContext = HandlerContext(
            requestID: context.requestID, operation: spec.id, principal: caller.principal, accountID: caller.accountID,
            ipAddress: ipAddress, logger: context.logger)
        handlerContext.licenseKey = caller.licenseKey
        handlerContext.accept = request.headers[.accept]
        if ReplicaNote.operations.contains(spec.id) { handlerContext.replicaNote = ReplicaNote() }
        // Runtime answers, and the offline licenses sealed in them, are signed with the key of the license's account.
        if spec.auth == .runtime { handlerContext.sign = try await keyring.signer(for: caller.accountID) }
        let sign = spec.signsResponse ? handlerContext.sign : nil
        guard spec.requiresIdempotencyKey else {
            let result = try await dispatcher.dispatch(spec.id, raw, context: handlerContext)
            return try response(spec, result, sign: sign, requestID: context.requestID, replicaNote: handlerContext.replicaNote)
        }
        let claim = IdempotencyClaim(
            principal: caller.principal.idempotencyScope, operation: spec.id, key: try RequestFingerprint.key(request.headers[.idempotencyKey]),
            requestHash: RequestFingerprint.digest(spec.id, raw), successStatus: spec.successStatuses[0], requestID: context.requestID,
            sign: sign)
        switch try await idempotency.start(claim, account: caller.accountID) {
        case .replay(let status, let body):
            return Envelopes.json(status, body, headers: [.idempotentReplayed: "true"])
        case .run(let claim):
            handlerContext.idempotency = claim
            do {
                let result = try await dispatcher.dispatch(spec.id, raw, context: handlerContext)
                if let recorded = claim.response { return Envelopes.json(recorded.status, recorded.body) }
                // The handler changed nothing, so no transaction of its own recorded the response: record it now.
                guard case .json(let data, nil) = result.body else { return try response(spec, result, sign: sign, requestID: context.requestID) }
                let body = try claim.envelope(data: data, at: Date())
                try await idempotency.finish(claim, account: caller.accountID, status: result.status, body: body)
                return Envelopes.json(result.status, body)
            } catch {
                if claim.response == nil {
                    do {
                        try await idempotency.release(claim, account: caller.accountID)
                    } catch let releaseError {
                        context.logger.warning("could not release an idempotency key", metadata: ["error": "\(releaseError)"])
                    }
                }
                throw error
            }
        }
    }

    /// The body's bytes as JSON: a JSON body as it came, a form body (on operations that take one) as the JSON object of
    /// its fields.
    private func readBody(_ request: Request, acceptsForm: Bool = false) async throws -> Data? {
        var request = request
        let buffer = try await request.collectBody(upTo: maxBodyBytes)
        guard buffer.readableBytes > 0 else { return nil }
        if acceptsForm, let contentType = request.headers[.contentType], APIRuntime<OperationTable>.FormBody.isForm(contentType) {
            return try APIRuntime<OperationTable>.FormBody.json(from: Data(buffer.readableBytesView))
        }
        guard let contentType = request.headers[.contentType], Self.isJSON(contentType) else {
            let accepted = acceptsForm ? "application/json or \(APIRuntime<OperationTable>.FormBody.mediaType)" : "application/json"
            throw APIError(.unsupportedMediaType, "send the request body as \(accepted)", detail: request.headers[.contentType])
        }
        return Data(buffer.readableBytesView)
    }

    /// Whether a Content-Type names JSON: `application/json` or any `…+json`, in any case, parameters ignored.
    /// Read over the UTF-8 bytes: every runtime call passes here.
    static func isJSON(_ contentType: String) -> Bool {
        var utf8 = contentType.utf8[...]
        if let semicolon = utf8.firstIndex(of: UInt8(ascii: ";")) { utf8 = utf8[..<semicolon] }
        let blank: (UInt8) -> Bool = { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
        while let first = utf8.first, blank(first) { utf8 = utf8.dropFirst() }
        while let last = utf8.last, blank(last) { utf8 = utf8.dropLast() }
        return ASCII.equalIgnoringCase(utf8, "application/json".utf8)
            || ASCII.equalIgnoringCase(utf8.suffix(5), "+json".utf8)
    }

    private func headers(_ spec: OperationSpec, _ request: Request) -> [String: String] {
        var headers: [String: String] = [:]
        for name in spec.headerParameters {
            if let field = HTTPField.Name(name), let value = request.headers[field] { headers[name] = value }
        }
        return headers
    }

    private func pathParameters(_ spec: OperationSpec, _ context: LocksmithRequestContext) -> [String: String] {
        var parameters: [String: String] = [:]
        for name in spec.pathTemplate.parameterNames {
            if let raw = context.parameters.get(name) {
                parameters[name] = raw.removingPercentEncoding ?? raw
            }
        }
        return parameters
    }

    private func response(
        _ spec: OperationSpec, _ result: DispatchResult, sign: (@Sendable (Data) throws -> Signature)?, requestID: String,
        replicaNote: ReplicaNote? = nil
    ) throws -> Response {
        let status = HTTPResponse.Status(code: result.status)
        switch result.body {
        case .empty:
            return Response(status: status)
        case .json(let data, let pageInfo):
            let signature = try sign?(data)
            let body = try EnvelopeWriter.success(data: data, pageInfo: pageInfo, signature: signature, meta: Envelopes.meta(requestID, replicaLagMilliseconds: replicaNote?.lagMilliseconds))
            return Envelopes.json(result.status, body)
        case .text(let text, let contentType):
            return Response(status: status, headers: [.contentType: contentType], body: .init(byteBuffer: ByteBuffer(string: text)))
        case .binary(let data, let contentType, let documented):
            var headers: HTTPFields = [.contentType: contentType]
            for (name, value) in documented {
                if let field = HTTPField.Name(name) { headers[field] = value }
            }
            return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
        }
    }
}

extension HTTPField.Name {
    static var idempotencyKey: Self { .init("Idempotency-Key")! }
    static var idempotentReplayed: Self { .init("Idempotent-Replayed")! }
}
