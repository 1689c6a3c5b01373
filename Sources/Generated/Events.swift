// Generated from openapi.yaml — do not edit.

import Foundation
import LocksmithAPIRuntime

// MARK: - Operations

extension Operations {
    /// Read the audit event feed
    ///
    /// Returns audit events newest first. Each event is a link of the hash-chained audit log, which `locksmith audit verify` checks. To page back, pass `page_info.next_cursor` as `cursor`.
    ///
    /// - Remark: `GET /api/v1/events`, scopes: event:read.
    public enum ListEvents {
        /// The operation's entry in the operation table.
        public static let id: OperationID = .listEvents

        /// What the operation takes: its path, query and header parameters and its body, decoded and checked.
        public struct Input: Sendable {
            /// Sequence taken from `page_info.next_cursor`; returns events with a lower sequence. Omit to start from the newest event.
            public var cursor: Int64?
            /// Maximum number of items to return (1–200); default 50.
            public var limit: Int?
            /// Only events of this type, for example `license.created`.
            public var eventType: String?
            /// Only events about this kind of record, for example `license`.
            public var resourceType: String?
            /// Only events about this record.
            public var resourceID: String?
            /// Only events caused by this kind of actor.
            public var actorType: AuditActorType?

            /// An input with these values; optional ones default to absent.
            public init(cursor: Int64? = nil, limit: Int? = nil, eventType: String? = nil, resourceType: String? = nil, resourceID: String? = nil, actorType: AuditActorType? = nil) {
                self.cursor = cursor
                self.limit = limit
                self.eventType = eventType
                self.resourceType = resourceType
                self.resourceID = resourceID
                self.actorType = actorType
            }
        }

        /// What the operation answers on success: one case per status.
        public enum Output: Sendable {
            /// A page of events.
            case ok(data: [Event], pageInfo: EventPageInfo)
        }
    }
}

extension Operations.ListEvents.Input {
    /// Reads and validates the input from a raw request.
    public init(_ request: RawRequest) throws {
        self.cursor = try request.query("cursor", as: Int64.self)
        try Validation.check(self.cursor, minimum: 1, maximum: 9007199254740991, field: "cursor", code: .invalidQuery)
        self.limit = try request.query("limit", as: Int.self)
        try Validation.check(self.limit, minimum: 1, maximum: 200, field: "limit", code: .invalidQuery)
        self.eventType = try request.query("event_type", as: String.self)
        self.resourceType = try request.query("resource_type", as: String.self)
        self.resourceID = try request.query("resource_id", as: String.self)
        self.actorType = try request.query("actor_type", as: AuditActorType.self)
    }
}

extension Operations.ListEvents.Output {
    /// The status and body bytes for the server to wrap in an envelope.
    public func result() throws -> DispatchResult {
        switch self {
        case .ok(let data, let pageInfo): try .json(200, data, pageInfo: pageInfo)
        }
    }
}

// MARK: - Handlers

/// The raw, hash-chained audit event feed.
///
/// Implemented by the server's handlers for the Events operations.
public protocol EventsAPI<Context>: Sendable {
    /// What the server passes along with each request, such as the request id, the caller's identity, the
    /// client address, the operation and a logger. Storage is not part of it: a handler receives its
    /// dependencies when it is created.
    associatedtype Context: Sendable

    /// Read the audit event feed
    func listEvents(_ input: Operations.ListEvents.Input, context: Context) async throws -> Operations.ListEvents.Output
}

// MARK: - Client

extension ManagementClient {
    /// Read the audit event feed
    ///
    /// Returns audit events newest first. Each event is a link of the hash-chained audit log, which `locksmith audit verify` checks. To page back, pass `page_info.next_cursor` as `cursor`.
    ///
    /// - Remark: `GET /api/v1/events`, scopes: event:read.
    ///
    /// - Parameters:
    ///   - cursor: Sequence taken from `page_info.next_cursor`; returns events with a lower sequence. Omit to start from the newest event.
    ///   - limit: Maximum number of items to return (1–200); default 50.
    ///   - eventType: Only events of this type, for example `license.created`.
    ///   - resourceType: Only events about this kind of record, for example `license`.
    ///   - resourceID: Only events about this record.
    ///   - actorType: Only events caused by this kind of actor.
    /// - Throws: `ClientError` (`LocksmithError` in the SDK): `.api` for any error response.
    public func listEvents(cursor: Int64? = nil, limit: Int? = nil, eventType: String? = nil, resourceType: String? = nil, resourceID: String? = nil, actorType: AuditActorType? = nil) async throws -> ListResponse<Event, EventPageInfo> {
        var query: [QueryItem] = []
        if let value = cursor { query.append(QueryItem(name: "cursor", value: value.queryValue)) }
        if let value = limit { query.append(QueryItem(name: "limit", value: value.queryValue)) }
        if let value = eventType { query.append(QueryItem(name: "event_type", value: value.queryValue)) }
        if let value = resourceType { query.append(QueryItem(name: "resource_type", value: value.queryValue)) }
        if let value = resourceID { query.append(QueryItem(name: "resource_id", value: value.queryValue)) }
        if let value = actorType { query.append(QueryItem(name: "actor_type", value: value.queryValue)) }
        let response = try await core.send(.listEvents, path: "/api/v1/events", query: query)
        switch response.status {
        case 200: return try core.list(Event.self, pageInfo: EventPageInfo.self, from: response)
        default: throw core.error(from: response)
        }
    }

    /// Every item of ``listEvents`` across its pages, each page fetched as the sequence reaches it.
    ///
    /// Read the audit event feed
    ///
    /// Returns audit events newest first. Each event is a link of the hash-chained audit log, which `locksmith audit verify` checks. To page back, pass `page_info.next_cursor` as `cursor`.
    ///
    /// - Remark: `GET /api/v1/events`, scopes: event:read.
    ///
    /// - Parameters:
    ///   - limit: Maximum number of items to return (1–200); default 50.
    ///   - eventType: Only events of this type, for example `license.created`.
    ///   - resourceType: Only events about this kind of record, for example `license`.
    ///   - resourceID: Only events about this record.
    ///   - actorType: Only events caused by this kind of actor.
    /// - Note: iterating throws what ``listEvents`` throws.
    public func events(limit: Int? = nil, eventType: String? = nil, resourceType: String? = nil, resourceID: String? = nil, actorType: AuditActorType? = nil) -> Pages<Event, Int64> {
        Pages { cursor in
            let page = try await self.listEvents(cursor: cursor, limit: limit, eventType: eventType, resourceType: resourceType, resourceID: resourceID, actorType: actorType)
            return (page.data, page.pageInfo.nextCursor)
        }
    }
}
