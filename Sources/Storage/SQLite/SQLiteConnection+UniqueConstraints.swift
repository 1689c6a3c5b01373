import CSQLite
import Foundation

extension SQLiteConnection {
    /// Names a unique violation the way PostgreSQL would, so callers can match one name on both backends.
    ///
    /// SQLite only reports the columns ("UNIQUE constraint failed: t.a, t.b"), or an index name for
    /// expression indexes. A named `CREATE UNIQUE INDEX` on exactly those columns gives its name, as on
    /// PostgreSQL; otherwise the name is PostgreSQL's default one: `t_pkey` or `t_a_b_key`.
    func uniqueConstraintName(code: Int32, message: String) -> String? {
        guard let subject = SQLiteErrors.subject(of: message) else { return nil }
        if subject.hasPrefix("index '"), subject.hasSuffix("'") {
            return String(subject.dropFirst("index '".count).dropLast())
        }
        let qualified = subject.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        let table = qualified.first?.split(separator: ".").first.map(String.init) ?? ""
        let columns = qualified.compactMap { $0.split(separator: ".").last.map(String.init) }
        guard !table.isEmpty, !columns.isEmpty else { return nil }
        if code == SQLiteErrors.constraintPrimaryKey {
            return "\(table)_pkey"
        }
        return namedUniqueIndex(on: table, columns: columns) ?? "\(table)_\(columns.joined(separator: "_"))_key"
    }

    private func namedUniqueIndex(on table: String, columns: [String]) -> String? {
        // A failing lookup only costs the nicer name; the violation itself is still reported.
        let indexes = (try? query(
            "SELECT name FROM pragma_index_list($1) WHERE \"unique\" = 1 AND origin = 'c'", [.text(table)])) ?? []
        for index in indexes {
            guard let name = try? index.string("name") else { continue }
            let indexColumns = (try? query(
                "SELECT name FROM pragma_index_info($1) ORDER BY seqno", [.text(name)]))?.compactMap { try? $0.string("name") }
            if indexColumns == columns {
                return name
            }
        }
        return nil
    }
}
