import Foundation
import LocksmithAPI

/// What an audit event records about the record it concerns.
///
/// The chain can never forget what it holds, so one rule applies everywhere: the names of changed fields are
/// always recorded; values only for data that identifies or classifies a record without describing a person
/// (ids, codes, enum values, numbers, booleans, times). Names, e-mail addresses, free text, `metadata` and
/// custom-field values are never recorded. Each store lists the fields whose values it records.
enum AuditMetadata {
    /// The recorded fields of a new (or deleted) record that have a value.
    static func values<Record: Encodable>(of record: Record, recording fields: Set<String>) -> [String: JSONValue] {
        encoded(record).filter { fields.contains($0.key) && $0.value != .null }
    }

    /// `changed`: the fields an update request sends; `values`: the stored values of those among them that are recorded.
    ///
    /// Generated update requests encode exactly the keys they were decoded from (absent stays absent, `null` stays
    /// `null`), so their keys are the changed fields and the list can never drift from the schema.
    static func update<Request: Encodable, Record: Encodable>(
        _ request: Request, stored record: Record, recording fields: Set<String>
    ) -> [String: JSONValue] {
        let changed = encoded(request).keys.sorted()
        let stored = encoded(record)
        let values = changed.filter(fields.contains).reduce(into: [String: JSONValue]()) { values, field in
            values[field] = stored[field] ?? .null
        }
        return ["changed": .array(changed.map(JSONValue.string)), "values": .object(values)]
    }

    /// The same, for a record that belongs to a product, which the event names too.
    static func update<Request: Encodable, Record: Encodable>(
        _ request: Request, stored record: Record, recording fields: Set<String>, in productID: String
    ) -> [String: JSONValue] {
        update(request, stored: record, recording: fields).merging(["product_id": .string(productID)]) { $1 }
    }

    private static func encoded<Value: Encodable>(_ value: Value) -> [String: JSONValue] {
        guard let data = try? LocksmithJSON.encodeData(value),
              let object = try? LocksmithJSON.decode([String: JSONValue].self, from: data)
        else { return [:] }
        return object
    }
}
