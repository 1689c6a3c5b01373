import HummingbirdTesting
import LocksmithStorage
@testable import LocksmithServer

extension TestServer {
    /// This server's prepared state with its database seen through `database` (usually an `InterposedDatabase`
    /// over `services.database`).
    func prepared(over database: any Database) -> PreparedServer {
        var services = services
        services.database = database
        return PreparedServer(
            configuration: configuration, services: services, keyring: prepared.keyring, firstAdminKey: nil, appliedMigrations: [])
    }

    /// Runs `body` against the application in process (no sockets) over this server's prepared state with its database
    /// seen through `database`, then tears the database down.
    @discardableResult
    func run<T: Sendable>(over database: any Database, _ body: @Sendable (Clients, PreparedServer) async throws -> T) async throws -> T {
        let prepared = prepared(over: database)
        let app = buildApplication(prepared, logger: Self.logger)
        do {
            let result = try await app.test(.router) { client in try await body(Clients(client: client), prepared) }
            await stop()
            return result
        } catch {
            await stop()
            throw error
        }
    }
}
