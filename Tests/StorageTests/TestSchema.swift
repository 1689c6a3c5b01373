import LocksmithStorage
import Testing

/// The tables the storage tests use, written once for both backends with the migrator's dialect tokens.
enum TestSchema {
    static let migrations = [
        Migration(
            version: 1, name: "items",
            statements: [
                """
                CREATE TABLE items (
                    id {{bigint}} PRIMARY KEY,
                    name TEXT NOT NULL,
                    count {{bigint}},
                    ratio DOUBLE PRECISION,
                    data {{blob}},
                    created_at {{bigint}},
                    enabled {{bigint}} NOT NULL DEFAULT 0,
                    note TEXT
                )
                """,
                "CREATE UNIQUE INDEX items_name_idx ON items (name)",
            ]),
        Migration(
            version: 2, name: "owners and pets",
            statements: [
                "CREATE TABLE owners (id {{bigint}} PRIMARY KEY, email TEXT NOT NULL UNIQUE)",
                """
                CREATE TABLE pets (
                    id {{bigint}} PRIMARY KEY,
                    owner_id {{bigint}} NOT NULL REFERENCES owners (id),
                    name TEXT NOT NULL,
                    CONSTRAINT pets_name_check CHECK (length(name) > 0)
                )
                """,
            ]),
        Migration(
            version: 3, name: "counters",
            statements: ["CREATE TABLE counters (id {{bigint}} PRIMARY KEY, value {{bigint}} NOT NULL)"]),
    ]
}

/// The storage error `body` throws, or nil when it throws none (or another kind of error).
func storageError<T>(_ body: () async throws -> T) async -> StorageError? {
    do {
        _ = try await body()
        return nil
    } catch {
        return error as? StorageError
    }
}

/// Waits until `condition` holds, checking every millisecond; records an issue and throws after 10 s instead of
/// hanging the test run when it never does.
func eventually(_ condition: () -> Bool, sourceLocation: SourceLocation = #_sourceLocation) async throws {
    let deadline = ContinuousClock.now + .seconds(10)
    while !condition() {
        guard ContinuousClock.now < deadline else {
            Issue.record("the condition did not hold within 10 s", sourceLocation: sourceLocation)
            throw CancellationError()
        }
        try await Task.sleep(for: .milliseconds(1))
    }
}
