/// Whose rows a transaction may see.
///
/// PostgreSQL enforces it with forced row-level security: each transaction sets `locksmith.account_id` (or
/// `locksmith.credential_hash`) with `SET LOCAL`, in the same round trip as its `BEGIN`, and every tenant table's
/// policy compares its `account_id` (or credential hash) with that setting. A transaction without a setting sees no
/// tenant rows at all. SQLite has no row-level security: there the stores' own scoping (`TenantConnection`) is the
/// only enforcement.
public enum TenantScope: Sendable, Equatable {
    /// Global tables only (accounts, signing keys, migrations): tenant tables show no rows.
    case none
    /// One account's rows.
    case account(String)
    /// Only the credential rows (API keys, license keys) whose keyed hash is this: how a request is authenticated
    /// before its account is known. Holding the credential is what makes its row visible.
    case credential([UInt8])

    /// The PostgreSQL setting this scope puts in place, as a `SET LOCAL` statement; nil for `.none`.
    ///
    /// Values are inlined (a `SET` takes no parameters), so they are checked to be identifiers or hex first.
    func postgresSetting() throws -> String? {
        try setting().map { name, value in "SET LOCAL \(name) = '\(value)'" }
    }

    /// The same setting as a parameterised `SELECT set_config(…, true)`, which also makes the transaction read-only:
    /// for a statement pipelined after it, where a `SET` (which takes no parameters) would have to be sent as text.
    func postgresSettingCall() throws -> (sql: String, binds: [SQLValue]) {
        let readOnly = "set_config('transaction_read_only', 'on', true)"
        guard let (name, value) = try setting() else { return ("SELECT \(readOnly)", []) }
        return ("SELECT set_config('\(name)', $1, true), \(readOnly)", [.text(value)])
    }

    /// The setting's name and value; nil for `.none`. Values are identifiers or hex, checked here, so that
    /// `postgresSetting` may inline them.
    private func setting() throws -> (name: String, value: String)? {
        switch self {
        case .none:
            return nil
        case .account(let id):
            try Self.checkAccountID(id)
            return ("locksmith.account_id", id)
        case .credential(let hash):
            return ("locksmith.credential_hash", Self.hex(hash))
        }
    }

    /// Lower-case hex; runs on every credential lookup, where `String(format:)` once cost 7 % of a runtime call.
    static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        return String(unsafeUninitializedCapacity: bytes.count * 2) { buffer in
            for (index, byte) in bytes.enumerated() {
                buffer[2 * index] = digits[Int(byte >> 4)]
                buffer[2 * index + 1] = digits[Int(byte & 0x0F)]
            }
            return bytes.count * 2
        }
    }

    /// Account ids are generated identifiers: ASCII letters, digits, `_` and `-`, at most 64 characters.
    static func checkAccountID(_ id: String) throws {
        let valid = (1...64).contains(id.utf8.count) && id.utf8.allSatisfy { byte in
            (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == 0x5F || byte == 0x2D
        }
        guard valid else { throw StorageError(.other, "an account id must be 1-64 letters, digits, '_' or '-'") }
    }
}
