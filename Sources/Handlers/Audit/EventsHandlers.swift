public import LocksmithAPI
import LocksmithStorage

/// The raw audit feed, newest first; the cursor is the sequence to continue below.
public struct EventsHandlers: EventsAPI {
    private let services: Services

    public init(services: Services) {
        self.services = services
    }

    public func listEvents(_ input: Operations.ListEvents.Input, context: HandlerContext) async throws -> Operations.ListEvents.Output {
        let limit = Listing.limit(input.limit)
        var conditions = ["sequence < $1"]
        var binds: [SQLValue] = [.integer(input.cursor ?? Int64.max)]
        let filters: [(String, String?)] = [
            ("event_type", input.eventType), ("resource_type", input.resourceType), ("resource_id", input.resourceID),
            ("actor_type", input.actorType?.rawValue),
        ]
        for case let (column, value?) in filters {
            binds.append(.text(value))
            conditions.append("\(column) = $\(binds.count)")
        }
        binds.append(.integer(Int64(limit + 1)))
        let sql = """
            SELECT sequence, event_type, actor_type, actor_id, resource_type, resource_id, metadata, ip_address, created_at
            FROM audit_events WHERE \(conditions.joined(separator: " AND ")) ORDER BY sequence DESC LIMIT $\(binds.count)
            """
        let arguments = binds
        let rows = try await services.database.read { connection in try connection.query(sql, arguments) }
        let events = try rows.prefix(limit).map(AuditLog.event(from:))
        let next = rows.count > limit ? events.last?.sequence : nil
        return .ok(data: events, pageInfo: EventPageInfo(nextCursor: next))
    }
}
