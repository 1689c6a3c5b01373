public import Foundation
public import LocksmithAPI
public import Logging
import LocksmithStorage

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
    /// Where a read that may lag notes how far behind the replica it read was (`Services.laggingRead`), for the answer's
    /// `meta.replica_lag_ms`. Set by the router on the operations that may read a replica (`ReplicaNote.operations`).
    public var replicaNote: ReplicaNote?
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

/// How far behind the read replica the answer of one request was; nil while the primary answered.
public final class ReplicaNote: Sendable {
    private let lag = Locked<Int?>(nil)

    /// The operations whose reads may lag (`Services.laggingRead`): reports, the activities feed, the events feed, and the
    /// snapshot of a report export whose window has ended.
    public static let operations: Set<OperationID> = [
        .getUsageSummary, .listUsageLedger, .getLicenseAuditReport, .getCustomerSummary, .getSubscriptionSettlement,
        .listActivities, .listEvents, .createReportExport,
    ]

    public init() {}

    /// The replica's lag in milliseconds, or nil when the primary answered.
    public var lagMilliseconds: Int? { lag.withLock { $0 } }

    func record(_ milliseconds: Int?) {
        lag.withLock { $0 = milliseconds }
    }
}
