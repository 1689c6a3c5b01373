import Foundation
import LocksmithHandlers
import LocksmithStorage
import Logging

/// The tables of a `pg_dump` custom-format file that checking a backup needs (the migrations, the accounts, the audit
/// chains and every sealed secret), read out with `pg_restore --data-only --file` (which needs no server) into a new
/// SQLite database with the same schema version, where the same code that checks a SQLite backup checks them.
enum PostgresDumpTables {
    /// In foreign-key order; each from the schema version that made it.
    static let tables: [(name: String, since: Int)] = [
        ("schema_migrations", 1), ("accounts", 4), ("signing_keys", 1), ("audit_chain_heads", 4), ("audit_events", 1),
        ("webhook_endpoints", 8), ("idempotency_keys", 6), ("token_keys", 16),
    ]

    static func load(dump: String, schemaVersion: Int, into work: WorkDirectory, logger: Logger) async throws -> SQLiteDatabase {
        // Every block read and decompressed, as a restore would, into nothing.
        do {
            try PostgresClientTools.run("pg_restore", ["--file=/dev/null", dump])
        } catch let error as StorageError {
            throw BackupError("its data is not a pg_dump archive that pg_restore can read through: \(error.message)")
        }
        let tables = try await SQLiteDatabase.open(path: work.path + "/tables.sqlite", configuration: .init(readers: 1), logger: logger)
        do {
            // The scratch database's migrations are no news to the operator.
            var quiet = logger
            quiet.logLevel = max(logger.logLevel, .warning)
            _ = try await Migrator(migrations: Schema.migrations.filter { $0.version <= schemaVersion }).apply(on: tables, logger: quiet)
            let wanted = self.tables.filter { $0.since <= schemaVersion }.map(\.name)
            // What the migrations put in the tables (the default account, its chain head) makes way for the dump's rows.
            try await tables.write { connection in
                for table in wanted.reversed() { try connection.execute("DELETE FROM \(table)", []) }
            }
            for table in wanted {
                let script = work.path + "/\(table).sql"
                do {
                    try PostgresClientTools.run("pg_restore", ["--data-only", "--table=\(table)", "--file=\(script)", dump])
                } catch let error as StorageError {
                    throw BackupError("pg_restore cannot read \(table) from its data: \(error.message)")
                }
                try await copy(script, into: table, of: tables)
                try? FileManager.default.removeItem(atPath: script)
            }
            return tables
        } catch {
            await tables.close()
            throw error
        }
    }

    /// Inserts the rows of the COPY blocks in `script` into `table`, each field converted to its column's SQLite type.
    private static func copy(_ script: String, into table: String, of database: SQLiteDatabase) async throws {
        let types = try await database.read { connection in
            try Dictionary(uniqueKeysWithValues: connection.query("SELECT name, type FROM pragma_table_info('\(table)')", []).map {
                (try $0.string("name"), try $0.string("type").uppercased())
            })
        }
        try await database.write { connection in
            var insert: (sql: String, types: [String])?
            try PostgresCopyScript.read(path: script) { block in
                guard block.table == table else { throw BackupError("pg_restore gave rows of \(block.table) for \(table)") }
                let columnTypes = try block.columns.map { column in
                    guard let type = types[column] else {
                        throw BackupError("its data has a column \(table).\(column) that schema version's \(table) does not have")
                    }
                    return type
                }
                let placeholders = (1...block.columns.count).map { "$\($0)" }.joined(separator: ", ")
                insert = ("INSERT INTO \(table) (\(block.columns.joined(separator: ", "))) VALUES (\(placeholders))", columnTypes)
            } row: { fields in
                guard let insert else { return }
                try connection.execute(insert.sql, try zip(fields, insert.types).map { field, type in try value(field, type: type, in: table) })
            }
        }
    }

    private static func value(_ field: [UInt8]?, type: String, in table: String) throws -> SQLValue {
        guard let field else { return .null }
        switch type {
        case "INTEGER", "BIGINT":
            guard let number = Int64(String(decoding: field, as: UTF8.self)) else { throw BackupError("its data has a number in \(table) that is not one") }
            return .integer(number)
        case "BLOB":
            do {
                return .blob(try PostgresCopyScript.bytea(field))
            } catch let error as StorageError {
                throw BackupError("its data has bytes in \(table) that cannot be read: \(error.message)")
            }
        default:
            return .text(String(decoding: field, as: UTF8.self))
        }
    }
}
