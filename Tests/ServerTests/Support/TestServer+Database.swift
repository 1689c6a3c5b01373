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
}
