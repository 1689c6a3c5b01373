import Synchronization
public import Tracing

/// Whether this process exports traces, and the W3C trace context helpers the server shares.
///
/// Tracing is off unless `locksmith serve` found an OTLP endpoint in its environment and bootstrapped an exporter
/// (`OTEL_EXPORTER_OTLP_ENDPOINT`); then it calls `turnOn()` once, before serving. While it is off no span is started,
/// no context is bound and no database call is wrapped (`TracedDatabase` is not installed), so the request path pays
/// one relaxed atomic load per request and nothing else.
public enum Traces {
    private static let enabled = Atomic<Bool>(false)

    /// True once an exporter is in place.
    public static var isOn: Bool { enabled.load(ordering: .relaxed) }

    /// Called once, after `InstrumentationSystem` has been bootstrapped with a tracer.
    public static func turnOn() {
        enabled.store(true, ordering: .relaxed)
    }

    /// The W3C `traceparent` of the current span (a request's, or a database call's inside it); nil when tracing is
    /// off or nothing is being traced, as in background work.
    public static func currentTraceparent() -> String? {
        guard isOn, let context = ServiceContext.current else { return nil }
        return carrier(of: context)["traceparent"]
    }

    /// A context that continues the trace a stored `traceparent` names.
    public static func context(continuing traceparent: String) -> ServiceContext {
        var context = ServiceContext.topLevel
        InstrumentationSystem.instrument.extract(["traceparent": traceparent], into: &context, using: DictionaryExtractor())
        return context
    }

    /// The `traceparent` (and `tracestate`, when there is one) of `context`, as header pairs.
    public static func headers(of context: ServiceContext) -> [(String, String)] {
        carrier(of: context).sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// What the bootstrapped propagator writes for `context`, by header name.
    private static func carrier(of context: ServiceContext) -> [String: String] {
        var carrier: [String: String] = [:]
        InstrumentationSystem.instrument.inject(context, into: &carrier, using: DictionaryInjector())
        return carrier
    }
}

private struct DictionaryInjector: Injector {
    func inject(_ value: String, forKey key: String, into carrier: inout [String: String]) {
        carrier[key] = value
    }
}

private struct DictionaryExtractor: Extractor {
    func extract(key: String, from carrier: [String: String]) -> String? {
        carrier[key]
    }
}

/// A database whose calls made while a request is traced are child spans of it: `read transaction`, `write
/// transaction` and `query`, each with `db.system.name`. Calls from background work (no current context) pass straight
/// through. Inside a traced call the span's context is bound for the synchronous body too, on whichever thread runs it,
/// so that what the body records (a webhook delivery's `traceparent`) names the span it ran in.
///
/// Installed by the server only when `Traces.isOn`; with tracing off the database is used unwrapped.
public struct TracedDatabase: DatabaseWrapper {
    public let base: any Database
    private let system: String

    public init(_ base: any Database) {
        self.base = base
        system = base.dialect == .postgres ? "postgresql" : "sqlite"
    }

    public func read<T: Sendable>(_ scope: TenantScope, _ body: @escaping @Sendable (any SQLConnection) throws -> T) async throws -> T {
        try await traced("read transaction") { context in
            try await base.read(scope) { connection in try ServiceContext.withValue(context) { try body(connection) } }
        }
    }

    public func write<T: Sendable>(_ scope: TenantScope, _ body: @escaping @Sendable (any SQLConnection) throws -> T) async throws -> T {
        try await traced("write transaction") { context in
            try await base.write(scope) { connection in try ServiceContext.withValue(context) { try body(connection) } }
        }
    }

    public func query(_ scope: TenantScope, _ sql: String, _ binds: [SQLValue]) async throws -> [SQLRow] {
        try await traced("query") { _ in try await base.query(scope, sql, binds) }
    }

    private func traced<T: Sendable>(_ name: String, _ work: (ServiceContext) async throws -> T) async throws -> T {
        guard let parent = ServiceContext.current else { return try await work(.topLevel) }
        let span = InstrumentationSystem.tracer.startSpan(name, context: parent, ofKind: .client)
        defer { span.end() }
        span.attributes["db.system.name"] = system
        do {
            return try await ServiceContext.withValue(span.context) { try await work(span.context) }
        } catch {
            span.recordError(error)
            span.setStatus(SpanStatus(code: .error))
            throw error
        }
    }
}
