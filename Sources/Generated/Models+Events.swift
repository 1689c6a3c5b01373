// Generated from openapi.yaml — do not edit.

import Foundation
import LocksmithAPIRuntime

/// Position of a page within the event feed.
///
/// - Remark: Generated from `#/components/schemas/EventPageInfo`.
public struct EventPageInfo: Codable, Hashable, Sendable {
    /// Sequence to pass back as `cursor` to read the next (older) page; `null` when no older events exist.
    public var nextCursor: Int64?

    /// A value with these members; optional ones default to absent.
    public init(nextCursor: Int64? = nil) {
        self.nextCursor = nextCursor
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case nextCursor = "next_cursor"
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.nextCursor = try container.decode(Int64?.self, forKey: .nextCursor)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.nextCursor, forKey: .nextCursor)
    }
}

extension EventPageInfo: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("next_cursor", self.nextCursor)
        writer.endObject()
    }
}

/// One entry of the tamper-evident audit chain.
///
/// - Remark: Generated from `#/components/schemas/Event`.
public struct Event: Codable, Hashable, Sendable {
    /// Position in the chain; strictly increasing.
    public var sequence: Int64
    /// Dotted event name, for example `license.created` or `device.blacklisted`.
    public var eventType: String
    /// The `actor_type` member.
    public var actorType: AuditActorType
    /// Identifier of the actor (API key id, license id, subject, or `system`).
    public var actorID: String
    /// Kind of record affected, for example `license`.
    public var resourceType: String
    /// Identifier of the record affected; absent for events without one.
    public var resourceID: String?
    /// Event details. Secrets and raw runtime binding values are redacted.
    public var metadata: [String: JSONValue]
    /// Client address of the request that caused the event, when there was one.
    public var ipAddress: String?
    /// When the event was recorded.
    public var createdAt: Date

    /// A value with these members; optional ones default to absent.
    public init(sequence: Int64, eventType: String, actorType: AuditActorType, actorID: String, resourceType: String, resourceID: String? = nil, metadata: [String: JSONValue], ipAddress: String? = nil, createdAt: Date) {
        self.sequence = sequence
        self.eventType = eventType
        self.actorType = actorType
        self.actorID = actorID
        self.resourceType = resourceType
        self.resourceID = resourceID
        self.metadata = metadata
        self.ipAddress = ipAddress
        self.createdAt = createdAt
    }

    /// The JSON member names, in the contract's order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case sequence
        case eventType = "event_type"
        case actorType = "actor_type"
        case actorID = "actor_id"
        case resourceType = "resource_type"
        case resourceID = "resource_id"
        case metadata
        case ipAddress = "ip_address"
        case createdAt = "created_at"
    }

    /// Reads the JSON form, refusing what the contract does not allow.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.sequence = try container.decode(Int64.self, forKey: .sequence)
        self.eventType = try container.decode(String.self, forKey: .eventType)
        self.actorType = try container.decode(AuditActorType.self, forKey: .actorType)
        self.actorID = try container.decode(String.self, forKey: .actorID)
        self.resourceType = try container.decode(String.self, forKey: .resourceType)
        self.resourceID = try container.decodeIfPresent(String.self, forKey: .resourceID)
        self.metadata = try container.decode([String: JSONValue].self, forKey: .metadata)
        self.ipAddress = try container.decodeIfPresent(String.self, forKey: .ipAddress)
        self.createdAt = try container.decode(Date.self, forKey: .createdAt)
    }

    /// Writes the JSON form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.sequence, forKey: .sequence)
        try container.encode(self.eventType, forKey: .eventType)
        try container.encode(self.actorType, forKey: .actorType)
        try container.encode(self.actorID, forKey: .actorID)
        try container.encode(self.resourceType, forKey: .resourceType)
        try container.encodeIfPresent(self.resourceID, forKey: .resourceID)
        try container.encode(self.metadata, forKey: .metadata)
        try container.encodeIfPresent(self.ipAddress, forKey: .ipAddress)
        try container.encode(self.createdAt, forKey: .createdAt)
    }
}

extension Event: JSONWritable {
    /// Writes the JSON form straight into `writer`, as responses are written.
    public func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("actor_id", self.actorID)
        writer.field("actor_type", self.actorType)
        writer.field("created_at", self.createdAt)
        writer.field("event_type", self.eventType)
        if let value = self.ipAddress { writer.field("ip_address", value) }
        writer.field("metadata", self.metadata)
        if let value = self.resourceID { writer.field("resource_id", value) }
        writer.field("resource_type", self.resourceType)
        writer.field("sequence", self.sequence)
        writer.endObject()
    }
}
