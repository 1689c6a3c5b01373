import Foundation
import LocksmithCrypto
public import LocksmithStorage

/// The runtime's state read (`RuntimeState`) as PL/pgSQL functions, so that PostgreSQL plans it once per session rather
/// than on every call.
///
/// A named prepared statement keeps its plan on one connection; behind PgBouncer in transaction mode the server cannot
/// use one (`--database-pooler transaction` sends every statement unnamed), and PostgreSQL would parse and plan the
/// seven-relation read on every runtime call: most of the database's CPU per validation (BENCHMARKS.md, "Behind
/// PgBouncer"). A PL/pgSQL function's statements are planned once per backend session and kept, and PgBouncer keeps the
/// backend sessions alive, so the plan survives whatever the pooler does. The functions run as the caller (`SECURITY
/// INVOKER`, the default): row-level security applies to every table they read, with the tenant setting of the
/// transaction as for the statement itself.
///
/// Each function's name carries a digest of its body, and its row type is a view of the same statement, so every
/// release makes its own at start (`ensure`) and instances of two releases each call theirs during a rolling upgrade.
public enum RuntimeStateFunctions {
    /// The function for the statement that reads the version catalog (`catalog`) or not.
    static func name(catalog: Bool) -> String {
        catalog ? names.catalog : names.plain
    }

    private static let names: (plain: String, catalog: String) = (versioned(catalog: false), versioned(catalog: true))

    private static func versioned(catalog: Bool) -> String {
        "locksmith_runtime_state_" + Hex.encode(Digest.sha256(Data(body(catalog: catalog).utf8))).prefix(16)
    }

    /// The statement with its parameters named: the license id, the binding key, the account, the version and the version
    /// without build metadata.
    private static func body(catalog: Bool) -> String {
        parameters(in: RuntimeState.statementText(catalog: catalog), ["p_license", "p_binding", "p_account", "p_version", "p_version_base"])
    }

    /// `sql` with `$1`, `$2`, `$account`, `$3`, `$4` replaced by `names`, in that order.
    private static func parameters(in sql: String, _ names: [String]) -> String {
        sql.replacingOccurrences(of: "$account", with: names[2]).replacingOccurrences(of: "$1", with: names[0])
            .replacingOccurrences(of: "$2", with: names[1]).replacingOccurrences(of: "$3", with: names[3])
            .replacingOccurrences(of: "$4", with: names[4])
    }

    /// The statements that make both functions and their row types.
    static func definitions() -> [String] {
        [false, true].flatMap { catalog -> [String] in
            let name = name(catalog: catalog)
            let shape = parameters(in: RuntimeState.statementText(catalog: catalog), Array(repeating: "NULL::text", count: 5))
            return [
                "CREATE VIEW \(name)_row AS \(shape)",
                """
                CREATE FUNCTION \(name)(p_license text, p_binding text, p_account text, p_version text, p_version_base text)
                RETURNS SETOF \(name)_row LANGUAGE plpgsql STABLE AS $body$
                BEGIN
                    RETURN QUERY \(body(catalog: catalog));
                END
                $body$
                """,
            ]
        }
    }

    /// Makes this release's functions when they are missing, under an advisory lock so that instances starting together
    /// make them once. Only where they are called (PostgreSQL behind a pooler in transaction mode): a server whose
    /// connections keep their plans runs the statement itself and needs nothing made.
    public static func ensure(on database: any Database) async throws {
        guard database.dialect == .postgres, !database.keepsPlans else { return }
        let (plain, definitions) = (name(catalog: false), definitions())
        try await database.write { connection in
            try connection.execute("SELECT pg_advisory_xact_lock(hashtext('locksmith.runtime_state'))", [])
            guard try connection.queryOne("SELECT to_regproc($1) IS NULL AS missing", [.text(plain)])?.bool("missing") == true else { return }
            for statement in definitions { try connection.execute(statement, []) }
        }
    }
}
