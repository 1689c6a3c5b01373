/// The column names of a result, shared by all of its rows.
final class SQLColumns: Sendable {
    let names: [String]
    private let positions: [String: Int]

    init(_ names: [String]) {
        self.names = names
        // A join may return two columns of the same name; the first one wins, as with `SELECT *` in most drivers.
        self.positions = Dictionary(names.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    }

    func position(of name: String) -> Int? {
        positions[name]
    }
}
