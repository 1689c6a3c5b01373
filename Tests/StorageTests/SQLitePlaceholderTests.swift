@testable import LocksmithStorage
import Testing

@Suite("SQLite placeholder rewriting")
struct SQLitePlaceholderTests {
    @Test(arguments: [
        ("SELECT $1", "SELECT ?1"),
        ("SELECT * FROM t WHERE a = $2 AND b = $1 OR c = $2", "SELECT * FROM t WHERE a = ?2 AND b = ?1 OR c = ?2"),
        ("VALUES ($10,$11)", "VALUES (?10,?11)"),
        ("SELECT '$1', \"$2\", `$3`, [$4], $5", "SELECT '$1', \"$2\", `$3`, [$4], ?5"),
        ("SELECT 'it''s $1', $1", "SELECT 'it''s $1', ?1"),
        ("SELECT $1 -- and $2\n, $3", "SELECT ?1 -- and $2\n, ?3"),
        ("SELECT /* $1 */ $2", "SELECT /* $1 */ ?2"),
        ("SELECT price$1, $ 1, $$", "SELECT price$1, $ 1, $$"),
        ("SELECT 'unterminated $1", "SELECT 'unterminated $1"),
        ("SELECT 'ünïcødé' || $1", "SELECT 'ünïcødé' || ?1"),
        ("SELECT 1", "SELECT 1"),
    ])
    func rewrite(sql: String, expected: String) {
        #expect(SQLitePlaceholders.rewrite(sql) == expected)
    }
}
