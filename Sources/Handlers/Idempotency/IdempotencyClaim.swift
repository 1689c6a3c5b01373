public import Foundation
public import LocksmithAPI
import LocksmithCrypto
import LocksmithStorage

/// A request's hold on its `Idempotency-Key` while it runs. The request's write transaction completes the claim with
/// the response it will send (`Services.write(_:_:)`), so the effect and the record of its response commit together.
public final class IdempotencyClaim: Sendable {
    /// Who made the request: the API key or license it authenticated with. Keys are only ever shared per caller.
    public let principal: String
    public let operation: OperationID
    public let key: String
    /// SHA-256 of the request (operation, path parameters, query, canonical body): the same key with another request is
    /// refused.
    public let requestHash: [UInt8]
    /// The status a success answers with.
    let successStatus: Int
    let requestID: String
    /// Signs `data` on runtime routes (whose responses carry a signature); nil on management routes.
    let sign: (@Sendable (Data) throws -> Signature)?
    private let stored = Locked<(status: Int, body: Data)?>(nil)

    public init(
        principal: String, operation: OperationID, key: String, requestHash: [UInt8], successStatus: Int, requestID: String,
        sign: (@Sendable (Data) throws -> Signature)?
    ) {
        self.principal = principal
        self.operation = operation
        self.key = key
        self.requestHash = requestHash
        self.successStatus = successStatus
        self.requestID = requestID
        self.sign = sign
    }

    /// The response recorded for this request, once its transaction has committed.
    public var response: (status: Int, body: Data)? {
        stored.withLock { $0 }
    }

    /// The exact response bytes for `data`: the envelope, signed on runtime routes, with this request's meta.
    public func envelope(data: Data, at date: Date) throws -> Data {
        try EnvelopeWriter.success(data: data, signature: try sign?(data), meta: ResponseMeta(requestID: requestID, timestamp: date))
    }

    /// Records `value` as the response (sealed with `masterKey`), in the caller's transaction.
    func complete<Value: Encodable>(with value: Value, at date: Date, masterKey: MasterKey, on connection: TenantConnection) throws {
        let body = try envelope(data: try LocksmithJSON.encodeData(value), at: date)
        try IdempotencyStore.complete(self, status: successStatus, body: body, masterKey: masterKey, on: connection)
        remember(status: successStatus, body: body)
    }

    func remember(status: Int, body: Data) {
        stored.withLock { $0 = (status, body) }
    }
}
