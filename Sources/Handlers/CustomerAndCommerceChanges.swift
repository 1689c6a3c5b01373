import Foundation
import LocksmithAPI

/// The fields an update request sends, for the `changed` list of its audit event.
///
/// Generated update requests encode exactly the keys they were decoded from (absent stays absent, `null`
/// stays `null`), so their keys are the changed fields and the list can never drift from the schema.
enum ChangedFields {
    static func of<Request: Encodable>(_ request: Request) -> JSONValue {
        guard let data = try? LocksmithJSON.encodeData(request),
              let fields = try? LocksmithJSON.decode([String: JSONValue].self, from: data)
        else { return [] }
        return .array(fields.keys.sorted().map(JSONValue.string))
    }
}
