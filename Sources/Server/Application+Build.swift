public import Hummingbird
import LocksmithAPI
import LocksmithHandlers
public import Logging
import ServiceLifecycle

/// Builds the HTTP application over a prepared server. `locksmith serve` and the tests both use it.
///
/// `limits` is consulted for every authenticated request once its account is known (see `AccountLimits`).
public func buildApplication(
    _ prepared: PreparedServer, limits: any AccountLimits = Unlimited(), logger: Logger
) -> some ApplicationProtocol {
    let configuration = prepared.configuration
    let services = prepared.services
    let metrics = ServerMetrics()
    let keyring = prepared.keyring
    let system = SystemHandlers<HandlerContext>(probes: .init(
        databaseProblem: {
            let problem = await services.database.ping()
            if let problem { logger.warning("readiness: the database is unavailable", metadata: ["reason": "\(problem)"]) }
            return problem
        },
        metrics: { metrics.render(pool: services.database.statistics) },
        publicKeys: { keyring.publicKeys },
        // Requests run in child tasks of the HTTP server's service, so they see its graceful shutdown (SIGTERM
        // through runService, or any enclosing ServiceGroup shutting down) from the moment draining begins.
        isShuttingDown: { Task.isShuttingDownGracefully }))
    let exports = ReportExportRunner(services: services, logger: logger)
    let handlers = Handlers<HandlerContext>(
        apiKeys: APIKeysHandlers(services: services),
        catalog: CatalogHandlers(services: services),
        customers: CustomersHandlers(services: services), commerce: CommerceHandlers(services: services),
        licenses: LicensesHandlers(services: services),
        events: EventsHandlers(services: services),
        activities: ActivitiesHandlers(services: services),
        reports: ReportsHandlers(services: services, runner: exports),
        system: system)

    let router = Router(context: LocksmithRequestContext.self)
    router.add(middleware: ObservabilityMiddleware(metrics: metrics))
    OperationRoutes(
        dispatcher: Dispatcher(handlers: handlers),
        authenticator: Authenticator(services: services, trustedProxies: configuration.trustedProxies, logger: logger),
        keyring: keyring, limits: limits, idempotency: IdempotentRequests(services: services), maxBodyBytes: configuration.maxBodyBytes
    ).mount(on: router)

    return Application(
        router: router,
        configuration: .init(address: .hostname(configuration.host, port: configuration.port)),
        services: [
            KeyringRefreshService(keyring: keyring, services: services, logger: logger),
            IdempotencyPruneService(idempotency: IdempotentRequests(services: services), logger: logger),
            ReportExportService(runner: exports),
        ],
        logger: logger)
}

/// Reloads the signing keys periodically so that a rotation made by another instance or the CLI is picked up.
struct KeyringRefreshService: Service {
    let keyring: SigningKeyring
    let services: Services
    let logger: Logger
    var interval: Duration = .seconds(30)

    func run() async throws {
        try? await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                try await Task.sleep(for: interval)
                do {
                    try await keyring.reload(from: services)
                } catch {
                    logger.warning("could not reload signing keys", metadata: ["error": "\(error)"])
                }
            }
        }
    }
}

/// Removes idempotency records past their 24 hours, every ten minutes. Expired records are ignored when read, so
/// pruning only keeps the table small; a late or missed run changes no answer.
struct IdempotencyPruneService: Service {
    let idempotency: IdempotentRequests
    let logger: Logger
    var interval: Duration = .seconds(600)

    func run() async throws {
        try? await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                try await Task.sleep(for: interval)
                do {
                    let removed = try await idempotency.prune()
                    if removed > 0 { logger.debug("pruned idempotency records", metadata: ["count": "\(removed)"]) }
                } catch {
                    logger.warning("could not prune idempotency records", metadata: ["error": "\(error)"])
                }
            }
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
