import Foundation
import LocksmithAPI
import LocksmithStorage

/// SQL for the `consumption_events` table: the first answer of each metered consumption, by its `event_id`.
enum ConsumptionStore {
    /// A consumption already recorded under an `event_id`.
    struct Recorded: Sendable {
        var featureCode: String
        var amount: Int64
        var data: RuntimeEntitlementResponseData
    }

    static func find(licenseID: String, eventID: String, on connection: TenantConnection) throws -> Recorded? {
        try connection.queryOne(
            "SELECT feature_code, amount, data FROM consumption_events WHERE license_id = $1 AND event_id = $2 AND account_id = $account",
            [.text(licenseID), .text(eventID)]
        ).map { row in
            Recorded(
                featureCode: try row.string("feature_code"), amount: try row.int64("amount"),
                data: try LocksmithJSON.decode(RuntimeEntitlementResponseData.self, from: Data(try row.string("data").utf8)))
        }
    }

    static func insert(
        licenseID: String, eventID: String, featureCode: String, amount: Int64, data: RuntimeEntitlementResponseData, at date: Date,
        on connection: TenantConnection
    ) throws {
        try connection.execute(
            """
            INSERT INTO consumption_events (account_id, license_id, event_id, feature_code, amount, data, created_at)
            VALUES ($account, $1, $2, $3, $4, $5, $6)
            """,
            [.text(licenseID), .text(eventID), .text(featureCode), .integer(amount),
             .text(String(decoding: try LocksmithJSON.encodeData(data), as: UTF8.self)), date.sqlValue])
    }
}
