import Foundation
import LocksmithStorage

/// Background work done account by account (lease lapses, inactive devices): the enabled accounts that have something
/// to do are found in one read, so that a server with nothing to do opens no write transaction, then each is worked
/// through in batches, one write transaction each, until a batch finds fewer rows than it may take. A disabled
/// account's work waits until it is enabled again.
enum AccountSweep {
    /// Returns how many rows the batches did something to. `due` is a statement that selects a row when the account has
    /// work (with `binds`); `batch` does one batch in the account's transaction and says how many rows it found and
    /// how many it did.
    static func run(
        _ services: Services, due: String, binds: [SQLValue], batchSize: Int,
        batch: @escaping @Sendable (TenantConnection) throws -> (found: Int, done: Int)
    ) async throws -> Int {
        let accounts = try await services.database.read { connection in
            try AccountStore.active(on: connection).map(\.id).filter { account in
                try connection.tenant(account).queryOne(due, binds) != nil
            }
        }
        var done = 0
        for account in accounts {
            while true {
                let (found, did) = try await services.database.write(account: account, batch)
                done += did
                if found < batchSize { break }
            }
        }
        return done
    }
}
