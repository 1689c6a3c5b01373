import Foundation
public import LocksmithAPI

/// The unauthenticated system routes: liveness, readiness, metrics, the public signing keys and the contract.
///
/// What they report comes from the server through `Probes`, so these handlers stay free of storage and
/// metrics libraries and can be driven in-process.
public struct SystemHandlers<Context: Sendable>: SystemAPI {
    /// What the server knows about itself.
    public struct Probes: Sendable {
        /// nil when the database answers; otherwise why not, which the server logs. Callers of `/readyz` only
        /// ever see `unavailable`: the route is anonymous, and storage errors describe the deployment. The server
        /// answers from one shared probe at most a second old, so that anonymous calls cannot exhaust its connections.
        public var databaseProblem: @Sendable () async -> String?
        /// The Prometheus text exposition of the server's metrics.
        public var metrics: @Sendable () async -> String
        /// Every signing key, active and retired, newest first.
        /// Every published key, or those of one account.
        public var publicKeys: @Sendable (_ account: String?) async throws -> [PublicKey]
        /// Every token key, or those of one account, as a JWK Set.
        public var jsonWebKeys: @Sendable (_ account: String?) async throws -> JSONWebKeySet
        /// Whether the server is draining (shutting down gracefully), asked from the request being answered.
        public var isShuttingDown: @Sendable () -> Bool

        public init(
            databaseProblem: @escaping @Sendable () async -> String?,
            metrics: @escaping @Sendable () async -> String,
            publicKeys: @escaping @Sendable (_ account: String?) async throws -> [PublicKey],
            jsonWebKeys: @escaping @Sendable (_ account: String?) async throws -> JSONWebKeySet = { _ in JSONWebKeySet(keys: []) },
            isShuttingDown: @escaping @Sendable () -> Bool = { false }
        ) {
            self.databaseProblem = databaseProblem
            self.metrics = metrics
            self.publicKeys = publicKeys
            self.jsonWebKeys = jsonWebKeys
            self.isShuttingDown = isShuttingDown
        }
    }

    /// The media type Prometheus scrapers expect for the text format.
    public static var metricsContentType: String { "text/plain; version=0.0.4; charset=utf-8" }

    private let probes: Probes

    public init(probes: Probes) {
        self.probes = probes
    }

    public func health(_ input: Operations.Health.Input, context: Context) async throws -> Operations.Health.Output {
        .ok(HealthData(status: .ok))
    }

    public func healthz(_ input: Operations.Healthz.Input, context: Context) async throws -> Operations.Healthz.Output {
        .ok(HealthData(status: .ok))
    }

    public func readyz(_ input: Operations.Readyz.Input, context: Context) async throws -> Operations.Readyz.Output {
        let databaseAnswers = await probes.databaseProblem() == nil
        let db = databaseAnswers ? "ok" : "unavailable"
        // Asked after the database check, which can take a while: a drain that began meanwhile still counts.
        guard databaseAnswers, !probes.isShuttingDown() else {
            return .serviceUnavailable(ReadyData(status: .notReady, db: db))
        }
        return .ok(ReadyData(status: .ready, db: db))
    }

    public func getMetrics(_ input: Operations.GetMetrics.Input, context: Context) async throws -> Operations.GetMetrics.Output {
        .ok(await probes.metrics())
    }

    public func getContractYAML(_ input: Operations.GetContractYAML.Input, context: Context) async throws -> Operations.GetContractYAML.Output {
        .ok(BinaryBody(data: ContractBytes.yaml, contentType: "application/yaml; charset=utf-8"))
    }

    public func getContractJSON(_ input: Operations.GetContractJSON.Input, context: Context) async throws -> Operations.GetContractJSON.Output {
        .ok(BinaryBody(data: ContractBytes.json, contentType: "application/json"))
    }

    /// Keys are few, so one page always holds them all.
    public func listPublicKeys(_ input: Operations.ListPublicKeys.Input, context: Context) async throws -> Operations.ListPublicKeys.Output {
        // Every key is on the first page, so a cursor (of the form the contract checks) is past the end.
        .ok(data: input.cursor == nil ? try await probes.publicKeys(input.accountID) : [], pageInfo: PageInfo(nextCursor: nil))
    }

    /// How long a JWKS client may keep the set: a key that signs new tokens is found within this much of its making.
    public static var jwksCacheControl: String { "public, max-age=300" }

    public func getWellKnownJWKS(_ input: Operations.GetWellKnownJWKS.Input, context: Context) async throws -> Operations.GetWellKnownJWKS.Output {
        .ok(Document(try await probes.jsonWebKeys(input.accountID), headers: ["Cache-Control": Self.jwksCacheControl]))
    }

    public func getJWKS(_ input: Operations.GetJWKS.Input, context: Context) async throws -> Operations.GetJWKS.Output {
        .ok(try await probes.jsonWebKeys(input.accountID))
    }
}

/// The contract the server was built from, made into bytes once and served the same on every call.
private enum ContractBytes {
    static let yaml = Data(ContractDocument.yaml.utf8)
    static let json = Data(ContractDocument.json.utf8)
}
