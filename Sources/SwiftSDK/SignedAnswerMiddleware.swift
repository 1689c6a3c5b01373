import Crypto
import Foundation

/// Binds each signed operation to its request with a nonce (and the application's product, when it names one) and
/// verifies the answer before the client decodes it: the signature over the exact bytes of `data`, by a known key; the
/// nonce echoed inside `data`; and the product and vendor account `data` names, when the application expects them.
struct SignedAnswerMiddleware: ClientMiddleware {
    let keys: PublicKeyStore
    /// The product code the application is, sent as `product_code` and expected back in signed data.
    let product: String?

    func intercept(
        _ request: HTTPRequestParts, operation: ClientOperationContext,
        next: @Sendable (HTTPRequestParts) async throws -> HTTPResponseParts
    ) async throws -> HTTPResponseParts {
        var request = request
        let named = product.map { [("product_code", $0)] } ?? []
        // An answer that is not signed itself (the offline license, whose payload is sealed and checked when it is
        // opened) still names the product, so that the server refuses a license of another.
        guard operation.signsResponse else {
            if !named.isEmpty { request = Self.request(request, adding: named) }
            return try await next(request)
        }
        let nonce = Self.nonce(in: request.body) ?? Self.freshNonce(boundTo: Self.sameRequest(request))
        request = Self.request(request, adding: [("nonce", nonce)] + named)
        let response = try await next(request)
        guard (200..<300).contains(response.status) else { return response }
        try await verify(response, nonce: nonce)
        return response
    }

    private func verify(_ response: HTTPResponseParts, nonce: String) async throws {
        guard let data = JSONBytes.rawMember("data", in: response.body), let signatureBytes = JSONBytes.rawMember("signature", in: response.body),
            let signature = try? LocksmithJSON.decode(Signature.self, from: signatureBytes)
        else {
            throw LocksmithError.verification(kid: nil, reason: .unsigned)
        }
        try await keys.verify(data, signature: signature)
        let identity = SignedIdentity(data)
        guard identity.nonce == nonce else {
            throw LocksmithError.verification(kid: signature.kid, reason: .nonceMismatch(expected: nonce, received: identity.nonce))
        }
        try identity.check(product: product, account: keys.account, kid: signature.kid)
    }

    /// The nonce the caller put in the body itself, if any.
    static func nonce(in body: Data?) -> String? {
        member("nonce", in: body)
    }

    private static func member(_ name: String, in body: Data?) -> String? {
        guard let body, let member = JSONBytes.rawMember(name, in: body) else { return nil }
        return try? LocksmithJSON.decode(String.self, from: member)
    }

    /// What makes a request the same one again, for the server: the `event_id` of a usage event (an event sent again
    /// gets its first answer), else the `Idempotency-Key` (a key sent again gets its stored answer).
    static func sameRequest(_ request: HTTPRequestParts) -> String? {
        if let body = request.body, let event = JSONBytes.rawMember("event_id", in: body), let id = try? LocksmithJSON.decode(String.self, from: event) {
            return "event\u{0}" + id
        }
        return request.headers["Idempotency-Key"].map { "key\u{0}" + $0 }
    }

    /// A random nonce; for a request the server recognises when it comes again (``sameRequest(_:)``), one derived
    /// from what it recognises it by, so that sending it again is the same request and the answer the server
    /// replays echoes the same nonce.
    static func freshNonce(boundTo identity: String?) -> String {
        let bytes: [UInt8] =
            if let identity {
                Array(SHA256.hash(data: Data(("locksmith request nonce\u{0}" + identity).utf8)).prefix(24))
            } else {
                (0..<24).map { _ in UInt8.random(in: .min ... .max) }
            }
        return Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
    }

    /// `request` with each of `members` in its JSON body, which it then declares.
    private static func request(_ request: HTTPRequestParts, adding members: [(name: String, value: String)]) -> HTTPRequestParts {
        var request = request
        request.body = body(request.body, adding: members)
        if request.headers["Content-Type"] == nil { request.headers["Content-Type"] = "application/json" }
        return request
    }

    /// `body` with each of `members` the caller did not set itself (the body is a JSON object the client encoded, or
    /// absent). The values are nonces and product codes, which need no escaping.
    static func body(_ body: Data?, adding members: [(name: String, value: String)]) -> Data {
        let added = members.filter { member($0.name, in: body) == nil }
        guard !added.isEmpty else { return body ?? Data("{}".utf8) }
        let text = Data(added.map { "\"\($0.name)\":\"\($0.value)\"" }.joined(separator: ",").utf8)
        guard let body else { return Data("{".utf8) + text + Data("}".utf8) }
        guard let open = body.firstIndex(of: UInt8(ascii: "{")) else { return body }
        let rest = body[body.index(after: open)...]
        let isEmpty = rest.first(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) == UInt8(ascii: "}")
        return Data("{".utf8) + text + (isEmpty ? Data() : Data(",".utf8)) + rest
    }
}
