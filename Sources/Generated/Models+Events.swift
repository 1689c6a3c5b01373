// Generated from openapi.yaml — do not edit.

import Foundation
import LocksmithAPIRuntime

/// Position of a page within the event feed.
///
/// - Remark: Generated from `#/components/schemas/EventPageInfo`.
public struct EventPageInfo: Codable, Hashable, Sendable {
    /// Sequence to pass back as `cursor` to read the next (older) page; `null` when no older events exist.
    public var nextCursor: Int64?

    public init(nextCursor: Int64? = nil) {
        self.nextCursor = nextCursor
    }

    public enum CodingKeys: String, CodingKey, CaseIterable {
        case nextCursor = "next_cursor"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.nextCursor = try container.decode(Int64?.self, forKey: .nextCursor)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.nextCursor, forKey: .nextCursor)
    }
}

extension EventPageInfo: JSONWritable {
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("next_cursor", self.nextCursor)
        writer.endObject()
    }
}
