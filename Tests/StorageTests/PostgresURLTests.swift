@testable import LocksmithStorage
import Testing

@Suite("PostgreSQL URLs")
struct PostgresURLTests {
    /// What every URL gets unless it says otherwise, after its own parameters.
    private static let libpqDefaults =
        "connect_timeout=10&client_encoding=UTF8&keepalives=1&keepalives_idle=30&keepalives_interval=10&keepalives_count=3"
        + "&tcp_user_timeout=30000"

    @Test
    func poolParametersAreStrippedAndOtherParametersKept() throws {
        let url = try PostgresURL(
            "postgres://u:p%40ss@db.example:5433/app?sslmode=require&pool_size=12&pool_timeout=250ms&pool_max_waiters=0"
                + "&options=-csearch_path%3Dx")
        #expect(url.poolSize == 12)
        #expect(url.waitLimits == WaitLimits(timeout: .milliseconds(250), maxWaiters: 0))
        #expect(
            url.connectionString
                == "postgres://u:p%40ss@db.example:5433/app?sslmode=require&options=-csearch_path%3Dx%20-cstatement_timeout%3D30s&"
                + Self.libpqDefaults)
    }

    @Test
    func defaultsAreOnlyAddedWhenMissing() throws {
        let bare = try PostgresURL("postgresql://h/db")
        #expect(bare.connectionString == "postgresql://h/db?options=-cstatement_timeout%3D30s&" + Self.libpqDefaults)
        #expect(bare.poolSize == nil)
        #expect(bare.waitLimits == WaitLimits(timeout: .seconds(5), maxWaiters: 256))
        let everything =
            "connect_timeout=3&client_encoding=UTF8&keepalives=0&keepalives_idle=5&keepalives_interval=2&keepalives_count=1"
            + "&tcp_user_timeout=1000"
        #expect(
            try PostgresURL("postgresql://h/db?\(everything)&statement_timeout=5s").connectionString
                == "postgresql://h/db?\(everything)&options=-cstatement_timeout%3D5s")
        // `server` sends none, for poolers that refuse startup options.
        #expect(try PostgresURL("postgresql://h/db?statement_timeout=server&\(everything)").connectionString == "postgresql://h/db?\(everything)")
        // A statement_timeout already in the options is left alone.
        #expect(
            try PostgresURL("postgresql://h/db?options=-c%20statement_timeout%3D1min&\(everything)").connectionString
                == "postgresql://h/db?options=-c%20statement_timeout%3D1min&\(everything)")
    }

    /// A pooler in transaction mode: no startup options (PgBouncer refuses them), so the role's time limit applies.
    @Test
    func aTransactionPoolerGetsNoStartupOptions() throws {
        let url = try PostgresURL("postgres://h:6432/db?pooler=transaction&pool_size=4")
        #expect(url.pooler == .transaction && url.poolSize == 4)
        #expect(url.connectionString == "postgres://h:6432/db?" + Self.libpqDefaults)
        #expect(try PostgresURL("postgres://h/db?pooler=transaction&statement_timeout=server").pooler == .transaction)
        #expect(try PostgresURL("postgres://h/db?pooler=none").pooler == PostgresURL.Pooler.none)
        #expect(try PostgresURL("postgres://h/db").pooler == PostgresURL.Pooler.none)
    }

    @Test(arguments: [("2.5", Duration.milliseconds(2500)), ("3s", .seconds(3)), ("40ms", .milliseconds(40))])
    func poolTimeoutsTakeSecondsOrAUnit(text: String, timeout: Duration) throws {
        #expect(try PostgresURL("postgres://h/db?pool_timeout=\(text)").waitLimits.timeout == timeout)
    }

    @Test(arguments: [
        "mysql://h/db", "postgres://h/db?pool_size=0", "postgres://h/db?pool_size=x", "postgres://h/db?pool_timeout=0",
        "postgres://h/db?pool_timeout=-1s", "postgres://h/db?pool_timeout=soon", "postgres://h/db?pool_max_waiters=-1",
        "postgres://h/db?statement_timeout=5x", "postgres://h/db?statement_timeout=", "postgres://h/db?statement_timeout=1%20s",
        "postgres://h/db?pooler=session", "postgres://h/db?pooler=transaction&statement_timeout=5s",
        "postgres://h/db?pooler=transaction&options=-csearch_path%3Dx",
    ])
    func invalidURLsAreRejected(url: String) {
        #expect(throws: StorageError.self) { try PostgresURL(url) }
    }
}
