public import Foundation
public import LocksmithCrypto
public import LocksmithStorage

/// SQL for the `accounts` table, which is global: it is read to authenticate requests before any account is known.
public enum AccountStore {
    /// The account that every record made before accounts existed, and every single-vendor install, belongs to.
    public static let defaultAccountID = "acc_default"
    private static let columns = "id, name, status, created_at"

    /// Creates an account with an empty audit chain and a signing key of its own (it never signs with the server's key);
    /// returns it.
    public static func insert(name: String, masterKey: MasterKey, at date: Date, on connection: any SQLConnection) throws -> Account {
        let account = Account(id: ResourceID.make("acc", at: date), name: name, status: .active, createdAt: date)
        try connection.execute(
            "INSERT INTO accounts (\(columns), server_keys_until) VALUES ($1, $2, $3, $4, $5)",
            [.text(account.id), .text(account.name), .text(account.status.rawValue), date.sqlValue,
             SigningKeyView.ownKeysOnly.serverKeysUntil.sqlValue])
        let tenant = try connection.tenant(account.id)
        try AuditLog.startChain(on: tenant)
        let change = AuditedChange.system(at: date)
        try change.record(.audited(.accountCreated, "account", id: account.id), on: tenant)
        try SigningKeyStore.rotate(account: account.id, masterKey: masterKey, change: change, on: connection)
        return account
    }

    /// Every account, oldest first.
    public static func all(on connection: any SQLConnection) throws -> [Account] {
        try connection.query("SELECT \(columns) FROM accounts ORDER BY created_at, id", []).map(record)
    }

    /// The enabled accounts, oldest first: those whose background work (webhook deliveries, export renders, lease
    /// lapses) runs. A disabled account's work is left as it is, neither done nor failed, until it is enabled again.
    public static func active(on connection: any SQLConnection) throws -> [Account] {
        try connection.query(
            "SELECT \(columns) FROM accounts WHERE status = $1 ORDER BY created_at, id", [.text(Account.Status.active.rawValue)]
        ).map(record)
    }

    public static func find(id: String, on connection: any SQLConnection) throws -> Account? {
        try connection.queryOne("SELECT \(columns) FROM accounts WHERE id = $1", [.text(id)]).map(record)
    }

    /// Sets the account's status, recorded in its chain as `account.enabled` or `account.disabled`; returns false when
    /// there is no such account.
    public static func setStatus(_ status: Account.Status, id: String, change: AuditedChange, on connection: any SQLConnection) throws -> Bool {
        guard try connection.execute("UPDATE accounts SET status = $1 WHERE id = $2", [.text(status.rawValue), .text(id)]) > 0 else {
            return false
        }
        try change.record(.audited(status == .active ? .accountEnabled : .accountDisabled, "account", id: id), on: try connection.tenant(id))
        return true
    }

    private static func record(_ row: SQLRow) throws -> Account {
        Account(
            id: try row.string("id"), name: try row.string("name"),
            status: Account.Status(rawValue: try row.string("status")) ?? .disabled, createdAt: try row.date("created_at"))
    }
}
