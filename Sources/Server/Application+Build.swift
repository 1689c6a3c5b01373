public import Hummingbird
import LocksmithAPI
public import LocksmithHandlers
import LocksmithStorage
public import Logging
public import ServiceLifecycle

/// Builds the HTTP application over a prepared server. `locksmith serve` and the tests both use it.
///
/// Requests are rate limited as `configuration.limits` says (`RateLimiter`): in this process's memory on SQLite, which one
/// instance serves, and through PostgreSQL's shared buckets otherwise, so that limits hold for the whole deployment.
/// `webhooks` sets how the webhook handlers and worker reach endpoints; by default over HTTP with the system's resolver
/// and trust roots, under the address policy of `--webhook-allow-private`. `deliversWebhooks: false` and
/// `rendersExports: false` leave the webhook worker or the export runner out, for tests that drive one themselves.
/// `observability` runs beside the server, such as the trace exporter `locksmith serve` starts (it flushes last).
public func buildApplication(
    _ prepared: PreparedServer, webhooks: WebhookWorker.Settings? = nil,
    webhookTransport: any WebhookTransport = WebhookHTTPTransport(), deliversWebhooks: Bool = true, rendersExports: Bool = true,
    observability: [any Service] = [], logger: Logger
) -> some ApplicationProtocol {
    let configuration = prepared.configuration
    let services = prepared.services
    let metrics = ServerMetrics()
    if let replica = services.replica { metrics.observe(replica) }
    let webhookSettings = webhooks ?? WebhookWorker.Settings(policy: WebhookAddressPolicy(allowsPrivate: configuration.webhookAllowPrivate))
    let keyring = prepared.keyring
    let activity = prepared.activity
    let readiness = ReadinessProbe {
        let problem = await services.database.ping()
        if let problem { logger.warning("readiness: the database is unavailable", metadata: ["reason": "\(problem)"]) }
        return problem
    }
    let system = SystemHandlers<HandlerContext>(probes: .init(
        databaseProblem: { await readiness.databaseProblem() },
        metrics: { metrics.render(pool: services.database.statistics, activityRows: activity.heldCount, runtimeCache: services.runtimeCache) },
        publicKeys: { account in try await keyring.publicKeys(account: account) },
        jsonWebKeys: { account in try await services.jsonWebKeys(account: account) },
        // Requests run in child tasks of the HTTP server's service, so they see its graceful shutdown (SIGTERM
        // through runService, or any enclosing ServiceGroup shutting down) from the moment draining begins.
        isShuttingDown: { Task.isShuttingDownGracefully }))
    let exports = ReportExportRunner(services: services, logger: logger)
    let handlers = Handlers<HandlerContext>(
        apiKeys: APIKeysHandlers(services: services),
        catalog: CatalogHandlers(services: services),
        customers: CustomersHandlers(services: services), commerce: CommerceHandlers(services: services),
        licenses: LicensesHandlers(services: services),
        devices: DevicesHandlers(services: services),
        runtime: RuntimeHandlers(services: services, activity: activity),
        events: EventsHandlers(services: services),
        webhooks: WebhooksHandlers(services: services, policy: webhookSettings.policy, resolver: webhookSettings.resolver),
        activities: ActivitiesHandlers(services: services),
        reports: ReportsHandlers(services: services, runner: exports),
        ops: OpsHandlers(services: services),
        system: system)

    let limiter = RateLimiter(
        limits: configuration.limits, buckets: RateBucketsFactory.make(for: services.database, logger: logger), database: services.database)
    let router = Router(context: LocksmithRequestContext.self)
    router.add(middleware: ObservabilityMiddleware(metrics: metrics))
    OperationRoutes(
        dispatcher: Dispatcher(handlers: handlers),
        authenticator: Authenticator(
            services: services, trustedProxies: configuration.trustedProxies, metricsToken: configuration.metricsToken, logger: logger),
        keyring: keyring, limiter: limiter, idempotency: IdempotentRequests(services: services), maxBodyBytes: configuration.maxBodyBytes
    ).mount(on: router)

    var background: [any Service] = [
        PeriodicService.keyringRefresh(keyring, services, logger: logger),
        PeriodicService.idempotencyPrune(IdempotentRequests(services: services), logger: logger),
        PeriodicService.leaseLapses(LeaseLapses(services: services), logger: logger),
        PeriodicService.inactiveDevices(InactiveDevices(services: services), logger: logger),
        PeriodicService.ledgerPartitions(services.database, logger: logger),
        ActivityFlushService(batcher: activity, database: services.database, logger: logger),
    ]
    if limiter.isEnabled {
        background.append(PeriodicService.limitOverrides(limiter, logger: logger))
        background += limiter.backgroundServices(logger: logger)
    }
    if rendersExports {
        background.append(ReportExportService(runner: exports))
    }
    if deliversWebhooks {
        background.append(WebhookDeliveryService(worker: WebhookWorker(
            services: services, transport: webhookTransport, settings: webhookSettings, observer: metrics.webhookObserver, logger: logger)))
    }
    return Application(
        router: router,
        configuration: .init(address: .hostname(configuration.host, port: configuration.port)),
        services: observability + background,
        logger: logger)
}

/// Runs `work` every `interval` until the server stops. A round that fails is logged as `failure` and the next one
/// tries again: every periodic job is one whose late or missed run changes no answer.
struct PeriodicService: Service {
    let interval: Duration
    let failure: String
    let logger: Logger
    let work: @Sendable () async throws -> Void

    func run() async throws {
        try? await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                try await Task.sleep(for: interval)
                do {
                    try await work()
                } catch {
                    logger.warning("\(failure)", metadata: ["error": "\(error)"])
                }
            }
        }
    }
}

extension PeriodicService {
    /// Reloads the signing keys every 30 s, so that a rotation made by another instance or the CLI is picked up.
    static func keyringRefresh(_ keyring: SigningKeyring, _ services: Services, logger: Logger) -> PeriodicService {
        PeriodicService(interval: .seconds(30), failure: "could not reload signing keys", logger: logger) {
            try await keyring.reload()
        }
    }

    /// Makes the ledger's monthly partitions ahead of time (`LedgerPartitions`) every six hours; start-up made them too.
    static func ledgerPartitions(_ database: any Database, logger: Logger) -> PeriodicService {
        PeriodicService(interval: .seconds(6 * 3600), failure: "could not make the ledger's next monthly partitions", logger: logger) {
            try await LedgerPartitions.ensure(on: database)
        }
    }

    /// Rereads the accounts' own limits every 30 s (and at once), so a change from the command line holds everywhere.
    static func limitOverrides(_ limiter: RateLimiter, logger: Logger) -> PeriodicService {
        PeriodicService(interval: .seconds(30), failure: "could not reload the accounts' limits", logger: logger) {
            try await limiter.reloadOverrides()
        }
    }

    /// Removes idempotency records past their 24 hours, every ten minutes. Expired records are ignored when read, so
    /// pruning only keeps the table small.
    static func idempotencyPrune(_ idempotency: IdempotentRequests, logger: Logger) -> PeriodicService {
        PeriodicService(interval: .seconds(600), failure: "could not prune idempotency records", logger: logger) {
            let removed = try await idempotency.prune()
            if removed > 0 { logger.debug("pruned idempotency records", metadata: ["count": "\(removed)"]) }
        }
    }

    /// Records the floating leases that lapsed without a check-in (`lease.expired`), every 30 s.
    static func leaseLapses(_ lapses: LeaseLapses, logger: Logger) -> PeriodicService {
        PeriodicService(interval: .seconds(30), failure: "could not record lapsed floating leases; trying again later", logger: logger) {
            let recorded = try await lapses.recordDue()
            if recorded > 0 { logger.debug("recorded lapsed floating leases", metadata: ["count": "\(recorded)"]) }
        }
    }

    /// Deactivates node-locked devices unseen longer than their policy allows (`deactivate_inactive_after_days`),
    /// every five minutes.
    static func inactiveDevices(_ sweep: InactiveDevices, logger: Logger) -> PeriodicService {
        PeriodicService(interval: .seconds(300), failure: "could not deactivate inactive devices; trying again later", logger: logger) {
            let deactivated = try await sweep.deactivateDue()
            if deactivated > 0 { logger.info("deactivated inactive devices", metadata: ["count": "\(deactivated)"]) }
        }
    }
}

/// Writes the batched ledger rows of runtime reads every 250 ms, and once more when the server stops, so that a
/// graceful stop loses none.
struct ActivityFlushService: Service {
    let batcher: ActivityBatcher
    let database: any Database
    let logger: Logger
    var interval: Duration = .milliseconds(250)

    func run() async throws {
        try? await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                try await Task.sleep(for: interval)
                await flush()
            }
        }
        await flush()
    }

    private func flush() async {
        do {
            try await batcher.flush(to: database)
        } catch {
            logger.warning("could not write runtime activity rows; they wait for the next flush", metadata: ["error": "\(error)"])
        }
    }
}

/// Renders report exports in the background: those pending at start-up first, then each as it is created here, and
/// those created by other instances or abandoned by a stopped one as the runner polls.
struct ReportExportService: Service {
    let runner: ReportExportRunner

    func run() async throws {
        await cancelWhenGracefulShutdown {
            await runner.run()
        }
    }
}
