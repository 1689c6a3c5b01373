public import Foundation
import LocksmithAPI
public import LocksmithStorage

/// SQL for `accounts.limits`: an account's overrides of the server's limits, as JSON (NULL: the server's figures).
/// `accounts` is global, so the limiter reads every account's at once, before any request names one.
public enum AccountLimitsStore {
    /// Every account that has overrides, with them.
    public static func all(on connection: any SQLConnection) throws -> [String: AccountLimitOverrides] {
        try connection.query("SELECT id, limits FROM accounts WHERE limits IS NOT NULL", []).reduce(into: [:]) { result, row in
            result[try row.string("id")] = try decode(try row.string("limits"))
        }
    }

    /// The account's overrides; nil when it has none (or does not exist).
    public static func find(account: String, on connection: any SQLConnection) throws -> AccountLimitOverrides? {
        try connection.queryOne("SELECT limits FROM accounts WHERE id = $1", [.text(account)])
            .flatMap { try $0.optionalString("limits") }.map(decode)
    }

    /// Replaces the account's overrides (none: the server's figures again) and records `account.limits_changed` in its
    /// audit chain; false when there is no such account.
    public static func set(_ overrides: AccountLimitOverrides, account: String, at date: Date, on connection: any SQLConnection) throws -> Bool {
        let text = overrides.isEmpty ? nil : String(decoding: try LocksmithJSON.encodeData(overrides), as: UTF8.self)
        guard try connection.execute("UPDATE accounts SET limits = $1 WHERE id = $2", [text.sqlValue, .text(account)]) > 0 else { return false }
        var recorded: [String: JSONValue] = [:]
        for (policy, windows) in overrides.rates { recorded[policy.rawValue] = .string(RateWindowSpec.format(windows)) }
        if let endpoints = overrides.maxWebhookEndpoints { recorded["max_webhook_endpoints"] = .integer(Int64(endpoints)) }
        if let exports = overrides.maxQueuedExports { recorded["max_queued_exports"] = .integer(Int64(exports)) }
        try AuditedChange.system(at: date).record(
            .audited(.accountLimitsChanged, "account", id: account, recorded), on: try connection.tenant(account))
        return true
    }

    private static func decode(_ text: String) throws -> AccountLimitOverrides {
        try LocksmithJSON.decode(AccountLimitOverrides.self, from: Data(text.utf8))
    }
}
