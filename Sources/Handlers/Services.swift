public import Foundation
public import LocksmithCrypto
public import LocksmithStorage
import LocksmithAPI

/// The long-lived dependencies handlers share. Passed in, never global, so every layer can be built in a test.
public struct Services: Sendable {
    public var database: any Database
    public var masterKey: MasterKey
    /// The current time; tests may pin it.
    public var clock: @Sendable () -> Date
    /// The server's limits and fair shares; an account's overrides are read where they apply.
    public var limits: Limits
    /// The server's public base URL, without a trailing slash: license tokens' `iss`, and where their JWK Set is.
    public var publicURL: String
    /// The token keys loaded for signing and checking license tokens, shared by every copy of these services.
    public let tokenKeys = LicenseTokenKeys()
    /// A streaming replica for the reads that may lag (`--database-read-url`); nil reads everything from `database`.
    public var replica: ReadReplica?
    /// The runtime states of recently used licenses, under the rule the backend allows (`RuntimeStateCache`); nil reads
    /// every runtime call's state.
    public var runtimeCache: RuntimeStateCache?

    /// The base URL a server listening on 127.0.0.1:8080 has, for services made without one.
    public static let defaultPublicURL = "http://127.0.0.1:8080"

    public init(
        database: any Database, masterKey: MasterKey, limits: Limits = Limits(), publicURL: String = Services.defaultPublicURL,
        clock: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.database = database
        self.masterKey = masterKey
        self.limits = limits
        self.publicURL = publicURL
        self.clock = clock
    }

    /// The limits that apply to the transaction's account: the server's, with the account's own overrides.
    func limits(on connection: TenantConnection) throws -> Limits {
        guard limits.enabled else { return limits }
        return limits.applying(try AccountLimitsStore.find(account: connection.account, on: connection.raw))
    }

    /// Now, truncated to whole milliseconds: the precision timestamps are stored and rendered with.
    public func now() -> Date {
        Date(timeIntervalSince1970: (clock().timeIntervalSince1970 * 1000).rounded(.down) / 1000)
    }

    /// A read that may lag behind the primary, for the operations of `ReplicaNote.operations`: from the read replica when
    /// one is configured and within its bound, noting on the request how far behind it was; from `database` otherwise.
    /// Never for the runtime, and never for a read that decides a write.
    /// `acceptable` narrows the replica's bound for one read (`ReadReplica.read`).
    func laggingRead<T: Sendable>(
        _ context: HandlerContext, acceptable: Duration? = nil, _ body: @escaping @Sendable (TenantConnection) throws -> T
    ) async throws -> T {
        let account = context.accountID
        guard let replica else { return try await database.read(account: account, body) }
        let (value, lag) = try await replica.read(account: account, primary: database, acceptable: acceptable, body)
        context.replicaNote?.record(lag)
        return value
    }

    /// A change the caller of a request makes now, for stores to write and audit.
    func change(by context: HandlerContext) -> AuditedChange {
        AuditedChange(context, at: now())
    }

    /// The write transaction of a request over its account's rows, returning the response's `data`: the one way a handler
    /// writes.
    ///
    /// On an operation that takes an `Idempotency-Key` (the operation table says which), the transaction also records
    /// `data`'s exact response in the key's record (`IdempotentRequests`), so the effect and its replay commit together or
    /// not at all. A handler cannot pick another transaction for it: there is none to pick.
    func write<Value: Encodable & Sendable>(
        _ context: HandlerContext, _ body: @escaping @Sendable (TenantConnection) throws -> Value
    ) async throws -> Value {
        let (claim, masterKey) = (context.idempotency, masterKey)
        let date = now()
        return try await database.write(account: context.accountID) { connection in
            let value = try body(connection)
            try claim?.complete(with: value, at: date, masterKey: masterKey, on: connection)
            return value
        }
    }

    /// The write transaction of a request that answers with no `data` (204, or a value it builds after the transaction).
    /// Every operation that takes an `Idempotency-Key` answers with data, so such a request holds no claim; one that did
    /// would have no response to store, and is refused before anything is written.
    func write<Value: Sendable>(
        _ context: HandlerContext, _ body: @escaping @Sendable (TenantConnection) throws -> Value
    ) async throws -> Value {
        guard context.idempotency == nil else {
            throw APIError(.internal, "operation \(context.operation.rawValue) takes an Idempotency-Key but its handler stores no response")
        }
        return try await database.write(account: context.accountID, body)
    }
}
