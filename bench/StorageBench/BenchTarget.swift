import Foundation
import LocksmithStorage
import Logging

/// The database under test, and how to clean up after it.
struct BenchTarget {
    var database: any Database
    var description: String
    var cleanUp: () async -> Void

    static func open(_ options: BenchOptions, logger: Logger) async throws -> BenchTarget {
        switch options.backend {
        case .sqlite:
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("locksmith-bench-\(UUID().uuidString)").path
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            let configuration = SQLiteDatabase.Configuration(readers: options.readers, synchronous: options.synchronous)
            let database = try await SQLiteDatabase.open(path: directory + "/bench.sqlite", configuration: configuration, logger: logger)
            return BenchTarget(
                database: database,
                description: "SQLite synchronous=\(options.synchronous.rawValue.uppercased()), writer thread + \(options.readers) readers",
                cleanUp: {
                    await database.close()
                    try? FileManager.default.removeItem(atPath: directory)
                })
        case .postgres:
            guard let url = options.url, !url.isEmpty else {
                throw BenchError("PostgreSQL needs --url or LOCKSMITH_TEST_DATABASE_URL (scripts/with-postgres.sh sets it)")
            }
            let schema = "bench_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
            try await onServer(url, logger: logger) { try $0.execute("CREATE SCHEMA \(schema)") }
            let separator = url.contains("?") ? "&" : "?"
            let database = try PostgresDatabase(url: url + separator + "options=-csearch_path%3D\(schema)", poolSize: options.poolSize, logger: logger)
            return BenchTarget(
                database: database, description: "PostgreSQL, pool of \(database.poolSize)",
                cleanUp: {
                    await database.close()
                    try? await onServer(url, logger: logger) { try $0.execute("DROP SCHEMA \(schema) CASCADE") }
                })
        }
    }

    private static func onServer(_ url: String, logger: Logger, _ body: @escaping @Sendable (any SQLConnection) throws -> Void) async throws {
        let server = try PostgresDatabase(url: url, poolSize: 1, logger: logger)
        defer { Task { await server.close() } }
        try await server.write(body)
    }
}
