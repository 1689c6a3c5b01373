import Foundation

/// A database backend a test can run against.
public enum TestBackend: String, CaseIterable, Sendable, CustomStringConvertible {
    /// A SQLite file in a temporary directory: always available.
    case sqlite
    /// A schema of its own in the PostgreSQL database at LOCKSMITH_TEST_DATABASE_URL.
    case postgres

    /// The environment variable holding the PostgreSQL URL tests use (`scripts/with-postgres.sh` sets it).
    public static let databaseURLVariable = "LOCKSMITH_TEST_DATABASE_URL"

    /// sqlite always; postgres when LOCKSMITH_TEST_DATABASE_URL is set — and ALSO when the env var CI is set (so
    /// CI fails rather than skips when no database was provided).
    public static var available: [TestBackend] {
        let environment = ProcessInfo.processInfo.environment
        if postgresURL != nil || environment["CI"] != nil {
            return [.sqlite, .postgres]
        }
        return [.sqlite]
    }

    /// LOCKSMITH_TEST_DATABASE_URL, when set and not empty.
    public static var postgresURL: String? { variable(databaseURLVariable) }

    /// The URL of a role that backs up as operators are told to (BYPASSRLS, pg_read_all_data); `scripts/with-postgres.sh`
    /// sets it.
    public static let backupURLVariable = "LOCKSMITH_TEST_BACKUP_DATABASE_URL"
    /// The URL of a role that may create databases owned by the server's role, for tests that need a whole database of
    /// their own; `scripts/with-postgres.sh` sets it.
    public static let provisionURLVariable = "LOCKSMITH_TEST_PROVISION_DATABASE_URL"

    static func variable(_ name: String) -> String? {
        guard let value = ProcessInfo.processInfo.environment[name], !value.isEmpty else { return nil }
        return value
    }

    /// The raw value, which names the backend in test output.
    public var description: String { rawValue }
}
