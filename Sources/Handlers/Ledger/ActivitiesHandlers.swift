import Foundation
public import LocksmithAPI
import LocksmithStorage

/// The activity feed: the ledger's rows newest first, in a time window, narrowed by attribution.
public struct ActivitiesHandlers: ActivitiesAPI {
    /// The window a read covers when it names no start.
    static let defaultWindow: TimeInterval = 30 * 86_400
    private let services: Services

    public init(services: Services) {
        self.services = services
    }

    public func listActivities(_ input: Operations.ListActivities.Input, context: HandlerContext) async throws -> Operations.ListActivities.Output {
        let to = input.to ?? services.now()
        let from = input.from ?? to.addingTimeInterval(-Self.defaultWindow)
        guard to > from else {
            throw APIError.invalidQuery("query parameter 'to' must be after 'from'", detail: "to")
        }
        let equalities = ActivityFilter.equalities(
            productID: input.productID, customerID: input.customerID, licenseID: input.licenseID, orderID: input.orderID,
            subscriptionID: input.subscriptionID, featureCode: input.featureCode, source: input.source, resultClass: input.resultClass,
            action: input.action)
        let filter = ActivityFilter(from: from, to: to, equalities: equalities)
        let page = try await services.laggingRead(context) { connection in
            try ActivityLedger.page(filter, after: input.cursor, limit: input.limit, on: connection)
        }
        return .ok(data: page.items, pageInfo: page.pageInfo)
    }
}
