import Hummingbird
import HummingbirdCore
import Logging
import NIOConcurrencyHelpers
import NIOCore
import ServiceLifecycle

/// Wraps an application to learn the port it listens on (configured as 0), so a test can run it in a
/// `ServiceGroup` of its own and drive its graceful shutdown.
struct ListeningApplication<Base: ApplicationProtocol>: ApplicationProtocol {
    typealias Responder = Base.Responder

    let base: Base
    private let listening = AsyncStream<Int>.makeStream()

    init(_ base: Base) {
        self.base = base
    }

    var responder: Responder { get async throws { try await base.responder } }
    var server: HTTPServerBuilder { base.server }
    var eventLoopGroup: any EventLoopGroup { base.eventLoopGroup }
    var configuration: ApplicationConfiguration { base.configuration }
    var logger: Logger { base.logger }
    var services: [any Service] { base.services }
    var processesRunBeforeServerStart: [@Sendable () async throws -> Void] { base.processesRunBeforeServerStart }

    @Sendable func onServerRunning(_ channel: any Channel) async {
        await base.onServerRunning(channel)
        listening.continuation.yield(channel.localAddress?.port ?? 0)
        listening.continuation.finish()
    }

    /// The port, once the server listens.
    func port() async -> Int {
        for await port in listening.stream { return port }
        return 0
    }
}

/// Serves `router` on 127.0.0.1 at a free port for the duration of `body`, which gets the port; then shuts it down.
func withLoopbackServer<T: Sendable>(
    _ router: Router<BasicRequestContext>, label: String, _ body: @Sendable (Int) async throws -> T
) async throws -> T {
    var logger = Logger(label: label)
    logger.logLevel = .critical
    let app = ListeningApplication(Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)), logger: logger))
    let group = ServiceGroup(configuration: .init(services: [app], logger: logger))
    return try await withThrowingTaskGroup(of: T?.self) { tasks in
        tasks.addTask {
            try await group.run()
            return nil
        }
        do {
            let result = try await body(await app.port())
            await group.triggerGracefulShutdown()
            try await tasks.waitForAll()
            return result
        } catch {
            await group.triggerGracefulShutdown()
            try? await tasks.waitForAll()
            throw error
        }
    }
}
