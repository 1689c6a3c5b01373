public import LocksmithAPI
import LocksmithStorage

/// The raw audit feed, newest first; the cursor is the sequence to continue below.
public struct EventsHandlers: EventsAPI {
    private let services: Services

    public init(services: Services) {
        self.services = services
    }

    public func listEvents(_ input: Operations.ListEvents.Input, context: HandlerContext) async throws -> Operations.ListEvents.Output {
        let filters: [(column: String, value: String)] = [
            ("event_type", input.eventType), ("resource_type", input.resourceType), ("resource_id", input.resourceID),
            ("actor_type", input.actorType?.rawValue),
        ].compactMap { column, value in value.map { (column, $0) } }
        let page = try await services.laggingRead(context) { connection in
            try AuditLog.page(before: input.cursor, matching: filters, limit: input.limit, on: connection)
        }
        return .ok(data: page.events, pageInfo: EventPageInfo(nextCursor: page.next))
    }
}
