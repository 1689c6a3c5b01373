import CoreMetrics
import LocksmithHandlers
import LocksmithStorage
import NIOConcurrencyHelpers
import Prometheus

/// Request counts and latencies by operation, runtime decisions by operation and result, webhook deliveries by
/// outcome and the webhook backlog, database pool and prepared statement gauges, the ledger buffer's rows, reads that
/// may lag by where they were answered with the replica's latest lag, and runtime states answered from the cache or
/// read, exposed as Prometheus text.
///
/// Metrics are made through swift-metrics with an explicit Prometheus factory owned by this instance,
/// rather than a process-wide bootstrap, so several servers (as in tests) never share counters.
public final class ServerMetrics: Sendable {
    private struct Key: Hashable {
        var operation: String
        var statusClass: String
    }

    private let registry = PrometheusCollectorRegistry()
    private let factory: PrometheusMetricsFactory
    private let counters = NIOLockedValueBox<[Key: CoreMetrics.Counter]>([:])
    private let timers = NIOLockedValueBox<[String: CoreMetrics.Timer]>([:])
    private let poolGauges: [(state: String, gauge: CoreMetrics.Gauge)]
    private let preparedStatements: CoreMetrics.Gauge
    private let mostPreparedStatements: CoreMetrics.Gauge
    private let activityBufferRows: CoreMetrics.Gauge
    private let runtimeDecisions = NIOLockedValueBox<[Key: CoreMetrics.Counter]>([:])
    private let webhookAttempts: [WebhookWorker.Outcome: CoreMetrics.Counter]
    private let webhookBacklog: CoreMetrics.Gauge
    private let replicaReads: [ReadReplica.Outcome: CoreMetrics.Counter]
    private let replicaLag: CoreMetrics.Gauge
    private let runtimeCacheAnswers: (hit: CoreMetrics.Counter, miss: CoreMetrics.Counter)
    /// The cache's counts at the last render, so that each render adds only what is new.
    private let runtimeCacheRendered = NIOLockedValueBox<(hits: Int64, misses: Int64)>((0, 0))

    public init() {
        var factory = PrometheusMetricsFactory(registry: registry)
        factory.defaultDurationHistogramBuckets = [
            .microseconds(500), .milliseconds(1), .milliseconds(2), .milliseconds(5), .milliseconds(10),
            .milliseconds(25), .milliseconds(50), .milliseconds(100), .milliseconds(250), .milliseconds(500),
            .seconds(1), .seconds(5),
        ]
        self.factory = factory
        poolGauges = ["open", "in_use", "idle", "waiting"].map { state in
            (state, CoreMetrics.Gauge(label: "locksmith_db_pool_connections", dimensions: [("state", state)], factory: factory))
        }
        preparedStatements = CoreMetrics.Gauge(label: "locksmith_db_prepared_statements", factory: factory)
        mostPreparedStatements = CoreMetrics.Gauge(label: "locksmith_db_prepared_statements_per_connection_max", factory: factory)
        activityBufferRows = CoreMetrics.Gauge(label: "locksmith_activity_buffer_rows", factory: factory)
        webhookAttempts = Dictionary(uniqueKeysWithValues: WebhookWorker.Outcome.allCases.map { outcome in
            (outcome, CoreMetrics.Counter(label: "locksmith_webhook_deliveries_total", dimensions: [("outcome", outcome.rawValue)], factory: factory))
        })
        webhookBacklog = CoreMetrics.Gauge(label: "locksmith_webhook_backlog", factory: factory)
        replicaReads = Dictionary(uniqueKeysWithValues: ReadReplica.Outcome.allCases.map { outcome in
            (outcome, CoreMetrics.Counter(label: "locksmith_replica_reads_total", dimensions: [("outcome", outcome.rawValue)], factory: factory))
        })
        replicaLag = CoreMetrics.Gauge(label: "locksmith_replica_lag_seconds", factory: factory)
        runtimeCacheAnswers = (
            CoreMetrics.Counter(label: "locksmith_runtime_state_cache_total", dimensions: [("result", "hit")], factory: factory),
            CoreMetrics.Counter(label: "locksmith_runtime_state_cache_total", dimensions: [("result", "miss")], factory: factory)
        )
    }

    /// Observes a read replica: every read that may lag by where it was answered (`replica`, or the primary because the
    /// replica was `behind` its bound or `unavailable`), and the lag of the latest read the replica answered.
    func observe(_ replica: ReadReplica) {
        replica.observe { [replicaReads, replicaLag] outcome, lag in
            replicaReads[outcome]?.increment()
            if let lag { replicaLag.record(Double(lag) / 1000) }
        }
    }

    /// A runtime call answered: `success` for 2xx, `denied` for 4xx, `error` for 5xx, as the activity ledger classes
    /// runtime decisions. Counted from the answer's status, so it needs nothing from the runtime handlers.
    func recordRuntimeDecision(operation: String, status: Int) {
        let result = switch status {
        case 200..<300: "success"
        case 400..<500: "denied"
        default: "error"
        }
        let key = Key(operation: operation, statusClass: result)
        runtimeDecisions.withLockedValue { counters in
            if let counter = counters[key] { return counter }
            let counter = CoreMetrics.Counter(
                label: "locksmith_runtime_decisions_total", dimensions: [("operation", operation), ("result", result)], factory: factory)
            counters[key] = counter
            return counter
        }.increment()
    }

    /// Observes a webhook worker: each attempt by outcome (delivered, retrying, failed, gone), and the backlog of queued
    /// deliveries when the worker measures it.
    var webhookObserver: WebhookWorker.Observer {
        WebhookWorker.Observer(
            attempted: { [webhookAttempts] outcome in webhookAttempts[outcome]?.increment() },
            backlog: { [webhookBacklog] count in webhookBacklog.record(count) })
    }

    func record(operation: String, status: Int, duration: Duration) {
        let key = Key(operation: operation, statusClass: "\(status / 100)xx")
        let counter = counters.withLockedValue { counters in
            if let counter = counters[key] { return counter }
            let counter = CoreMetrics.Counter(
                label: "locksmith_http_requests_total", dimensions: [("operation", key.operation), ("status_class", key.statusClass)],
                factory: factory)
            counters[key] = counter
            return counter
        }
        counter.increment()
        let timer = timers.withLockedValue { timers in
            if let timer = timers[operation] { return timer }
            let timer = CoreMetrics.Timer(label: "locksmith_http_request_duration_seconds", dimensions: [("operation", operation)], factory: factory)
            timers[operation] = timer
            return timer
        }
        let (seconds, attoseconds) = duration.components
        timer.recordNanoseconds(seconds * 1_000_000_000 + attoseconds / 1_000_000_000)
    }

    /// The exposition text, with the gauges sampled now: connections by state, the prepared statements they hold (in
    /// all, and the most on one connection, which `StatementCacheBound.perConnection` bounds), and the runtime ledger
    /// rows waiting to be written (which `ActivityBatcher.Bound.rows` bounds).
    func render(pool: PoolStatistics, activityRows: Int, runtimeCache: RuntimeStateCache? = nil) -> String {
        if let runtimeCache {
            runtimeCacheRendered.withLockedValue { rendered in
                let (hits, misses) = (runtimeCache.hits, runtimeCache.misses)
                runtimeCacheAnswers.hit.increment(by: hits - rendered.hits)
                runtimeCacheAnswers.miss.increment(by: misses - rendered.misses)
                rendered = (hits, misses)
            }
        }
        let values = ["open": pool.open, "in_use": pool.inUse, "idle": pool.idle, "waiting": pool.waiting]
        for (state, gauge) in poolGauges {
            gauge.record(values[state] ?? 0)
        }
        preparedStatements.record(pool.preparedStatements)
        mostPreparedStatements.record(pool.mostPreparedStatements)
        activityBufferRows.record(activityRows)
        return registry.emitToString()
    }
}
