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
        let equalities: [(String, String)] = [
            ("product_id", input.productID), ("customer_id", input.customerID), ("license_id", input.licenseID), ("order_id", input.orderID),
            ("subscription_id", input.subscriptionID), ("feature_code", input.featureCode), ("source", input.source?.rawValue),
            ("result_class", input.resultClass?.rawValue), ("action", input.action),
        ].compactMap { column, value in value.map { (column, $0) } }
        let filter = ActivityFilter(from: from, to: to, equalities: equalities)
        let page = try await services.database.read(account: context.accountID) { connection in
            try ActivityLedger.page(filter, after: input.cursor, limit: input.limit, on: connection)
        }
        return .ok(data: page.items, pageInfo: page.pageInfo)
    }
}
