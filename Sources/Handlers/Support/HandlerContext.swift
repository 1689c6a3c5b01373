public import Foundation
public import LocksmithAPI
public import Logging

/// What every handler receives with a request.
public struct HandlerContext: Sendable {
    public var requestID: String
    public var principal: Principal
    /// The account the credential belongs to; every tenant query of the request is scoped to it. Empty on system
    /// routes, which names no account and so sees no tenant rows.
    public var accountID: String
    /// The client's address: the peer, or the address trusted proxies forwarded (`--trusted-proxies`).
    public var ipAddress: String?
    public var operation: OperationID
    /// The request's hold on its `Idempotency-Key`, on operations that take one.
    public var idempotency: IdempotencyClaim?
    /// The license key a runtime request presented: offline licenses are sealed with a key derived from it, and the
    /// server keeps only its hash. Nil on other routes.
    public var licenseKey: String?
    /// Signs payloads with the key of the request's account, on operations whose answers are signed (an offline
    /// license signs the payload it seals). Nil on other routes.
    public var sign: (@Sendable (Data) throws -> Signature)?
    /// The request's `Accept` header, for the operations that offer an answer in more than one media type.
    public var accept: String?
    private let baseLogger: Logger

    public init(requestID: String, operation: OperationID, principal: Principal, accountID: String, ipAddress: String?, logger: Logger) {
        self.requestID = requestID
        self.operation = operation
        self.principal = principal
        self.accountID = accountID
        self.ipAddress = ipAddress
        self.baseLogger = logger
    }

    /// A logger carrying the request id and operation. Built when a handler logs, not for every request:
    /// setting logger metadata re-renders it, which is measurable on the request path.
    public var logger: Logger {
        var logger = baseLogger
        logger[metadataKey: "request_id"] = .string(requestID)
        logger[metadataKey: "operation"] = .string(operation.rawValue)
        return logger
    }
}
