import Foundation
import LocksmithAPI

/// `metadata` and other JSON objects are stored as compact JSON text.
enum MetadataColumn {
    static func encode(_ metadata: [String: JSONValue]) throws -> String {
        String(decoding: try LocksmithJSON.encodeData(metadata), as: UTF8.self)
    }

    static func decode(_ text: String) throws -> [String: JSONValue] {
        // What `encode` writes for no metadata, and what most rows hold: every runtime call reads a license.
        if text == "{}" { return [:] }
        return try LocksmithJSON.decode([String: JSONValue].self, from: Data(text.utf8))
    }
}
