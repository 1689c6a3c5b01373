import CLibPQ
import Foundation

/// One libpq connection. Every call blocks on the network, so it is only used on the database's thread pool.
final class PostgresConnection: SQLConnection, PooledConnection, @unchecked Sendable {
    var dialect: SQLDialect { .postgres }
    var keepsPlans: Bool { namedStatements }
    private(set) var isBroken = false
    private var connection: OpaquePointer?
    /// Prepared statements by SQL text. Prepared statements live in the server session, so a new connection starts
    /// with an empty cache.
    private var statements = StatementCache<Prepared>()
    /// Names of statements evicted from `statements` that the session still holds. They are deallocated once the
    /// session is outside any transaction: there a failed DEALLOCATE (a name the server no longer has) costs nothing,
    /// while inside a transaction it would abort it.
    private var evicted: [String] = []
    private var preparedCount = 0
    private let census: StatementCensus?
    /// Whether statements are prepared by name in the session (and kept for the connection's life). Behind a pooler in
    /// transaction mode they are sent unnamed with their parameters instead, parsed and planned by whichever session
    /// runs them; the cache then only keeps their column names.
    private let namedStatements: Bool

    init(connectionString: String, census: StatementCensus? = nil, namedStatements: Bool = true) throws {
        self.census = census
        self.namedStatements = namedStatements
        guard let connection = PQconnectdb(connectionString) else {
            throw StorageError(.connectionFailed, "cannot connect to PostgreSQL: out of memory")
        }
        guard PQstatus(connection) == CONNECTION_OK else {
            let reason = PostgresErrors.clientMessage(connection)
            PQfinish(connection)
            throw StorageError(.connectionFailed, "cannot connect to PostgreSQL: \(reason)")
        }
        // libpq prints notices ("… already exists, skipping", "drop cascades to …") on stderr by default.
        PQsetNoticeProcessor(connection, { _, _ in }, nil)
        self.connection = connection
    }

    deinit {
        close()
    }

    @discardableResult
    func execute(_ sql: String, _ binds: [SQLValue]) throws -> Int {
        let (result, _) = try run(sql, binds)
        defer { PQclear(result) }
        return Int(String(cString: PQcmdTuples(result))) ?? 0
    }

    func query(_ sql: String, _ binds: [SQLValue]) throws -> [SQLRow] {
        let (result, statement) = try run(sql, binds)
        defer { PQclear(result) }
        return rows(of: result, statement)
    }

    func queryOne(_ sql: String, _ binds: [SQLValue]) throws -> SQLRow? {
        let (result, statement) = try run(sql, binds)
        defer { PQclear(result) }
        return rows(of: result, statement, limit: 1).first
    }

    /// The rows of a result of `statement`, with its column names read once per connection.
    private func rows(of result: OpaquePointer, _ statement: Prepared, limit: Int32 = .max) -> [SQLRow] {
        PostgresResult.rows(of: result, limit: limit, columns: &statement.columns)
    }

    /// Runs `body` between `begin` and COMMIT, rolling back when it throws.
    func transaction<T>(begin: String, _ body: (any SQLConnection) throws -> T) throws -> T {
        try command(begin)
        defer { deallocateEvicted() }
        do {
            let result = try body(self)
            // COMMIT of a transaction in which a statement failed succeeds, but rolls back.
            if try command("COMMIT") == "ROLLBACK" {
                throw StorageError(.other, "the transaction was rolled back because one of its statements failed")
            }
            return result
        } catch {
            rollBack()
            throw error
        }
    }

    /// Runs `setting` (a `SELECT set_config(…, true)`) and then the read-only statement `sql` in one pipelined round
    /// trip, with no `BEGIN` or `COMMIT`: the pipeline's statements share the implicit transaction that its sync
    /// ends, so the setting holds for `sql` and for nothing after it. Both statements are prepared (once per
    /// connection) before the pipeline starts.
    ///
    /// Anything unexpected from the pipeline marks the connection broken, so that the pool closes it rather than
    /// lend out a session in an unknown state.
    func pipelinedQuery(setting: (sql: String, binds: [SQLValue]), _ sql: String, _ binds: [SQLValue]) throws -> [SQLRow] {
        let connection = try open()
        let settingStatement = try prepared(setting.sql, on: connection)
        let statement = try prepared(sql, on: connection)
        guard PQenterPipelineMode(connection) == 1 else {
            isBroken = true
            throw PostgresErrors.error(result: nil, connection: connection)
        }
        defer {
            if PQexitPipelineMode(connection) != 1 { isBroken = true }
        }
        let sent = try [(settingStatement, setting.sql, setting.binds), (statement, sql, binds)].allSatisfy { prepared, text, binds in
            try PostgresParameters.withEncoded(binds) { count, values, lengths, formats in
                prepared.name.isEmpty
                    ? PQsendQueryParams(connection, text, count, nil, values, lengths, formats, 0)
                    : PQsendQueryPrepared(connection, prepared.name, count, values, lengths, formats, 0)
            } == 1
        }
        guard sent, PQpipelineSync(connection) == 1 else {
            isBroken = true
            throw PostgresErrors.error(result: nil, connection: connection)
        }
        // Each statement's result is followed by a nil; the sync comes last.
        var failure: StorageError?
        var rows: [SQLRow] = []
        for (position, text) in [setting.sql, sql].enumerated() {
            let result = PQgetResult(connection)
            let status = result.map(PQresultStatus)
            if status == PGRES_TUPLES_OK, let result {
                if position == 1 { rows = self.rows(of: result, statement) }
                PQclear(result)
            } else if status == PGRES_PIPELINE_ABORTED {
                PQclear(result)
            } else {
                do { _ = try checked(result, on: connection, sql: text) } catch let error as StorageError { failure = failure ?? error }
            }
            guard PQgetResult(connection) == nil else {
                isBroken = true
                throw failure ?? StorageError(.other, "unexpected PostgreSQL pipeline result")
            }
        }
        let sync = PQgetResult(connection)
        defer { PQclear(sync) }
        guard let sync, PQresultStatus(sync) == PGRES_PIPELINE_SYNC else {
            isBroken = true
            throw failure ?? PostgresErrors.error(result: nil, connection: connection)
        }
        if let failure { throw failure }
        return rows
    }

    /// Whether the idle connection still looks usable, without a round trip.
    ///
    /// An idle session receives nothing unless the server is going away (`pg_terminate_backend`, a
    /// restart: both send an error and close the socket), so anything readable means it is gone.
    func isAlive() -> Bool {
        guard !isBroken, let connection, PQstatus(connection) == CONNECTION_OK else { return false }
        var descriptor = pollfd(fd: PQsocket(connection), events: Int16(POLLIN), revents: 0)
        return poll(&descriptor, 1, 0) == 0
    }

    /// The connection's socket, or -1 once closed.
    var socketDescriptor: Int32 {
        connection.map(PQsocket) ?? -1
    }

    /// Marks the connection unusable, so that the pool closes it when it comes back: for a connection whose
    /// call outlived the caller's patience, on a link that may be dead.
    func discard() {
        isBroken = true
    }

    func close() {
        if let connection {
            PQfinish(connection)
        }
        connection = nil
        _ = statements.removeAll()
        evicted.removeAll()
        census?.remove(self)
    }

    /// The prepared statements the session holds: those cached, and those evicted and not yet deallocated.
    var preparedStatementCount: Int { statements.count + evicted.count }

    /// Runs a simple command outside the prepared statement cache and returns its command tag.
    @discardableResult
    func command(_ sql: String) throws -> String {
        let connection = try open()
        let result = try checked(PQexec(connection, sql), on: connection, sql: nil)
        defer { PQclear(result) }
        return String(cString: PQcmdStatus(result))
    }

    private func run(_ sql: String, _ binds: [SQLValue]) throws -> (OpaquePointer, Prepared) {
        let connection = try open()
        let statement = try prepared(sql, on: connection)
        let result = try PostgresParameters.withEncoded(binds) { count, values, lengths, formats in
            statement.name.isEmpty
                ? PQexecParams(connection, sql, count, nil, values, lengths, formats, 0)
                : PQexecPrepared(connection, statement.name, count, values, lengths, formats, 0)
        }
        return (try checked(result, on: connection, sql: sql), statement)
    }

    /// The statement `sql` prepared in this session: one lookup by its text per call, since runtime statements are a
    /// few kilobytes long and hashing them is not free.
    private func prepared(_ sql: String, on connection: OpaquePointer) throws -> Prepared {
        if let prepared = statements.statement(for: sql) {
            return prepared
        }
        guard namedStatements else {
            // Sent unnamed each time (`PQexecParams`); cached for its column names only.
            let unnamed = Prepared(name: "")
            _ = statements.insert(unnamed, for: sql)
            return unnamed
        }
        preparedCount += 1
        let name = "locksmith_\(preparedCount)"
        // Parameter types are left to the server to infer from each placeholder's context.
        let result = try checked(PQprepare(connection, name, sql, 0, nil), on: connection, sql: nil)
        PQclear(result)
        let prepared = Prepared(name: name)
        if let old = statements.insert(prepared, for: sql) {
            evicted.append(old.name)
            deallocateEvicted()
        }
        census?.record(preparedStatementCount, for: self)
        return prepared
    }

    /// Deallocates the evicted statements, when the session is outside any transaction (and so outside a pipeline):
    /// one `DEALLOCATE` each, usually one. The names are our own (`locksmith_<n>`), never caller text. A statement the
    /// server no longer has is simply forgotten; a lost connection is marked broken by `checked`.
    private func deallocateEvicted() {
        guard !evicted.isEmpty, !isBroken, let connection, PQtransactionStatus(connection) == PQTRANS_IDLE else { return }
        while let name = evicted.popLast() {
            guard let result = try? checked(PQexec(connection, "DEALLOCATE \(name)"), on: connection, sql: nil) else {
                if isBroken { return }
                continue
            }
            PQclear(result)
        }
        census?.record(preparedStatementCount, for: self)
    }

    /// The result if the statement succeeded; otherwise clears it and throws, marking the connection broken
    /// when it was lost.
    private func checked(_ result: OpaquePointer?, on connection: OpaquePointer, sql: String?) throws -> OpaquePointer {
        if let result {
            let status = PQresultStatus(result)
            if status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK {
                return result
            }
        }
        let error = PostgresErrors.error(result: result, connection: connection)
        let sqlState = result.flatMap(PostgresErrors.sqlState)
        PQclear(result)
        if error.kind == .connectionFailed {
            isBroken = true
        } else if let sql, sqlState == "0A000" || sqlState == "26000" {
            // "cached plan must not change result type" after a schema change, or a prepared statement the
            // server no longer has: prepare it again next time, and let go of the one the server still has.
            if let stale = statements.remove(sql), sqlState == "0A000" { evicted.append(stale.name) }
            census?.record(preparedStatementCount, for: self)
        }
        throw error
    }

    private func rollBack() {
        guard !isBroken, let connection, PQtransactionStatus(connection) != PQTRANS_IDLE else { return }
        do {
            try command("ROLLBACK")
        } catch {
            isBroken = true
        }
    }

    private func open() throws -> OpaquePointer {
        guard let connection else { throw StorageError.databaseClosed }
        return connection
    }
}

/// A statement prepared in a connection's session, and the column names of its results once one has rows. A class,
/// so that the column names are filled in where the statement was found rather than by a second lookup.
private final class Prepared {
    let name: String
    var columns: SQLColumns?

    init(name: String) {
        self.name = name
    }
}
