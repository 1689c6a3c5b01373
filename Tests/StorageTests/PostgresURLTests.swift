@testable import LocksmithStorage
import Testing

@Suite("PostgreSQL URLs")
struct PostgresURLTests {
    @Test
    func poolSizeIsStrippedAndOtherParametersKept() throws {
        let url = try PostgresURL("postgres://u:p%40ss@db.example:5433/app?sslmode=require&pool_size=12&options=-csearch_path%3Dx")
        #expect(url.poolSize == 12)
        #expect(url.connectionString == "postgres://u:p%40ss@db.example:5433/app?sslmode=require&options=-csearch_path%3Dx&connect_timeout=10&client_encoding=UTF8")
    }

    @Test
    func defaultsAreOnlyAddedWhenMissing() throws {
        #expect(try PostgresURL("postgresql://h/db").connectionString == "postgresql://h/db?connect_timeout=10&client_encoding=UTF8")
        #expect(
            try PostgresURL("postgresql://h/db?connect_timeout=3&client_encoding=UTF8").connectionString
                == "postgresql://h/db?connect_timeout=3&client_encoding=UTF8")
        #expect(try PostgresURL("postgresql://h/db").poolSize == nil)
    }

    @Test(arguments: ["mysql://h/db", "postgres://h/db?pool_size=0", "postgres://h/db?pool_size=x"])
    func invalidURLsAreRejected(url: String) {
        #expect(throws: StorageError.self) { try PostgresURL(url) }
    }
}
