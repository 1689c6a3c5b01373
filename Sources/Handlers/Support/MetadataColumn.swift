import Foundation
import LocksmithAPI

/// `metadata` and other JSON objects are stored as compact JSON text.
enum MetadataColumn {
    static func encode(_ metadata: [String: JSONValue]) throws -> String {
        String(decoding: try LocksmithJSON.encodeData(metadata), as: UTF8.self)
    }

    static func decode(_ text: String) throws -> [String: JSONValue] {
        try LocksmithJSON.decode([String: JSONValue].self, from: Data(text.utf8))
    }
}
